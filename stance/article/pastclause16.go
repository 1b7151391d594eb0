package article

import "strings"

// properThenPast reports whether toks[j:k] is a proper noun phrase (an
// optional "the", then capitalised words only) and toks[k] a verb in the
// past tense ("-ed", or an irregular past of irregularPasts): after
// "warned" or "assured" that is the subject and verb of a clause whose
// "that" was left out ("warned Russia expected nothing from the new
// government"), not an addressee, which a lower-case participle follows
// ("warned reporters gathered outside that …" has a lower-case noun).
func properThenPast(toks []token, j, k int) bool {
	t := toks[k]
	if !t.word() || t.cap || !(len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed") || irregularPasts[t.lower]) {
		return false
	}
	i := j
	if toks[i].is("the") {
		i++
	}
	if i >= k {
		return false
	}
	for ; i < k; i++ {
		if !toks[i].word() || !toks[i].cap || notNames[toks[i].lower] {
			return false
		}
	}
	return true
}
