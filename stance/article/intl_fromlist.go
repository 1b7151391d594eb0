package article

// A list of senders after a from-word whose first sender has a relative
// clause of their own between commas: "seguiram-se mensagens do
// Presidente X, que falou numa vitória “contundente”, do tanzaniano Y e do
// egípcio Z", "llegaron felicitaciones del presidente X, que habló de un
// triunfo claro, del peruano Y y del chileno Z". The clause tells what the
// first one said; the list goes on after it with the from-word again.

// maxRelativeAside is how many tokens such a relative clause may span.
const maxRelativeAside = 30

// relativeAside returns the comma that ends a relative clause opening at
// the comma toks[k] ("…, que falou …, do Y"), when the word after that
// comma is a from-word that goes on a from-list, or else k. Within the
// clause no other sentence punctuation may stand (a semicolon, a colon).
func (ix *intl) relativeAside(toks []token, k int, fromList bool) int {
	if !fromList || k+2 >= len(toks) || !toks[k].is(",") || !toks[k+1].word() || !ix.lx.subjectRelatives[toks[k+1].lower] {
		return k
	}
	for e := k + 2; e+1 < len(toks) && e <= k+maxRelativeAside; e++ {
		switch {
		case toks[e].is(";") || toks[e].is(":") || toks[e].isTerm():
			return k
		case toks[e].is(",") && toks[e+1].word() && ix.lx.fromWords[toks[e+1].lower]:
			return e
		}
	}
	return k
}
