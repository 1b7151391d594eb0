package article

import "strings"

// lab31enPendingAct reports whether the subject ph of the verb toks[v]
// opens a clause of time or condition that tells an act still to come:
// "Moscow will wait until the count is certified before President Vask
// acknowledges Dal as president-elect" (Vask has not acknowledged
// anyone), "the party will say nothing unless its leader concedes". The
// verb is a stance verb (contentVerbs), its subject follows a pending
// subordinator (lab31enPendingSubordinators)
// and the verb is in the present ("acknowledges") or comes after a
// modal or a perfect auxiliary ("before Vask has congratulated her",
// "until the bloc would recognise him"). Such a clause is the main
// clause's condition, not an act of its subject. Speech stays read
// ("wants to see the tallies before he says anything about the result"
// tells the subject's own holding back through his words). A past
// verb ("after Vask congratulated Dal", "before Vask congratulated Dal,
// the Kremlin waited") tells what happened and stays an act.
func lab31enPendingAct(toks []token, ph phrase, v int) bool {
	if ph.lo < 1 || v >= len(toks) || !contentVerbs[toks[v].lower] || !toks[ph.lo-1].word() || !lab31enPendingSubordinators[toks[ph.lo-1].lower] {
		return false
	}
	for k := ph.hi; k < v; k++ {
		if toks[k].word() && lab31enPendingAux[toks[k].lower] {
			return true
		}
	}
	w := toks[v].lower
	return v == ph.hi && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}
