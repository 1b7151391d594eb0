package article

// A body's acronym right before a person named in full ("Наблюдатель от
// одной из миссий СНГ Анатолий Кравцов", "le chef de la mission de la
// CEDEAO Amadou Diallo", "der Leiter der Mission der OSZE Hans Müller"):
// the acronym ends the office's complement, and the name is the words
// after it. The phrase's capitalised run took the acronym into the name
// ("СНГ Анатолий Кравцов"), which then matched no later mention of the
// person. Spanish and Portuguese end such a phrase at the name already
// (acronymThenName, ibero14_acronymname.go).

// acronymLedName returns where the name of the phrase toks[lo:lo+n]
// starts when the capitalised run that starts at toks[lo+ns] opens with
// acronyms followed by at least two capitalised words that are not: the
// first of those words. Otherwise it returns ns.
func (ix *intl) acronymLedName(toks []token, lo, ns, n int) int {
	k := ns
	for k < n && ix.abbreviation(toks[lo+k]) {
		k++
	}
	if k == ns || n-k < 2 {
		return ns
	}
	for i := k; i < n; i++ {
		if ix.abbreviation(toks[lo+i]) || !toks[lo+i].cap {
			return ns
		}
	}
	return k
}

// A Russian office may head "one of" a plural body ("Наблюдатель от
// одной из миссий СНГ X", "Представитель одного из штабов X"): "из"
// after a form of "один" joins the office to what follows as a
// preposition does, so the lower-case words before and after it are
// not one run of modifiers (which ended the phrase after two of them).

// oneOfAt reports whether toks[k] is the "из" of a Russian "one of"
// with a lower-case word after it.
func (ix *intl) oneOfAt(toks []token, k int) bool {
	return ix.lx.code == "ru" && k > 0 && k+1 < len(toks) && toks[k].lower == "из" &&
		toks[k-1].word() && ruOneOf[toks[k-1].lower] && toks[k+1].word() && !toks[k+1].cap
}
