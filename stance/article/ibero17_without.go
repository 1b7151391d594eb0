package article

// Not recognising, told with "sin"/"sem" in Spanish and Portuguese: "X
// sigue sin felicitar al ganador", "o presidente continuava sem
// cumprimentar o democrata", "elogió la jornada, sin felicitar a Y". A
// verb of continuing or remaining with "sin" and an infinitive of
// recognition is an act of its subject (continuedWithout); and, as "sans"
// and "ohne" already did (withoutRecognition, fgr14_without.go), "sin" or
// "sem" before a word of recognition makes an act withholding, unless it
// means promptly ("sin demora felicitó", "sem hesitar").

func init() {
	for code, w := range iberoWithout17 {
		fgrWithout[code] = map[string]bool{w: true}
	}
	for _, w := range iberoPromptAfterWithout17 {
		fgrPromptAfterWithout[w] = true
	}
}

// continuedWithout reports whether toks[v] is a verb of continuing
// followed by "sin"/"sem" and an infinitive of recognition.
func (ix *intl) continuedWithout(toks []token, v int) bool {
	code := ix.lx.code
	if !iberoContinueVerbs17[code][toks[v].lower] || v+2 >= len(toks) || !toks[v+1].is(iberoWithout17[code]) || !toks[v+2].word() {
		return false
	}
	return ix.lx.recognition(toks[v+2].lower)
}
