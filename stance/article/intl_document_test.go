package article

import "testing"

// TestExtractLangDocument: a verb in a relative clause after a document
// has the document's issuer for subject (documentSubject); to repudiate
// is a Portuguese refusal. Sentences written for the test.
func TestExtractLangDocument(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt emitiu um comunicado em que repudia", "pt", "O Partido Cívico, por sua vez, emitiu um comunicado em que repudia o reconhecimento feito pela missão.",
			[]langRemark{{Action, "Partido Cívico", "repudia o reconhecimento feito pela missão"}}},
		{"es emitió una nota en la que rechaza", "es", "El canciller Ivo Kask emitió una nota en la que rechaza el resultado del recuento.",
			[]langRemark{{Action, "Ivo Kask", "emitió una nota en la que rechaza el resultado del recuento"}}},
		// counter-case: a document another verb's object names, with no
		// issuer before its verb, gives the verb no subject
		{"es en la nota en la que", "es", "Todo está en la nota en la que rechaza el resultado.", nil},
	})
}
