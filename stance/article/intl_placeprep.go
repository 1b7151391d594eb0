package article

// An office's complement may name where the office is held, after a
// preposition of place fused with its article ("O aliado de Rui Velor na
// Frente Unida, Ivo Kask, …", "o embaixador no Brasil, Ivo Kask"): the
// preposition joins the office as "de" does, but only before a
// capitalised word — "o ministro no domingo" is the office and a time.
// A city takes the bare preposition ("O representante do Centro Carter em
// Maputo, Ivo Kask, …", "El representante de la OEA en Managua, Ivo Kask,
// …"), which joins the office only when the name of its holder follows
// the place as an apposition: "El presidente de Norlandia en Velor dijo"
// tells where the office spoke.

// placePrep reports whether toks[k] is a preposition of place followed by
// a capitalised word (a bare one, by a place of one or two capitalised
// words and an apposed name: ", Ivo Kask").
func (ix *intl) placePrep(toks []token, k int) bool {
	if k+1 >= len(toks) || !toks[k+1].word() || !toks[k+1].cap {
		return false
	}
	if placePreps[ix.lx.code][toks[k].lower] {
		return true
	}
	if !barePlacePreps[ix.lx.code][toks[k].lower] {
		return false
	}
	c := k + 2
	if c < len(toks) && toks[c].word() && toks[c].cap {
		c++ // "em Nova Iorque"
	}
	return c+1 < len(toks) && toks[c].is(",") && toks[c+1].word() && toks[c+1].cap
}
