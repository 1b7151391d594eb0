package article

// A government that holds off says so with a modal and an infinitive at
// the clause's end: "Washington will die offiziellen Ergebnisse
// abwarten", "Die Bundesregierung will zunächst das Endergebnis
// abwarten", "Paris möchte das Ergebnis erst prüfen". The modal is no
// verb the rules know and the infinitive stands last, so the sentence gave
// nothing. A German modal of intent (gr32DeModals) whose clause closes,
// within twelve words and before any comma, with an infinitive of
// gr32DeStanceInfinitives is an act of its subject when a word of the vote
// stands between them; "will nach Hause fahren" is none.

// gr32ModalStanceAt reports whether toks[v] is such a modal.
func (ix *intl) gr32ModalStanceAt(toks []token, v int) bool {
	if ix.lx.code != "de" || !gr32DeModals[toks[v].lower] || rev32grModalAsks(toks, v) {
		return false
	}
	for k := v + 1; k < len(toks) && k <= v+12; k++ {
		if !toks[k].word() {
			return false
		}
		if gr32DeStanceInfinitives[toks[k].lower] {
			return (k+1 == len(toks) || toks[k+1].kind == tPunct) && ix.lx.topical(lowerWords(toks[v+1:k]))
		}
	}
	return false
}
