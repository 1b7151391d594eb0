package article

// lab29enToneEnds reports whether the comparison of tone that toneAt
// found ends at toks[e]: the sentence ends, a comma or other mark
// follows, "than" follows, or one trailer ("still", "yet") with the
// clause's end or "than" right after it ("was blunter still than her
// leader"; rev29len). "was blunter still about the fees" is about
// something else.
func lab29enToneEnds(toks []token, e int) bool {
	if e >= len(toks) || !toks[e].word() || toks[e].is("than") {
		return true
	}
	return toneTrailers[toks[e].lower] && (e+1 >= len(toks) || !toks[e+1].word() || toks[e+1].is("than"))
}
