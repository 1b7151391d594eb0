package article

// lab27grAddresseeAdverbial reads the speaker of a Russian speech verb
// after a quotation when the outlet it was said to, a short quoted title
// or an abbreviation (mediaAddressee, fgr14_addressee.go), is followed by
// an adverbial before the name: "«…», — заявил «Вестнику» по телефону из
// Европы Иван Петров". The outlet is skipped and the name read past the
// adverbial as pastAdverbial reads it; without this the quoted outlet
// ended the attribution and the quotation continued the previous
// speaker's words.
func (ix *intl) lab27grAddresseeAdverbial(toks []token, i int) (*speaker, bool) {
	if ix.lx.code != "ru" || i+1 >= len(toks) {
		return nil, false
	}
	if !ix.titleQuote(toks, i) && !(toks[i].word() && ix.abbreviation(toks[i])) {
		return nil, false
	}
	for k := i + 1; k+1 < len(toks) && k <= i+6 && toks[k].word() && !toks[k].cap; k++ {
		if n := ix.placeThenName(toks, k+1); n > 0 && russianObjectPreps[toks[k].lower] {
			return ix.speakerAt(toks, n, false) // "… из Европы Иван Петров": the place, then the name
		}
	}
	return ix.pastAdverbial(toks, i+1)
}
