package article

// quoteVerb reports whether toks[v], in an attribution right after a
// quotation, is a verb of saying: one of the language's speech verbs, or
// in German a verb that is speech only there ("„…“, rief X der Menge
// zu", "„…“, gab die Senatorin zu bedenken"; deQuoteVerbs), but not
// before an impersonal subject ("„…“, gab es als Vorwurf zu hören",
// "„…“, gab man als Losung aus", "„…“, ruft man in der Menge").
func (ix *intl) quoteVerb(toks []token, v int) bool {
	if !toks[v].word() {
		return false
	}
	w := toks[v].lower
	if ix.lx.speechVerbs[w] || ix.ml21PluralOfSpeech(w) || ix.rec25mlAfterQuote(toks, v) { // ml21_pluralverb.go, rec25ml_quoteverb.go
		return true
	}
	return ix.lx.code == "de" && deQuoteVerbs[w] && (v+1 >= len(toks) || !ix.lx.impersonal[toks[v+1].lower] && toks[v+1].lower != "man")
}
