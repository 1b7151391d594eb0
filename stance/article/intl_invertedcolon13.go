package article

// A subject after its verb, then a colon and a pronoun: "Жестче
// высказалась Лена Дал из Института …: она назвала голосование
// «спектаклем»", "Deutlicher wurde die Abgeordnete Lena Dal: Sie nannte
// …". Russian and German put the subject after the verb when an adverb
// opens the sentence; the clause after the colon goes on with that person
// as a pronoun. mentions only takes a person who opens the sentence, so
// the pronoun went to the last speaker before. lateSubject (intl_inverted12.go)
// finds the person after the verb; here it is read before the colon, so
// that the pronoun after it resolves to them.

// colonLateSubject makes the person named after the verb before the
// sentence's first colon the antecedent of a pronoun right after that
// colon (lastSingular); colonOpener, read after it, keeps a person who
// opens the sentence.
func (ix *intl) colonLateSubject(toks []token) {
	for c := 2; c+1 < len(toks); c++ {
		if toks[c].kind == tQuote {
			return // "«…»: …" is the quotation's own attribution
		}
		if !toks[c].is(":") {
			continue
		}
		if !toks[c+1].word() || !ix.lx.pronouns[toks[c+1].lower] {
			return
		}
		if s := ix.lateSubject(toks[:c]); s != nil {
			ix.x.lastSingular = s
		}
		return
	}
}
