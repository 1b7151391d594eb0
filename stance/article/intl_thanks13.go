package article

// Thanks for the congratulations or the vote: "Maduro, por su parte,
// agradeció los mensajes recibidos", "João Lourenço agradeceu a
// «confiança renovada»", "agradeció las felicitaciones". A candidate who
// thanks for the messages or the confidence received acts on the result
// (the winner's thanks take the reader's winner rule). Only with such an
// object within four words: "agradeció la ayuda de los vecinos" is no act
// on the result, and would make an off-topic speaker topical.

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
	if hasStem(words, ix.lx.congratStems) && !hasStem(words, thanksMessages[code]) {
		return true // "agradeció las felicitaciones"
	}
	return (hasStem(words, thanksObjects[code]) || hasStem(words, thanksMessages[code])) && ix.thanksGiverVoters(toks, v)
}

// thanksGiverVoters reports whether the support or confidence thanked
// for, when its giver is named ("o apoio dos adeptos", "el apoyo de los
// donantes al plan", "a confiança dos investidores"), is given by the
// voters, the people, a party or its members, or a people named by its
// demonym ("a confiança dos angolanos"): support from anyone else is no
// act on the result, and made an off-topic speaker topical. With no giver
// named ("agradeceu a «confiança renovada»") the thanks stand.
func (ix *intl) thanksGiverVoters(toks []token, v int) bool {
	code := ix.lx.code
	e := min(len(toks)-1, v+8)
	words := actionWords(ix.x.text[toks[v+1].start:toks[e].end])
	words = words[:min(len(words), 8)]
	seen := false
	for i, w := range words {
		if hasStem([]string{w}, thanksObjects[code]) || hasStem([]string{w}, thanksMessages[code]) {
			seen = true
			continue
		}
		if !seen || !ix.lx.rolePreps[w] && w != "del" {
			continue
		}
		k := i + 1
		if k < len(words) && ix.lx.determiners[words[k]] {
			k++
		}
		if k >= len(words) {
			return true
		}
		g := words[k]
		if hasStem([]string{g}, thanksObjects[code]) {
			seen = true // "mensajes de apoyo de …": the giver comes after
			continue
		}
		return hasStem([]string{g}, thanksGivers[code]) || hasAnySuffix(g, thanksDemonymEnds...) || hasStem([]string{g}, ix.lx.congratStems)
	}
	return true
}
