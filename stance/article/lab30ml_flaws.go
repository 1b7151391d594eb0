package article

// A verb of recognising whose object is a flaw or a complaint admits the
// flaw, not the result: "reconheceu a existência de denúncias de
// irregularidades", "reconoció fallas en la organización", "a reconnu des
// dysfonctionnements", "признал наличие нарушений". The verb rule read
// the verb as a recognition of the result and labelled such acts
// recognising, though an observer who grants the complaints and asks the
// courts to answer them withholds. With a word of flaws
// (lab30mlFlaws) within three words after the verb, the verb rule gives
// no verdict and the model reads the act, as otherRecognised does for
// Russian "признавать долги". "reconoció el fallo del tribunal" (the
// ruling) is no flaw: only the plural "fallos" is one.

// lab30mlFlawSpan is how far after the verb its object of flaws may
// stand.
const lab30mlFlawSpan = 3

// lab30mlFlawsRecognised reports whether the recognition verb at words[v]
// (of a run in the language code) recognises a flaw or a complaint.
func lab30mlFlawsRecognised(code string, words []string, v int) bool {
	stems := lab30mlFlaws[code]
	return stems != nil && hasStem(words[v+1:min(len(words), v+1+lab30mlFlawSpan)], stems)
}
