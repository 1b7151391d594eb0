package article

// putItColon returns the index of the colon after "put it" (putItVerbs
// with "it", and "up" after "summed it") and at most putItSpan words of
// manner with no verb, opened by putItManners or an adverb in -ly ("put
// it bluntly: …", "put it in one sentence: …", "summed it up: …"), or -1. The clause after the colon is the subject's
// words, told as "said: …" tells them; "put" alone is no speech verb.
func putItColon(toks []token, i int) int {
	if i+3 >= len(toks) || !toks[i].word() || !putItVerbs[toks[i].lower] || !toks[i+1].is("it") {
		return -1
	}
	k := i + 2
	if toks[k].is("up") {
		k++
	}
	if m := toks[k]; !m.is(":") && !(m.word() && (putItManners[m.lower] || lyAdverb(m))) {
		return -1 // "put it on the table: …"
	}
	if toks[k].is("in") && !wordingAfterIn(toks, k) {
		return -1 // rev18en: "put it in a drawer: …"
	}
	for ; k < len(toks) && k <= i+2+putItSpan; k++ {
		t := toks[k]
		switch {
		case t.is(":"):
			if k+1 < len(toks) && !toks[k+1].isTerm() {
				return k
			}
			return -1
		case !t.word() || sayVerbs[t.lower] || contentVerbs[t.lower] || copulas[t.lower] || pronouns[t.lower] || t.is("that"):
			return -1
		}
	}
	return -1
}

// putItSpan is how many words of manner may stand between "put it" and
// the colon.
const putItSpan = 5

// wordingAfterIn reports whether the "in" at toks[k] after "put it"
// opens a wording (wordingNouns: "in one sentence", "in plain terms",
// "in other words") rather than a place ("in a drawer").
func wordingAfterIn(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+putItSpan && toks[j].word(); j++ {
		if wordingNouns[toks[j].lower] {
			return true
		}
	}
	return false
}
