package article

// emphaticOpener reports whether toks[i] follows an emphatic word that
// opens a Russian sentence ("Сам Додон высказался куда осторожнее", "Сама
// X …"): the name after it is the sentence's subject as if it opened the
// sentence, so a known surname is a mention and the antecedent of "он"
// in the next sentence. Before, the capitalised "Сам" made the name look
// like the middle of a phrase, and the pronoun went to the last speaker.
func (ix *intl) emphaticOpener(toks []token, i int) bool {
	return i == 1 && toks[0].word() && ruEmphatics[toks[0].lower] && ix.lx.code == "ru"
}
