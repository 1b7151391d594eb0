package article

// Negative correlative subjects whose verb carries the negation itself:
// French "Ni X ni Y n'ont félicité …", Russian "Ни X, ни Y не поздравили
// …". The reader found Y alone; read as "X et Y n'ont félicité …" both
// are subjects of the negated act, whose words hold the negation, so the
// label is the same. German "Weder X noch Y gratulierten" has no negation
// in the act's words and is left alone (correlativePairsAsAnd's note).

// negativePairsAsAnd returns toks with a negative pair that opens a
// sentence or follows a comma read as a coordination, when a negation
// (the language's negators) follows the second subject within eight
// tokens, before any punctuation: the act carries the negation.
func negativePairsAsAnd(code string, toks []token) []token {
	for i := 0; i+1 < len(toks); i++ {
		for _, p := range negativePairs[code] {
			if c := pairClose(code, toks, i, p); c >= 0 && negatedAfter(code, toks, c+len(p.close)) {
				return joinPair(toks, i, c, p)
			}
		}
	}
	return toks
}

// negatedAfter reports whether a negator stands within eight tokens from
// toks[j], before any punctuation ("Lena Dal n'ont …": "n'ont" holds it).
func negatedAfter(code string, toks []token, j int) bool {
	lx := lexicons[code]
	for k := j; k < len(toks) && k < j+8; k++ {
		t := toks[k]
		if !t.word() {
			return false
		}
		if lx.negators[t.lower] || code == "fr" && len(t.lower) > 2 && t.lower[:2] == "n'" {
			return true
		}
	}
	return false
}
