package article

// A German separable verb sends its particle to the end of the clause:
// "X sprach dem Ergebnis angesichts des Ausnahmezustands jede
// Legitimation ab" (absprechen, deny), "Y wies das Ergebnis zurück"
// (zurückweisen, reject). The stem alone is speech ("sprach") or nothing
// the rules know ("wies"), so the act went unread; with the particle
// closing its clause (fgrDeSeparableActs) the verb is an act.

// separableAct reports whether toks[v] is the stem of such a verb whose
// particle ends its clause within twelve words, with no comma, verb or
// quotation in between; a conjunction may close the clause too ("wies
// das Ergebnis zurück und kündigte … an", lab30mlDeAnds).
func (ix *intl) separableAct(toks []token, v int) bool {
	if ix.lx.code != "de" {
		return false
	}
	part, ok := fgrDeSeparableActs[toks[v].lower]
	if !ok || v > 0 && fgrDeNobody[toks[v-1].lower] {
		return false // "Niemand spricht der Regierung die Legitimität ab" (found probing)
	}
	for k := v + 1; k < len(toks) && k <= v+12; k++ {
		t := toks[k]
		if !t.word() {
			return false
		}
		if t.lower == part {
			return (k+1 == len(toks) || toks[k+1].kind == tPunct || lab30mlDeAnds[toks[k+1].lower]) && separableOnVote(toks[v+1:k])
		}
		if ix.lx.speechVerbs[t.lower] || ix.lx.actionVerbs[t.lower] || ix.lx.complementizers[t.lower] {
			return false
		}
	}
	return false
}

// separableOnVote reports whether the words between the stem and its particle
// name the vote or a charge about it (fgrVoteObjects, fgrDeSeparableObjects):
// "wies Zweifel an ihrer Rechtmäßigkeit zurück", "sprach dem Ergebnis … ab";
// "Der Verteidiger wies den Antrag des Staatsanwalts zurück" is no act on
// the result (found probing).
func separableOnVote(toks []token) bool {
	words := make([]string, 0, len(toks))
	for _, t := range toks {
		words = append(words, t.lower)
	}
	return hasStem(words, fgrVoteObjects["de"]) || hasStem(words, fgrDeSeparableObjects)
}
