package article

// A loser declared with "dar … por derrotado": "X deu o PS por
// derrotado", "Y dio por vencido al oficialismo". Declaring a contender
// beaten recognises the outcome as "dio por ganador a …" does
// (givenAsWinner, ibero15_givenwinner.go); the object, when it is named,
// stands between the verb and "por". Up to maxGivenObject words may stand
// there, and only the first "por" counts ("dio las gracias por el apoyo"
// is no declaration).

// maxGivenObject bounds the words between the verb and "por".
const maxGivenObject = 3

// givenAsLoser returns the index of the verb of a "dar … por derrotado"
// periphrasis in words, or -1.
func (l *langLexicon) givenAsLoser(words []string) int {
	gv := giveVerbs[l.code]
	for i := range words {
		if !gv[words[i]] {
			continue
		}
		for k := i + 1; k < len(words)-1 && k <= i+1+maxGivenObject; k++ {
			if words[k] == "por" {
				if hasStem(words[k+1:k+2], givenLoserStems[l.code]) {
					return i
				}
				break
			}
		}
	}
	return -1
}
