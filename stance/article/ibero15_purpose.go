package article

import "strings"

// Any verb whose purpose clause congratulates or recognises, in Spanish
// and Portuguese: "el presidente de X, Y, se comunicó telefónicamente con
// Z para felicitarla", "utilizó su cuenta de X para felicitar a Z",
// "viajou a Luanda para cumprimentar o vencedor". The lists read this only
// after a verb of sending or calling (sendsCongratulations); reporters
// name the means with any verb, and the purpose is the act. A finite verb
// in the past (preteriteEnds) followed, within ten words and before any
// punctuation, by "para" and a recognition (recognitionAfter) is an act
// of its subject; "viajó a Lima para asistir a la investidura" is none.
// A wish for the winner's success is read as a congratulation: "llamó por
// teléfono a Velor para desearle éxito", "ligou-lhe para lhe desejar
// sucesso" (wishStems).

// purposeCongratulation reports whether toks[v] is a past verb whose
// purpose clause within ten words recognises or congratulates.
func (ix *intl) purposeCongratulation(toks []token, v int) bool {
	ends, ok := preteriteEnds[ix.lx.code]
	t := toks[v]
	if !ok || !t.word() || t.cap || len([]rune(t.lower)) < 5 || ix.lx.stops[t.lower] || ix.lx.notNames[t.lower] || ix.lx.isRole(t.lower) {
		return false
	}
	w := t.lower
	if i := strings.LastIndex(w, "-"); i > 0 && ptEnclitics[w[i+1:]] {
		w = w[:i] // "ligou-lhe para o felicitar"
	}
	span := 10
	if ix.iberoPerfectAt(toks, v) {
		span = 14 // "había llamado … al candidato y a su futuro vicepresidente para felicitarlos" (ibero16_perfect.go)
	} else if !hasAnySuffix(w, ends...) {
		return false
	}
	for k := v + 1; k < len(toks) && k <= v+span && toks[k].word(); k++ {
		if ix.purposeAt(toks, k) && (ix.recognitionAfter(toks, k+1) || ix.wishAfter(toks, k+1) && ix.wishedNamed(toks, v, k)) {
			return true
		}
	}
	return false
}

// wishAfter reports whether a verb of wishing to someone opens toks[i]:
// with its pronoun attached ("desearle", "desejar-lhe"; wishStems) or,
// in Portuguese, before it ("lhe desejar"). "para desear suerte al
// equipo" wishes no person named before.
func (ix *intl) wishAfter(toks []token, i int) bool {
	if i+1 < len(toks) && toks[i].word() && ix.lx.clitics[toks[i].lower] && toks[i+1].word() && hasStem([]string{toks[i+1].lower}, wishInfinitives[ix.lx.code]) {
		return true // "para lhe desejar sucesso"
	}
	return i < len(toks) && toks[i].word() && hasStem([]string{toks[i].lower}, wishStems[ix.lx.code])
}

// wishedNamed reports whether the person wished success is named between
// the verb toks[v] and "para" toks[k], by a capitalised name or an office
// ("llamó a Velor", "ligou ao presidente eleito"), or stands as a pronoun
// on the verb ("ligou-lhe"): "ligou ao filho para lhe desejar sucesso nos
// exames" wishes no one of the vote well.
func (ix *intl) wishedNamed(toks []token, v, k int) bool {
	if i := strings.LastIndex(toks[v].lower, "-"); i > 0 && ptEnclitics[toks[v].lower[i+1:]] {
		return true
	}
	for j := v + 1; j < k; j++ {
		if toks[j].word() && (toks[j].cap || ix.lx.isRole(toks[j].lower)) {
			return true
		}
	}
	return false
}
