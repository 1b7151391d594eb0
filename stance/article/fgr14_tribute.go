package article

// Paying tribute, an act told with a verb and a fixed noun: "X отдал
// должное мужеству Санду и избирателей", "X a rendu hommage aux
// électeurs". The verb alone ("отдал", "rendu") is no act the rules know,
// so the tribute went unread.

// tributeAt reports whether toks[v] is a verb of paying tribute with its
// noun right after it (fgrTribute).
func (ix *intl) tributeAt(toks []token, v int) bool {
	nouns, ok := fgrTribute[ix.lx.code]
	if !ok || v+1 >= len(toks) || !toks[v+1].word() {
		return false
	}
	return nouns[toks[v].lower] == toks[v+1].lower
}
