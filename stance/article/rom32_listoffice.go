package article

import "strings"

// Round-ups list the leaders who reacted with one office shared out among
// them: "estuvieron los presidentes de Colombia, A, y de Chile, B",
// "figurent les présidents sénégalais A et ivoirien B", "el presidente
// de Colombia, A, y el de Chile, B", "le président sénégalais A et son
// homologue ivoirien B". A list item was an office and a name read as
// one phrase (apposed), so a plural office before its first name, or the
// rest of an office after the conjunction ("de Chile, B", "ivoirien B",
// "el de Chile, B"), ended the list. When the item is no person,
// rom32OfficeItem steps over at most five words of an office (an
// article or a possessive, offices, lower-case modifiers, joining words,
// a place) and at most one comma right before a person named in full,
// and takes that person. A verb, a stop other than a joining word, or a
// second comma ends the search: the list is over.

// rom32OfficeItem returns the person named in full after a shared-out
// office that starts at toks[j], or no phrase.
func (ix *intl) rom32OfficeItem(toks []token, j int) phrase {
	if !rom32OfficeLangs[ix.lx.code] {
		return phrase{}
	}
	lx := ix.lx
	for i := j; i < len(toks) && i <= j+5; i++ {
		t := toks[i]
		if t.is(",") {
			if i == j || i+1 >= len(toks) || !toks[i+1].word() || !toks[i+1].cap {
				return phrase{}
			}
			continue
		}
		if !t.word() {
			return phrase{}
		}
		w, _ := ix.core(t.lower)
		if t.cap && i > j && (toks[i-1].is(",") || !toks[i-1].cap && !lx.rolePreps[toks[i-1].lower] && !lx.determiners[toks[i-1].lower]) {
			p := ix.forward(toks, i)
			if ix.isPerson(p) && strings.Contains(p.name, " ") {
				return p
			}
			return phrase{}
		}
		if lx.speechVerbs[w] || ix.verbLike(w) || lx.auxiliaries[w] || lx.conjunctions[w] || lx.stops[w] && !lx.rolePreps[w] {
			return phrase{}
		}
		if i > j && toks[i-1].is(",") {
			return phrase{} // after the comma, only the name
		}
	}
	return phrase{}
}
