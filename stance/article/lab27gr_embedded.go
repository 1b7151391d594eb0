package article

// lab27grEmbeddedQuote reports whether the quotation toks[k], inside a
// German or Russian reported clause that runs to end, is a fragment the
// clause goes on past: it ends with no sentence punctuation of its own
// and a word of the same clause follows it ("X erklärte, Velor
// respektiere „die Wahl des Volkes“ und betrachte …", "X заявила, что
// «ни одной жалобы», способной …, не поступило"). Such a quotation is
// part of what the clause says, so the clause keeps it in its text
// instead of stopping before it (which left "Velor respektiere", too
// short to be a remark, and gave the speaker only the fragment). A
// quotation that ends the clause, or is a sentence of its own, still
// stops it.
func (ix *intl) lab27grEmbeddedQuote(toks []token, k, end int) bool {
	if ix.lx.code != "de" && ix.lx.code != "ru" || toks[k].kind != tQuote {
		return false
	}
	if q := ix.x.quotes[toks[k].q]; q.term || !q.closed {
		return false
	}
	for j := k + 1; j < end; j++ {
		switch {
		case toks[j].word():
			return true
		case toks[j].is(",") || isDash(toks[j]):
		default:
			return false // a full stop, a colon, another quotation
		}
	}
	return false
}
