package article

import "strings"

// Narrowings of rec27en_described.go and rec27en_further.go found by the
// rev27en probes (testdata/rev27en).

// rev27DescribedVerb reports whether the description word toks[n] of
// rec27ProfessionName (not its first word) is the verb of the capitalised
// word before it: "Crowds greeted veteran broadcaster Jo Roe at the
// airport, waving flags …" opens with the crowds, not the broadcaster, and
// "Police detained journalist Jo Roe, saying …" with the police. A past
// tense in -ed or a finite verb right after a capitalised word is that
// word's verb; "The retired pastor Jo Roe" (the article, then the
// description) is untouched.
func rev27DescribedVerb(toks []token, j, n int) bool {
	if n <= j || !toks[n-1].cap {
		return false
	}
	w := toks[n].lower
	return strings.HasSuffix(w, "ed") || finiteWords[w]
}

// rev27FurtherOffTopic reports whether the clause of the participle
// toks[i] after "went further," is about neither the vote nor a named
// person or body: "Several parties pledged money for schools. Jo Roe went
// further, proposing free school meals in every district" outdid a
// promise, not a stance on the result. "giving Morales an ultimatum to
// resign" (a name) and "filing a petition to annul the count" (a vote
// word) are about it.
func rev27FurtherOffTopic(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && !toks[k].isTerm() && !toks[k].is(";"); k++ {
		t := toks[k]
		if t.word() && (t.cap || voteWatchNouns[t.lower] || voteContestWords[t.lower] || doubtTopicWords[t.lower] || rev27FurtherTopic[t.lower]) {
			return false
		}
	}
	return true
}
