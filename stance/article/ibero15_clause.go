package article

// Clause openers and wire furniture that hid a sentence's subject, found
// reading Spanish and Portuguese reaction reports (the helpers apply to
// every language of lexicons where noted):
//
//   - a sentence opening with a capitalised conjunction ("Y el senador X,
//     miembro de …, recordó que …", "E o ministro X, …, disse"): the
//     conjunction was read as the start of the subject, so the person
//     after it, with an apposition before the verb, was not found;
//   - a subordinating conjunction before an office and its name in
//     apposition ("…, quando o presidente da Assembleia, X, anunciou
//     que …", "…, cuando la ministra de Exteriores, X, dijo que …"): the
//     office must open its clause, and only a preposition or an adverb was
//     taken to open one; openingSubject, which reads a subject past an
//     apposition before the verb, now also starts from the subordinator
//     when adverbials between commas come before it ("A tensão subiu em
//     julho, quando o presidente …, X, terceiro classificado, anunciou
//     que …");
//   - a wire dateline before the first sentence ("São Tomé, 7 set
//     (Agência) – O candidato …, X, telefonou …", "Lima, 3 jun (EFE).- La
//     ministra …"): the place was read as the sentence's first person;
//   - an office with a participle and its complement before a name in
//     apposition ("O candidato derrotado na segunda volta das
//     presidenciais, X, telefonou …"): read as a long title, as two
//     offices joined by a conjunction are;
//   - an addressee between a verb of saying and an infinitive clause
//     ("disse aos jornalistas estar à espera de …", "dijo a la prensa no
//     reconocer …"): the infinitive opens the reported clause as it does
//     right after the verb.

// participleAfterOffice reports whether toks[k] is a participle right
// after the office toks[r] ("candidato derrotado na segunda volta",
// "presidenta reelegida en 2020"): a description as specific as a second
// office, so the long title before a name in apposition is read
// (titleEnd, intl_longtitle_ibero.go).
func (ix *intl) participleAfterOffice(toks []token, r, k int) bool {
	return k == r+1 && toks[k].word() && !toks[k].cap && hasAnySuffix(toks[k].lower, participleEnds...)
}

// sentenceConjunction reports whether toks[i] is a conjunction that opens
// the sentence, capitalised ("Y", "E", "Et", "Und", "И").
func (ix *intl) sentenceConjunction(toks []token, i int) bool {
	return i == 0 && len(toks) > 1 && toks[0].word() && toks[0].cap && ix.lx.conjunctions[toks[0].lower]
}

// clauseSubordinatorBefore reports whether the word before toks[lo] is a
// subordinating conjunction of Spanish or Portuguese that opens a clause
// whose subject starts at lo (iberoSubordinators).
func (ix *intl) clauseSubordinatorBefore(toks []token, lo int) bool {
	if lo < 1 || !toks[lo-1].word() {
		return false
	}
	return iberoSubordinators[ix.lx.code][toks[lo-1].lower]
}

// subordinatorAfter returns the index after the last subordinating
// conjunction of iberoSubordinators in toks[s:b] that follows a comma,
// or 0: the clause it opens has a subject of its own, with appositions
// between commas that openingFrom reads from there.
func (ix *intl) subordinatorAfter(toks []token, s, b int) int {
	for c := b - 1; c > s; c-- {
		if toks[c-1].is(",") && ix.clauseSubordinatorBefore(toks, c+1) {
			return c + 1
		}
	}
	return 0
}

