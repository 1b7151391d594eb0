package article

// Leaving the question open: "X ließ offen, ob er dem Sieger gratulieren
// werde", "ließ am Wahlabend offen, wem er den Auftrag erteilen wird".
// The person declines to answer, as "ließ … unkommentiert" declines to
// comment (keptSilence, intl_silence.go): an act of withholding, not a
// report of what the indirect question says, which the model read by
// its words. A form of "lassen", then "offen" within three words, then a
// comma and an indirect question ("ob", "wer", "wem", "wann", …), or the
// clause's end; "blieb offen für Gespräche" is no such act.

// deLeftOpen reports whether words (lower case) leave a question open.
func deLeftOpen(words []string) bool {
	for i, w := range words {
		if !fgrDeLassen[w] {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+3; k++ {
			if words[k] != "offen" {
				continue
			}
			return k+1 == len(words) || deQuestionWords[words[k+1]]
		}
	}
	return false
}

// leftOpenAt reports whether the verb toks[v] leaves a question open, in
// German.
func (ix *intl) leftOpenAt(toks []token, v int) bool {
	if ix.lx.code == "ru" {
		return ix.ruLeftOpenAt(toks, v) // gr19_leftopen.go
	}
	if ix.lx.code != "de" || !fgrDeLassen[toks[v].lower] {
		return false
	}
	var words []string
	for _, t := range toks[v:min(len(toks), v+6)] {
		if t.is(",") || t.isTerm() {
			break
		}
		words = append(words, t.lower)
	}
	if len(words) == len(toks)-v || v+len(words) < len(toks) && toks[v+len(words)].isTerm() {
		return deLeftOpen(words)
	}
	if v+len(words)+1 < len(toks) && toks[v+len(words)].is(",") {
		return deLeftOpen(append(words, toks[v+len(words)+1].lower))
	}
	return false
}

// leftOpen is leftOpenAt on the words of an act's text.
func (l *langLexicon) leftOpen(words []string) bool {
	return l.code == "de" && deLeftOpen(words) || l.code == "ru" && ruLeftOpen(words) // gr19_leftopen.go
}
