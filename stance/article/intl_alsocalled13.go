package article

// A call told with "also" and no object after a roundup's call: "Barack
// Obama telefoneó al ganador para felicitarlo. También llamaron el
// colombiano X y varios mandatarios europeos." The verb of calling names
// neither whom nor why: "también" says it was the same call as the one
// told before, so it is a follow verb (intl_follow.go) and copies the
// last act. A call with an object ("también llamó a la calma", "llamó al
// ganador") or with no "also" is read as before.

// alsoWords are the words of "also", keyed by language code.
var alsoWords = map[string]map[string]bool{
	"es": wordSet(`también`),
	"pt": wordSet(`também`),
}

// alsoCalled reports whether toks[v] is a verb of calling by telephone
// with a word of "also" among the two words before it and no object
// after it: the clause ends, or a person named after a definite article
// (its subject) follows.
func (ix *intl) alsoCalled(toks []token, v int) bool {
	also := alsoWords[ix.lx.code]
	if also == nil || !ix.side().phones[toks[v].lower] {
		return false
	}
	seen := false
	for k := v - 1; k >= 0 && k >= v-2 && toks[k].word(); k-- {
		seen = seen || also[toks[k].lower]
	}
	if !seen {
		return false
	}
	k := v + 1
	if k == len(toks) || toks[k].is(".") || toks[k].is(";") {
		return true
	}
	return toks[k].word() && ix.lx.definite[toks[k].lower] && ix.isPerson(ix.apposed(toks, k))
}
