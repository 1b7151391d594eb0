package article

import "strings"

// thatTime reports whether the "that" at toks[k] is a demonstrative
// before a time noun ("said in a radio interview that morning that …",
// "told reporters that evening the count …"): it is part of the
// adverbial after the speech verb, and the clause starts later.
func thatTime(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k+1].word() && thatTimeNouns[toks[k+1].lower]
}

// thatClause returns where the clause after the complementiser "that"
// at toks[k] starts: after a comma right after it ("said that, whoever
// won, Velor wanted …": the clause, not its comma), unless "and", "but" or
// "or" follows the comma ("said exactly that, and he added …": "that" is
// a demonstrative object there).
func thatClause(toks []token, k int) int {
	if k+2 < len(toks) && toks[k+1].is(",") && toks[k+2].word() && !toks[k+2].is("and") && !toks[k+2].is("but") && !toks[k+2].is("or") {
		return k + 2
	}
	return k + 1
}

// dottedInitials reports whether w is two or more initials joined by full
// stops without the last one ("R.K" of "R.K. Singh"): the tokenizer gives
// it its final period, as it gives "M." of "Lena M. Dal", so the initials
// stay in the name (initialPeriod decides, as for one letter). A known
// abbreviation ("U.S", "U.N") is no initials ("the U.S. Senate").
func dottedInitials(w string) bool {
	if len(w) < 3 || len(w)%2 == 0 || abbreviations[strings.ToLower(w)] {
		return false
	}
	for i, c := range w {
		if i%2 == 0 && (c < 'A' || c > 'Z') || i%2 == 1 && c != '.' {
			return false
		}
	}
	return true
}
