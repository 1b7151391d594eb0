package article

// Thanks for the congratulations or the vote: "Maduro, por su parte,
// agradeció los mensajes recibidos", "João Lourenço agradeceu a
// «confiança renovada»", "agradeció las felicitaciones". A candidate who
// thanks for the messages or the confidence received acts on the result
// (the winner's thanks take the reader's winner rule). Only with such an
// object within four words: "agradeció la ayuda de los vecinos" is no act
// on the result, and would make an off-topic speaker topical.

// thanksVerbs are the verbs of thanking, and thanksObjects the stems of
// what a candidate thanks for besides the language's congratStems, keyed
// by language code.
var (
	thanksVerbs = map[string]map[string]bool{
		"es": wordSet(`agradeció agradecieron agradece agradecen`),
		"pt": wordSet(`agradeceu agradeceram agradece agradecem`),
	}
	thanksObjects = map[string][]string{
		"es": {"mensaje", "confianza", "apoyo", "voto", "respaldo"},
		"pt": {"mensage", "confiança", "apoio", "voto"},
	}
)

// thanksAct reports whether toks[v] is a verb of thanking with a
// congratulation, a message, the confidence, the support or the vote
// among the four words after it (inside a quotation too: "agradeceu a
// «confiança renovada»").
func (ix *intl) thanksAct(toks []token, v int) bool {
	code := ix.lx.code
	if !thanksVerbs[code][toks[v].lower] || v+1 >= len(toks) {
		return false
	}
	e := min(len(toks)-1, v+4)
	words := actionWords(ix.x.text[toks[v+1].start:toks[e].end])
	words = words[:min(len(words), 4)]
	return hasStem(words, ix.lx.congratStems) || hasStem(words, thanksObjects[code])
}
