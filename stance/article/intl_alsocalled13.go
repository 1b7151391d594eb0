package article

import "strings"

// A call told with "also" and no object after a roundup's call: "Barack
// Obama telefoneó al ganador para felicitarlo. También llamaron el
// colombiano X y varios mandatarios europeos." The verb of calling names
// neither whom nor why: "también" says it was the same call as the one
// told before, so it is a follow verb (intl_follow.go) and copies the
// last act. A call with an object ("también llamó a la calma", "llamó al
// ganador") or with no "also" is read as before.

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
	if !toks[k].word() || !ix.lx.definite[toks[k].lower] {
		return false
	}
	p := ix.apposed(toks, k)
	return ix.isPerson(p) && !ix.callPurposeAt(toks, p.hi)
}

// callPurposeAt reports whether a purpose of no stance follows the
// subject of the call ending at toks[e], past a comma: "También llamó el
// ministro X, para hablar de la inflación" (review probe) is a call of
// its own, no copy of the act told before; "…, para felicitarlo" still
// copies.
func (ix *intl) callPurposeAt(toks []token, e int) bool {
	for k := e; k < len(toks) && k <= e+1; k++ {
		if toks[k].is(",") {
			continue
		}
		if !toks[k].word() || !callPurposes[ix.lx.code][toks[k].lower] {
			return false
		}
		if k+1 >= len(toks) || !toks[k+1].word() {
			return true
		}
		for inf := range periphrases[ix.lx.code].actInf {
			if strings.HasPrefix(toks[k+1].lower, inf) {
				return false // "para felicitarlo"
			}
		}
		return true
	}
	return false
}
