package article

// The winner declared with "dar por"/"dar como", in Spanish and
// Portuguese: "el presidente X dio por ganador a su correligionario en
// cuanto concluyó el cómputo", "dio por buena la victoria de Y", "deu
// como vencedora Y", "deu por boa a contagem". The periphrasis recognises
// the result as "reconoció el triunfo" does, but its verb is "dar", in no
// list, and its noun no word of recognition: the sentence had no act, or
// an act after it ("… y pidió …") took its label from the model. A form
// of "dar" (giveVerbs), "por" or "como", and a word of the winner or of
// validity (givenStems) make an act of the subject, with recognition as
// its verdict (givenAsWinner, actionVerdict in intl_verdict.go).

// givenAsWinner returns the index of the verb of a "dar por ganador"
// periphrasis in words (lower case), or -1. A word of validity needs the
// vote or its result for object within three words after it
// (givenValidStems).
func (l *langLexicon) givenAsWinner(words []string) int {
	gv := giveVerbs[l.code]
	for i := 0; i+2 < len(words); i++ {
		if !gv[words[i]] || words[i+1] != "por" && words[i+1] != "como" {
			continue
		}
		if hasStem(words[i+2:i+3], givenStems[l.code]) {
			return i
		}
		obj := words[i+3 : min(len(words), i+6)]
		if hasStem(words[i+2:i+3], givenValidStems[l.code]) && (hasStem(obj, voteTopics[l.code]) || hasStem(obj, givenVoteStems[l.code])) {
			return i
		}
	}
	return l.givenAsLoser(words) // "deu o PS por derrotado" (ibero17_givenloser.go)
}

// givenWinnerAt reports whether toks[v] opens a "dar por ganador"
// periphrasis.
func (ix *intl) givenWinnerAt(toks []token, v int) bool {
	if v+2 >= len(toks) || !toks[v].word() || !toks[v+1].word() || !toks[v+2].word() {
		return false
	}
	var words []string
	for k := v; k < len(toks) && k < v+6 && toks[k].word(); k++ {
		words = append(words, toks[k].lower)
	}
	return ix.lx.givenAsWinner(words) == 0
}
