package article

// A Russian subject and its verb may hold an adverbial that opens with
// any preposition, not only with the stops ("а Яценюк с трибуны митинга
// требовал …", "Депутат X из Москвы заявил, что …"): reportedSubject
// (intl_reported.go) reads the person named before such
// an adverbial too, as before one that opens with a stop ("на", "в").

// adverbialPrep reports whether toks[k] is a Russian preposition that
// may open an adverbial between a subject and its verb.
func (ix *intl) adverbialPrep(toks []token, k int) bool {
	return ix.lx.code == "ru" && russianObjectPreps[toks[k].lower]
}
