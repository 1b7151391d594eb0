package article

// An office's complement may name where the office is held, after a
// preposition of place fused with its article ("O aliado de Rui Velor na
// Frente Unida, Ivo Kask, …", "o embaixador no Brasil, Ivo Kask"): the
// preposition joins the office as "de" does, but only before a
// capitalised word — "o ministro no domingo" is the office and a time.

// placePreps are the prepositions of place, keyed by language code.
var placePreps = map[string]map[string]bool{
	"pt": wordSet(`na no nas nos`),
}

// placePrep reports whether toks[k] is a preposition of place followed by
// a capitalised word.
func (ix *intl) placePrep(toks []token, k int) bool {
	return placePreps[ix.lx.code][toks[k].lower] && k+1 < len(toks) && toks[k+1].word() && toks[k+1].cap
}
