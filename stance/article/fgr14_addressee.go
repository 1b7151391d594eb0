package article

// A Russian speech verb after a quotation takes whom it was said to in the
// bare dative, between the verb and the speaker: "«…», — сказал ТАСС член
// политсовета X", "— заявил “Ъ” руководитель штаба X", "— сказал изданию
// «Ведомости» депутат X". The outlet is an abbreviation or a short
// quoted title, after an optional outlet noun, or any capitalised word
// after such a noun; the speaker is the phrase after it, which must run
// to a punctuation mark or the end. Without this the outlet opened the
// speaker phrase ("ТАСС Иван Петров") or, quoted, ended it (no speaker).

// mediaAddressee returns the index of the speaker phrase after an outlet
// addressed at toks[i], or 0 when none is there.
func (ix *intl) mediaAddressee(toks []token, i int) int {
	if ix.lx.code != "ru" || i >= len(toks) {
		return 0
	}
	k := i
	noun := toks[k].word() && fgrOutletNouns[toks[k].lower]
	if noun {
		k++
	}
	if k >= len(toks) {
		return 0
	}
	switch t := toks[k]; {
	case ix.titleQuote(toks, k):
	case t.word() && ix.abbreviation(t):
	case noun && t.word() && t.cap:
	default:
		return 0
	}
	k++
	for n := 0; n < 2 && k+1 < len(toks) && toks[k].word() && toks[k].cap && toks[k+1].word() && !toks[k+1].cap && ix.lx.isRole(toks[k+1].lower); n++ {
		k++ // the outlet's other words: "РИА Новости депутат X"
	}
	if k >= len(toks) || !toks[k].word() {
		return 0
	}
	p := ix.apposed(toks, k)
	if p.kind != pName && p.kind != pRole || p.hi < len(toks) && toks[p.hi].kind != tPunct {
		return 0
	}
	return k
}

// titleInRole reports whether toks[k] is a short quoted title inside an
// office, followed by a capitalised word that is no abbreviation: the
// party or body the office belongs to, in guillemets, with the holder's
// name after it ("депутат Мосгордумы от «Единой России» Олег Тарасов",
// "лидер движения «Альтернатива» X"). Without this the quotation ended
// the phrase and left an unnamed "депутат Мосгордумы от".
func (ix *intl) titleInRole(toks []token, k int) bool {
	if ix.lx.code != "ru" || !ix.titleQuote(toks, k) || k+1 >= len(toks) {
		return false
	}
	n := toks[k+1]
	return n.word() && n.cap && !ix.abbreviation(n)
}

// clauseConjunctionAt reports whether toks[c] is a conjunction after a
// comma that opens a clause with a subject of its own ("X назвал выборы
// подтасованными, а председатель Y заявила, что …"; ", mais le ministre
// Z a dit"): the subject after it is no object of a preposition, which
// backward skips after a stop word.
func clauseConjunctionAt(toks []token, c int) bool {
	return c > 0 && toks[c-1].is(",") && fgrClauseConjunctions[toks[c].lower]
}
