package article

// othersActs handles a list of names closed by "others" before a stance
// verb: "Tarnia, Ostia and others congratulated Kask", "leaders of
// Tarnia, Ostia, Moria and many others wished Kask success". The verb
// found no subject ("others" is nobody), so the named members act: each
// gets the act from the verb to the clause's end. The names run back
// from "and" over names, their offices and commas to the clause's start (the sentence's start, a clauseOpener
// other than a comma, or the "of" of ofListHead); a lower-case word
// before them makes them an object ("thanked A, B and others who …").
func (x *extractor) othersActs(st *sentState) {
	toks := st.toks
	for i := 2; i+1 < len(toks); i++ {
		if !toks[i].is("others") {
			continue
		}
		v := i + 1
		for v < len(toks) && v <= i+3 && preVerb(toks[v]) {
			v++
		}
		if v >= len(toks) || !toks[v].word() || !contentVerbs[toks[v].lower] && !sendVerbs[toks[v].lower] {
			continue
		}
		a := i - 1
		if othersQuantifiers[toks[a].lower] {
			a--
		}
		if a < 1 || !toks[a].is("and") {
			continue
		}
		s := othersListStart(toks, a)
		if s < 0 {
			continue
		}
		var names []phrase
		for _, ph := range x.list(toks, s) {
			if ph.hi <= a {
				names = append(names, ph)
			}
		}
		if len(names) > 1 {
			x.listActions(st, i+1, clauseEnd(toks, v), names) // rev31en: "have not congratulated" keeps its negation
		}
		return
	}
}

// othersListStart is the index where the names before the "and" at
// toks[a] start, or -1 when the run of capitalised words and commas
// before it is not at a clause's start.
func othersListStart(toks []token, a int) int {
	s := a
	for s > 0 && (toks[s-1].is(",") || toks[s-1].word() && (toks[s-1].cap || othersRoleWord(toks[s-1].lower))) {
		s--
	}
	switch {
	case s == a:
		return -1
	case s == 0 || clauseOpener(toks[s-1]) && !toks[s-1].is(","):
		return s
	case ofListHead(toks, s-1):
		return s
	}
	return -1
}

// othersRoleWord reports whether the lower-case w may stand in a listed
// name's office ("opposition leader Jo Roe, lawmaker Eli Sand and …").
func othersRoleWord(w string) bool {
	return personRoles[w] || roleModifiers[w] || titles[w]
}

// clauseEnd is the index of the token ending the clause of the verb at
// toks[v]: the sentence's final punctuation, a semicolon or the end.
func clauseEnd(toks []token, v int) int {
	for e := v + 1; e < len(toks); e++ {
		if toks[e].isTerm() || toks[e].is(";") {
			return e
		}
	}
	return len(toks)
}
