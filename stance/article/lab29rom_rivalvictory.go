package article

// The victory of a rival, in Spanish, Portuguese and French: "a appelé le
// président sortant à reconnaître la victoire de Jean Roe", "reivindicó
// el triunfo de la coalición Unidad 2030", "exigiu que se reconheça a
// vitória do candidato X" with X a rival of the election's context.
// Claiming or demanding recognition of a rival's victory rejects the
// declared one (the guidelines' rules 2 and 14), as naming a rival the
// elected president does (intl_rivalelect.go), but the models read
// "victoria" and "reconocer" as a recognition. Two readings take the
// victory noun (lab29romVictoryNouns) for the word of the elected:
// rivalElectIn, for a reported or quoted run, with the rival named within
// its span after the noun and the declared winner nowhere in the text;
// and the verb rule of acts (intl_verdict.go), whose object of a
// recognition ("reconoció a X") reaches past a victory noun and its
// preposition ("reconoció la victoria de Jean Roe": the rival is the
// fifth word). A doubt before the noun ("la supuesta victoria de X", "la
// prétendue victoire de X") makes it no claim of the rival's.

// lab29romElectedWords are the words rivalElectIn reads for the elected
// or the winner in the language code: electedWords and the victory nouns.
func lab29romElectedWords(code string) (map[string]bool, bool) {
	vn, vok := lab29romVictoryNouns[code]
	ew, eok := electedWords[code]
	if !vok {
		return ew, eok
	}
	out := make(map[string]bool, len(ew)+len(vn))
	for w := range ew {
		out[w] = true
	}
	for w := range vn {
		out[w] = true
	}
	return out, true
}

// lab29romVictoryDoubted reports whether words[i], a victory noun, has a
// doubt right before it or its article.
func lab29romVictoryDoubted(code string, words []string, i int) bool {
	if !lab29romVictoryNouns[code][words[i]] {
		return false
	}
	for _, w := range words[max(0, i-2):i] {
		if lab29romDoubts[w] {
			return true
		}
	}
	return false
}

// lab29romObjectEnd is the end of the object of the recognition at
// words[v] that the verb rule searches for a rival: objectSpan words, two
// more when a victory noun opens the object ("la victoire de Jean Roe").
func lab29romObjectEnd(code string, words []string, v int) int {
	end := v + 1 + objectSpan
	for i, w := range words[v+1 : min(len(words), v+3)] {
		if k := v + 1 + i; lab29romVictoryNouns[code][w] && rev29romOtherRace(words[k+1:min(len(words), k+1+objectSpan+4)]) {
			return v + 1 // rev29rom_guards.go: "reconoció la victoria de X en las municipales": another race
		}
		if k := v + 1 + i; lab29romVictoryNouns[code][w] && !lab29romVictoryDoubted(code, words, k) {
			end += 2
			break
		}
	}
	return rev29romOpposedCut(words, v, min(end, len(words)))
}
