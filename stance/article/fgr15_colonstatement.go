package article

import "strings"

// colonStatement reports whether the quotation toks[i] follows a colon
// and closes with a period: a statement its clause introduced ("X, …,
// sieht keinen Spielraum: „… beantwortet.“"), whose sentence ends with it.
// A capitalised word after it opens the next sentence even when a speech
// verb follows ("Vorsichtiger äußerte sich eine Sprecherin …"): before,
// the sentence ran on and the quotation went to "Vorsichtiger" as a
// speaker named after it. A quotation closing with "!" or "?" may still
// be followed by its attribution.
func (ix *intl) colonStatement(toks []token, i int) bool {
	if i == 0 || !toks[i-1].is(":") {
		return false
	}
	q := ix.x.quotes[toks[i].q]
	return strings.HasSuffix(strings.TrimSpace(ix.x.text[q.cstart:q.cend]), ".")
}
