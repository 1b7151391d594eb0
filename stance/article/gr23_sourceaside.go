package article

// An aside naming the source of the sentence between its only person and
// what they did: "Президент X, как сообщила его пресс-служба, позвонил
// коллеге и пригласил её …". The fallback for a sentence naming one
// person (intl_fallback.go) took the aside's verb of saying for the start
// of the remark, then dropped it as a remark on another subject (no word
// of the election), so the call was lost; with "поздравил" another rule
// read it. The remark starts after the aside.

// gr23PastSourceAside returns where the remark after the name starts when
// toks[k] is the comma opening a source aside (gr23SourceAsides and a
// verb of saying within eight words, closed by a comma), or k.
func (ix *intl) gr23PastSourceAside(toks []token, k int) int {
	if k < 0 || k+1 >= len(toks) || !toks[k].is(",") || !toks[k+1].word() || !gr23SourceAsides[ix.lx.code][toks[k+1].lower] {
		return k
	}
	said := false
	for j := k + 2; j < len(toks) && j <= k+9; j++ {
		switch {
		case toks[j].is(","):
			if said {
				return j + 1
			}
			return k
		case toks[j].kind != tWord:
			return k
		case ix.lx.speechVerbs[toks[j].lower]:
			said = true
		}
	}
	return k
}
