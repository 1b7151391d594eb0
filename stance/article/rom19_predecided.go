package article

import "strings"

// A result settled before the vote, in Spanish, Portuguese and French:
// "nous n'allions pas servir de décor à un arrêt déjà rédigé", "un
// résultat écrit d'avance", "el fallo estaba escrito de antemano", "o
// resultado foi decidido de antemão". Opponents say this of a count or a
// ruling they reject; the English reading is preDecided (predecided12.go),
// and the models read the plain words of these remarks as anything.
//
// romPreDecided reports whether text holds a participle of writing or
// deciding (romPreDecided.written) with "in advance" after it
// (romPreDecided.advance: "d'avance", "à l'avance", "de antemano", "de
// antemão") or "already" right before it ("déjà rédigé", "ya escrito",
// "já decidido"; a participle of knowing, "connu", only with "in
// advance": "un résultat déjà connu" was announced, not rigged), with a
// word of the result, the vote or a ruling (romPreDecided.results) in the
// eight words before, and no negation in the three words before the
// participle ("n'a pas été écrit d'avance").
func romPreDecided(code, text string) bool {
	pd, ok := romPreDecidedWords[code]
	lx := lexicons[code]
	if !ok || lx == nil {
		return false
	}
	words := actionWords(text)
	for i, w := range words {
		advance := false
		for n := 1; n <= 3 && i+n < len(words); n++ {
			advance = advance || pd.advance[strings.Join(words[i+1:i+1+n], " ")] && !revProgressive(words, i+1+n) // "d'avance", "de antemano", "a la medida"; not "a medida que" (rev19rom_medida.go)
		}
		already := i > 0 && pd.already[words[i-1]] && pd.written[w]
		if !(pd.written[w] || pd.known[w]) || !advance && !already || revScheduled(code, words, i) { // rev19rom_schedule.go
			continue
		}
		negated := false
		for _, n := range words[max(0, i-3):i] {
			negated = negated || lx.negators[n]
		}
		if negated {
			continue
		}
		for _, r := range words[max(0, i-8):i] {
			if hasStem([]string{unelided(strings.ToLower(r))}, pd.results) {
				return true
			}
		}
	}
	return false
}
