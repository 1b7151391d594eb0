package article

import "strings"

// German declines the adjective of a body's name after a preposition:
// "von der Afrikanischen Union", "laut der Europäischen Kommission",
// "vom Weißen Haus", "Glückwünsche kamen von der Europäischen
// Zentralbank". The speaker was named in that form ("Afrikanischen
// Union"), which is no name the article or a reader uses. In the
// nominative singular an adjective before the noun ends in -e after the
// definite article ("die Afrikanische Union", "das Weiße Haus"); -en there
// is the plural ("die Vereinten Nationen") or an oblique case. So a
// capitalised adjective in -en (gr32DeAdjectiveEndings) inside a name of
// several words, before a noun that is no plural (gr32DePluralHeads) nor
// a genitive in -es ("des Auswärtigen Amtes", which keeps its form), is
// given back its -e. A given name in -en ("Jürgen", "Steffen") has none of
// those endings.

// gr32GermanNominative returns p with the adjectives of its name in the
// nominative, in German; p unchanged otherwise.
func (ix *intl) gr32GermanNominative(p phrase) phrase {
	if ix.lx.code != "de" || p.kind != pName {
		return p
	}
	f := strings.Fields(p.name)
	if head := strings.ToLower(f[len(f)-1]); len(f) < 2 || gr32DePluralHeads[head] || strings.HasSuffix(head, "es") {
		return p
	}
	changed := false
	for i := 0; i < len(f)-1; i++ {
		if w := strings.ToLower(f[i]); f[i] != w && hasAnySuffix(w, gr32DeAdjectiveEndings...) {
			f[i] = strings.TrimSuffix(f[i], "n")
			changed = true
		}
	}
	if changed {
		p.name = strings.Join(f, " ")
	}
	return p
}
