package article

// A Russian phone call to a person, told alone ("Януковичу позвонил
// председатель Еврокомиссии X", "В четверг Каску позвонил X"). In a
// roundup of reactions the call to the winner is the congratulation, as
// a German "rief an" told alone is (intl_call.go): a verb of calling
// (the side lexicon's phones) right after a capitalised word in the
// dative (its ending -у or -ю) is an act. A call with a purpose
// ("позвонил Каску, чтобы …") or with no one called is left to the other
// rules.

// ruCallAt reports whether toks[v] is a Russian call to the person named
// in the dative right before it.
func (ix *intl) ruCallAt(toks []token, v int) bool {
	if ix.lx.code != "ru" || v < 1 || !toks[v].word() || !ix.side().phones[toks[v].lower] {
		return false
	}
	at := ix.rec28mlCalledAt(toks, v) // "Каску лично позвонил X" (rec28ml_ruphone.go)
	d := toks[at]
	if !d.word() || !d.cap || !hasAnySuffix(d.lower, "у", "ю") || rev28mlNoCall(toks, at, v) { // "В Москву сразу позвонил" (rev28ml_ruphone.go)
		return false
	}
	for k := v + 1; k < len(toks) && !toks[k].isTerm(); k++ {
		if toks[k].word() && ix.lx.purposes[toks[k].lower] {
			return false // "…, чтобы обсудить": a purpose of its own
		}
	}
	return true
}

// callerAfter returns the caller named after a Russian call to the person
// in the dative before the verb toks[v] ("Каску позвонил Олаф Берг"): the
// word before the verb is the one called, never the subject.
func (ix *intl) callerAfter(toks []token, v int) (phrase, bool) {
	if !ix.ruCallAt(toks, v) {
		return phrase{}, false
	}
	if p := ix.apposed(toks, ix.pastAdverbs(toks, v+1)); ix.isPerson(p) {
		return p, true
	}
	return phrase{}, false
}
