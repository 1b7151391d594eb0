package article

// The speaker's own part between the auxiliary and the participle: "Le
// Front national a de son côté appelé à manifester", "la CEDEAO a pour
// sa part salué …". French puts "de son côté", "pour sa part" (the side
// lexicon's ownPart) where an adverb goes; the subject is before the
// auxiliary as with "a également salué". Only French, German and Russian
// are read so.

// auxOwnPart returns the auxiliary before an ownPart phrase that ends at
// toks[b], right before a participle, or -1.
func (ix *intl) auxOwnPart(toks []token, b int) int {
	if !ownPartLangs[ix.lx.code] || b < 1 {
		return -1
	}
	for _, ph := range ix.side().ownPart {
		lo := matchEnding(toks, b, ph)
		if lo >= 1 && toks[lo-1].word() && ix.lx.auxiliaries[toks[lo-1].lower] {
			return lo - 1
		}
	}
	return -1
}

// matchEnding returns where the phrase ph starts when it ends at toks[b],
// or -1.
func matchEnding(toks []token, b int, ph string) int {
	for lo := max(0, b-5); lo <= b; lo++ {
		if matchPhrase(toks, lo, []string{ph}) == b-lo+1 {
			return lo
		}
	}
	return -1
}

// condemnObject reports whether the French verb of denouncing toks[v],
// which opens no clause, takes a noun phrase with any article ("a dénoncé
// des fraudes", "dénonce la fraude"): what it denounces, an act of the
// subject, where other speech verbs take only an indefinite object
// (nominalObject). A quoted object ("dénonce « … »") stays a direct
// remark.
func (ix *intl) condemnObject(toks []token, v int) bool {
	if ix.lx.code != "fr" || !frDenounce[toks[v].lower] {
		return false
	}
	k := ix.pastOwnPart(toks, v+1)
	return k+1 < len(toks) && toks[k].word() && frDenounceObjects[toks[k].lower] && toks[k+1].word() && !ix.quotedObject(toks, k)
}