// datelineLen is the number of tokens of a wire dateline opening a
// paragraph: a place (capitalised words, "de" between them), then a
// comma before a date or a capitalised word, or an agency in
// parentheses, then up to ten words, digits, commas, periods and
// parentheses, then a dash, with a date (a word starting with a digit) or
// an agency in parentheses among them, and a word after the dash. A
// lower-case word there is a short one ("de", "jun") or a month after its
// day ("3 de junio"). Without one it is 0. "Lima, 3 jun (EFE).- La
// ministra …". A sentence with a date and an aside between dashes is no
// dateline: "El presidente X felicitó el 3 de junio – un día después … –
// a Y", "Lena Dal, de 54 años – exministra … – felicitó …".
func datelineLen(toks []token) int {
	k := datelinePlaceEnd(toks)
	if k == 0 || k+1 >= len(toks) || !(toks[k].is("(") || toks[k].is(",") && toks[k+1].word() && (toks[k+1].cap || startsWithDigit(toks[k+1].lower))) {
		return 0
	}
	dated := false
	for ; k < len(toks)-1 && k <= 11; k++ {
		t := toks[k]
		switch {
		case isDash(t):
			if dated && toks[k+1].word() {
				return k + 1
			}
			return 0
		case t.word() && !t.cap && !startsWithDigit(t.lower):
			if len([]rune(t.lower)) > 3 && !datelineMonth(toks, k) {
				return 0 // "… felicitó el 3 de junio –": a verb, no dateline
			}
		case t.word():
			dated = dated || startsWithDigit(t.lower)
		case t.is(")"):
			dated = dated || toks[k-1].word() && toks[k-1].cap && k >= 2 && toks[k-2].is("(")
		case t.is(",") || t.is(".") || t.is("("):
		default:
			return 0
		}
	}
	return 0
}

// datelinePlaceEnd returns the index after the place that opens a
// dateline (capitalised words, with a short lower-case particle between
// two: "São Tomé", "Río de Janeiro"), or 0.
func datelinePlaceEnd(toks []token) int {
	k := 0
	for k < len(toks) && k < 5 && toks[k].word() {
		switch {
		case toks[k].cap:
		case k > 0 && len([]rune(toks[k].lower)) <= 3 && k+1 < len(toks) && toks[k+1].word() && toks[k+1].cap:
		default:
			return 0 // "El presidente …", "Lena Dal felicitó …"
		}
		k++
	}
	return k
}

// datelineMonth reports whether the lower-case word toks[k] follows a day
// ("3 junio", "3 de junio", "5 juin", "3 июня").
func datelineMonth(toks []token, k int) bool {
	if k >= 2 && toks[k-1].word() && len(toks[k-1].lower) <= 3 && !startsWithDigit(toks[k-1].lower) {
		k-- // "3 de junio"
	}
	return k >= 1 && toks[k-1].word() && startsWithDigit(toks[k-1].lower)
}

// addresseeInfinitive returns where an infinitive clause starts after an
// addressee that opens toks[k] right after a verb of saying ("aos
// jornalistas estar …", "a la prensa no reconocer …"), or -1: a
// preposition of addressing (iberoAddresseePreps), one to three
// lower-case words, none an infinitive ("ao chegar à sede" is a time, not
// an addressee), then a bare or negated infinitive.
func (ix *intl) addresseeInfinitive(toks []token, k int) int {
	preps := iberoAddresseePreps[ix.lx.code]
	if k >= len(toks) || !toks[k].word() || !preps[toks[k].lower] {
		return -1
	}
	ends := infClauseLangs[ix.lx.code]
	for i := k + 1; i < len(toks) && i <= k+3; i++ {
		t := toks[i]
		if !t.word() || t.cap || ix.infinitiveWord(t.lower, ends) && i == k+1 {
			return -1
		}
		if i > k+1 && (ix.negatedInfinitive(toks, i) || ix.bareInfinitive(toks, i)) {
			return i
		}
	}
	return -1
}

// frontedSubordinate reports whether the subject of p opens a subordinate
// clause that opens the sentence ("Cuando el presidente del tribunal, X,
// anunció los resultados, la oposición denunció fraude", "Enquanto o
// ministro X felicitava Y, o partido …"): the main clause follows the
// subordinate one after a comma, so the act ends at the first comma
// after its verb and its object, not with the main clause of another
// subject (which had given X the opposition's "fraude").
func (ix *intl) frontedSubordinate(toks []token, p reportedPart) bool {
	return p.lo == 1 && p.cs > 1 && toks[0].word() && iberoSubordinators[ix.lx.code][toks[0].lower]
}
