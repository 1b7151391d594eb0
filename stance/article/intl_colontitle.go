package article

import "strings"

// A quotation after a colon that follows an office and a name in
// apposition, with no verb, in Spanish and Portuguese: "La ministra de
// Hacienda, Rosa Vidal: «…»", "En Velor, el canciller de Solia, Mario
// Rey: «…»", "A ministra da Fazenda, Rosa Vidal: “…”". Roundups of
// reactions list them so, as they list "Petro: «…»"; the office and name
// before the colon were read as a name alone ("Petro:") or as a subject
// followed by a verb (colonSubject), and neither fits. colonTitle reads
// such a phrase, at the start of the clause or after an opening
// adverbial's comma, ending right at the colon.

// colonTitle returns the office with a name in apposition that fills
// toks[start:end] (end is the colon) from its start or from after a
// comma, or no phrase.
func (ix *intl) colonTitle(toks []token, start, end int) phrase {
	if !colonTitleLangs[ix.lx.code] {
		return phrase{}
	}
	for s := start; s < end; s++ {
		if s > start && !toks[s-1].is(",") {
			continue
		}
		p := ix.apposed(toks, s)
		if p.kind == pName && p.role != "" && strings.Contains(p.name, " ") && p.hi == end {
			return p
		}
	}
	return phrase{}
}
