package article

import "strings"

// A country or a body named by one word and described in apposition:
// "Brasil, la mayor economía de la región, acusó a X de …", "Tarsia, el
// principal socio comercial del país, rechazó los resultados". Wire copy
// makes states actors this way. asideBefore took a description between
// the subject and its verb only after a person named in full or with an
// office, so the one-word actor was lost. A single capitalised word that
// opens the sentence, is no word that is never a name (an adverb: "Además,
// …") and is followed by a description opening with an article and
// holding no verb the rules know, is such an actor.

// ml31DescribedActor reports whether the one-word phrase p, ending at the
// comma toks[c], is followed by a descriptive apposition opening with an
// article.
func (ix *intl) ml31DescribedActor(toks []token, p phrase, c int) bool {
	if p.role != "" || strings.Contains(p.name, " ") || p.hi-p.lo != 1 || c+2 >= len(toks) {
		return false
	}
	if t := toks[p.lo]; !t.cap || ix.lx.notNames[t.lower] || ix.lx.stops[t.lower] || strings.HasSuffix(t.lower, "mente") {
		return false
	}
	d := toks[c+1]
	if !d.word() || !ix.lx.determiners[d.lower] {
		return false
	}
	for _, t := range toks[c+2:] {
		if t.is(",") {
			return true
		}
		if !t.word() || ix.lx.speechVerbs[t.lower] || ix.lx.actionVerbs[t.lower] || ix.verbLike(t.lower) {
			return false
		}
	}
	return false
}
