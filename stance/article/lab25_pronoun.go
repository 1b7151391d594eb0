package article

import "strings"

// A refusal whose object is a pronoun for the result or a charge named
// just before it, in Spanish and Portuguese (the languages of
// flatRefusals): "Es un fraude a la voluntad popular y no lo vamos a
// aceptar", "Perú no lo aceptará", "Esse resultado é uma farsa e não o
// aceitaremos", "no vamos a aceptarlo". refusesResultIn wants the result
// named after the verb; here a clitic (lab25Clitics) between the negation
// and the verb, or one the verb carries (lab25Enclitics), takes its place,
// and the result (flatRefusals' objects) or a charge (lab25Charges) must
// be named within lab25Antecedent words before the negation. A pronoun
// for something else ("la reforma fiscal es injusta y no la
// aceptaremos") refuses no result.

// lab25Antecedent is how far before the negation the result or charge a
// pronoun stands for may be named.
const lab25Antecedent = 12

// The negation may stand one word further back than refusalSpan, before
// the clitic and the auxiliary: "no lo vamos a aceptar".

// lab25PronounRefusal reports whether text in the language code refuses,
// through a pronoun, a result or a charge named just before (see above).
func lab25PronounRefusal(code, text string) bool {
	rl, ok := flatRefusals[code]
	lx := lexicons[code]
	if !ok || lx == nil {
		return false
	}
	words := actionWords(text)
	for _, w := range words {
		if rl.holds[w] {
			return false
		}
	}
	for i, w := range words {
		if !stemIn([]string{w}, rl.accepts) {
			continue
		}
		pronoun := gr19HasEnding(w, lab25Enclitics)
		g := rev25CliticGender("", w)
		n := -1
		for k := max(0, i-refusalSpan-1); k < i; k++ {
			if lx.negators[words[k]] {
				n = k
			}
		}
		if n < 0 || n > 0 && rl.others[words[n-1]] {
			continue
		}
		for _, c := range words[n+1 : i] {
			if lab25Clitics[code][c] {
				pronoun, g = true, rev25CliticGender(c, w)
			}
		}
		if pronoun && lab25Antecedented(words[max(0, n-lab25Antecedent):n], rl.objects, g) {
			return true
		}
	}
	return false
}

// lab25Antecedented reports whether words name a result (objects, but
// not the office or its holder, lab25Holders: "la reforma del gobierno
// … no la aceptaremos" refuses the reform) or a charge (lab25Charges).
func lab25Antecedented(words []string, objects []string, g string) bool {
	for i, w := range words {
		if !rev25Agrees(w, g, words[i+1:]) { // gender, a charge disowned (rev25_narrow.go)
			continue
		}
		if stemIn([]string{w}, objects) && !stemIn([]string{w}, lab25Holders) {
			return true
		}
		for _, c := range lab25Charges {
			if strings.HasPrefix(w, c) {
				return true
			}
		}
	}
	return false
}
