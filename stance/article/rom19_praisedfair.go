package article

// The vote praised as fair in an act, in Spanish, Portuguese and French:
// "elogió unos comicios pacíficos y transparentes", "elogiou um pleito
// livre e justo", "a salué un scrutin transparent et crédible". Calling
// the vote free, clean or transparent accepts its result (fairRun reads
// the clause form "los comicios fueron transparentes", fairActIn the noun
// form "la limpieza de la votación"); as an adjective after the vote noun
// that a verb of praise takes for object the models read the act as
// withholding. Praise of the vote's calm alone ("saludó la jornada
// pacífica") names no fairness and stays the models'.
//
// romPraisedFairVote reports whether the act text opens (past one
// preverb: "a salué") with a verb of praise (romPraiseVerbs) or emphasis
// (emphasisVerbs), a vote noun (fairDecl's votes) within three words
// after it, and a word of fairness (fairDecl's fair) within four words
// after the noun, with no negation, condition or delay (fairDecl's holds)
// from the verb to it.
func romPraisedFairVote(code, text string) bool {
	fl, ok := fairDecl[code]
	if !ok {
		return false
	}
	words := actionWords(text)
	for v, w := range words[:min(2, len(words))] {
		if !romPraiseVerbs[code][w] && !emphasisVerbs[code][w] {
			continue
		}
		for n := v + 1; n < len(words) && n <= v+3; n++ {
			if !hasStem(words[n:n+1], fl.votes) {
				continue
			}
			for f := n + 1; f < len(words) && f <= n+4; f++ {
				if fl.holds[words[f]] {
					return false
				}
				if hasStem(words[f:f+1], fl.fair) {
					return true
				}
			}
			return false
		}
		return false
	}
	return false
}
