package article

// A lead adverbial of place may carry a relative clause of its own before
// the subject: "In neighbouring Iran, which has close ties to several
// parties, Jo Roe, a member of parliament, was noncommittal: he …", "In
// Tarn, where the count was delayed, the mayor …". The subject opens after
// the relative clause's closing comma, and a later "he" means it.

// leadRelativeEnd returns the index after the comma closing a relative
// clause ("which" or "where" + at most fourteen words) that opens at
// toks[c], right after a lead adverbial's comma; c when there is none.
func leadRelativeEnd(toks []token, c int) int {
	if c < 1 || c >= len(toks) || !toks[c-1].is(",") || !(toks[c].is("which") || toks[c].is("where")) {
		return c
	}
	for j := c + 1; j < len(toks) && j <= c+15; j++ {
		switch {
		case toks[j].is(","):
			if j+1 < len(toks) && toks[j+1].word() && toks[j+1].cap {
				return j + 1
			}
			return c
		case !toks[j].word():
			return c
		}
	}
	return c
}
