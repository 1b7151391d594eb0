package article

import "slices"

// Narrowing gr19's "verwies" (lexicon_gr19.go, review of session 19).
// "verweisen auf" points to something ("verwies auf die laufenden
// Sondierungen"), an act of speech; without "auf" the verb refers a
// case or expels ("verwies den Diplomaten des Landes", "verwies den
// Spieler vom Platz", "verwies die Klage an das Gericht"), which is no
// remark. So the verb is an act only with "auf" or "darauf" in its
// clause within rev19PointSpan words.

// rev19PointSpan is how far "auf" may follow the verb ("verwies der
// Sprecher erneut auf").
const rev19PointSpan = 6

// rev19NotPointing reports whether toks[v] is a German verb of pointing
// (gr19DeActionVerbs) with no "auf" after it in its clause.
func (ix *intl) rev19NotPointing(toks []token, v int) bool {
	if ix.lx.code != "de" || !slices.Contains(gr19DeActionVerbs, toks[v].lower) {
		return false
	}
	for k := v + 1; k < len(toks) && k <= v+rev19PointSpan && toks[k].word(); k++ {
		if toks[k].is("auf") || toks[k].is("darauf") {
			return false
		}
	}
	return true
}
