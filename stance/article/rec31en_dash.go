package article

// dashAsideAfter reports whether toks[h], right after a sentence's
// opening person, opens an aside set off by dashes that ends before the
// verb: "Sarnian President Jo Roe—whose ties with Kask quickly
// cooled—addressed Kask in a tweet, saying: …". The person is still the
// sentence's opening (the subject of its ", saying"); the closing dash
// must come within dashAsideSpan tokens with no sentence end, semicolon
// or quotation before it, and a lower-case word must follow it.
func dashAsideAfter(toks []token, h int) bool {
	if h+2 >= len(toks) || !isDash(toks[h]) {
		return false
	}
	for j := h + 1; j < len(toks) && j <= h+dashAsideSpan; j++ {
		t := toks[j]
		if t.isTerm() || t.is(";") || t.kind == tQuote {
			return false
		}
		if isDash(t) {
			return j > h+1 && j+1 < len(toks) && toks[j+1].word() && !toks[j+1].cap
		}
	}
	return false
}

// dashAsideSpan is how many tokens a dash aside after an opening person
// may hold.
const dashAsideSpan = 40
