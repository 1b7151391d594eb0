package article

import "strings"

// A count or a review said to bear the result out, in Spanish and
// Portuguese: "aseguró que la revisión de una muestra de mesas respalda
// el conteo oficial", "disse que a auditoria confirmou os resultados".
// A speaker who reports the result borne out defends it, as one who
// declares it final does (intl_final.go), but the models read such a
// remark by the review's words ("revisión", "muestra", "auditoría") and
// call it withholding. backedIn reads, in one clause, a backing verb in
// the indicative (backingVerbs) and a result noun (finalDecl's) within
// three words after it, with no negation, condition or delay of the
// clause (finalDecl's holds) before the verb and no rival named in the
// clause ("el conteo paralelo confirma la victoria de X"), and no
// genitive that makes the result another's ("los resultados del
// trimestre", otherResult). A run that condemns the vote is left to
// condemnRun.

// backedSpan is how far after the verb the result noun may stand.
const backedSpan = 3

// backedIn reports whether text in the language code says the result is
// borne out (see above); rivals are the rivals' name forms.
func backedIn(code, text string, rivals []string) bool {
	fl, ok := finalDecl[code]
	verbs := backingVerbs[code]
	if !ok || verbs == nil || condemnsIn(code, text) {
		return false
	}
	for _, clause := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(",;.:!?", r) }) {
		if namesAny(clause, rivals) {
			continue
		}
		words := actionWords(clause)
		for i, w := range words {
			if !verbs[w] || anyWordIn(words[:i], fl.holds) {
				continue
			}
			for k := i + 1; k < len(words) && k <= i+backedSpan; k++ {
				if hasStem(words[k:k+1], fl.results) {
					return !otherResult(code, clause, words[k+1:])
				}
			}
		}
	}
	return false
}

// anyWordIn reports whether one of set is among words.
func anyWordIn(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[w] {
			return true
		}
	}
	return false
}

// namesAny reports whether clause holds one of the name forms, case aside.
func namesAny(clause string, forms []string) bool {
	lc := strings.ToLower(clause)
	for _, f := range forms {
		if f != "" && strings.Contains(lc, strings.ToLower(f)) {
			return true
		}
	}
	return false
}

// otherResult reports whether words, after a result noun of clause, open
// a genitive that makes it the result of something other than the vote:
// a lower-case noun of no election topic ("los resultados del
// trimestre"), not a name ("la victoria de X") or a word of the vote
// ("el conteo de las actas").
func otherResult(code, clause string, words []string) bool {
	lx := lexicons[code]
	if lx == nil || len(words) < 2 || !attackGenitives[code][words[0]] {
		return false
	}
	w := words[1]
	if lx.determiners[w] && len(words) > 2 {
		w = words[2]
	}
	return strings.Contains(clause, w) && !hasStem([]string{w}, lx.topicStems)
}
