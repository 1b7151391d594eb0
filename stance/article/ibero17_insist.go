package article

// "Fazer questão de" with an infinitive, in Portuguese, and "empeñarse
// en", in Spanish: "X fez questão de esperar pelo apuramento dos votos",
// "Y se empeñó en esperar al escrutinio final". The periphrasis insists
// on a choice as "preferiu esperar" makes one (preferAct,
// ibero15_prefer.go), and its infinitive is read the same way.

// insistLen returns the number of words of an insistPhrases periphrasis
// at toks[v], or 0. The Spanish reflexive comes before the verb: toks[v]
// is then the verb and the phrase is matched from the pronoun.
func (ix *intl) insistLen(toks []token, v int) int {
	if n := matchPhrase(toks, v, insistPhrases[ix.lx.code]); n > 0 {
		return n
	}
	if v > 0 && toks[v-1].word() && ix.lx.reflexives[toks[v-1].lower] {
		if n := matchPhrase(toks, v-1, insistPhrases[ix.lx.code]); n > 0 {
			return n - 1
		}
	}
	return 0
}
