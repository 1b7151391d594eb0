package article

// Correlative subjects, in the languages of lexicons: "Tanto Ivo Kask
// como Lena Dal felicitaron a …", "Tanto X quanto Y felicitaram …",
// "Sowohl X als auch Y gratulierten …", "Как X, так и Y поздравили …",
// "Tant X que Y ont félicité …". The reader took the last name alone
// (with "como" for its title) and lost the first. correlativePairsAsAnd reads
// the pair as a plain coordination: the opening word is dropped and the
// closing words become the language's "and". The negative pairs ("Ni X
// ni Y han felicitado", "Weder X noch Y", "Ни X, ни Y не поздравили")
// are left alone: their negation stands before the subjects, outside
// the act's words, and read as "X and Y congratulated" they would be
// recognising.

// correlativePair is a pair's opening word, its closing words and the
// language's "and" that replaces them.
type correlativePair struct {
	open  string
	close []string
	and   string
}

// correlativeSpan is how many tokens may stand between the opening word
// and its closing words (the first subject with its title).
const correlativeSpan = 8

// correlativePairsAsAnd returns toks with each correlative pair that opens a
// sentence or follows a comma, its first member starting with a
// capitalised word or a determiner, read as a coordination (see above).
func correlativePairsAsAnd(code string, toks []token) []token {
	for i := 0; i+1 < len(toks); i++ {
		for _, p := range correlativePairs[code] {
			if c := pairClose(code, toks, i, p); c >= 0 {
				return correlativePairsAsAnd(code, joinPair(toks, i, c, p))
			}
		}
	}
	return toks
}

// pairClose returns where the closing words of the pair p start when p
// opens at toks[i] — at a sentence's start or after a comma, its first
// member starting with a capitalised word or a determiner — or -1.
func pairClose(code string, toks []token, i int, p correlativePair) int {
	if !toks[i].word() || i > 0 && !toks[i-1].is(",") && !toks[i-1].isTerm() ||
		toks[i].lower != p.open || !toks[i+1].cap && !lexicons[code].determiners[toks[i+1].lower] {
		return -1
	}
	if c := closingWords(toks, i+2, p.close); c >= i+2 { // a one-word first member too: "Tanto Petro como Boric" (rom32)
		return c
	}
	return -1
}

// joinPair returns toks with the pair p that opens at toks[i] and whose
// closing words start at toks[c] read as "A and B": the opening word is
// dropped and the closing words become the last of them ("так и": its own
// "и"; "como", "als auch", "ni", ", ни": the last word relabelled the
// language's "and").
func joinPair(toks []token, i, c int, p correlativePair) []token {
	out := append([]token{}, toks[:i]...)
	out = append(out, toks[i+1:c]...)
	and := toks[c+len(p.close)-1]
	and.lower, and.cap = p.and, false
	out = append(out, and)
	return append(out, toks[c+len(p.close):]...)
}

// closingWords returns the index where the words close start within
// correlativeSpan tokens from toks[j] (no sentence end before it), or -1.
func closingWords(toks []token, j int, close []string) int {
	for k := j; k < len(toks) && k < j+correlativeSpan; k++ {
		if toks[k].isTerm() || toks[k].kind == tQuote {
			return -1
		}
		if k+len(close) <= len(toks) && matchesAt(toks, k, close) {
			return k
		}
	}
	return -1
}

// matchesAt reports whether toks[k:] starts with the words (or marks) ws.
func matchesAt(toks []token, k int, ws []string) bool {
	for n, w := range ws {
		if toks[k+n].kind == tQuote || toks[k+n].lower != w {
			return false
		}
	}
	return true
}
