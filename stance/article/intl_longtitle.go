package article

// An office too long to parse before a name in apposition. Reports give a
// person's office in full before the name between commas, and the office
// may hold words the phrase rules do not take into an office: a quoted
// name ("Der Anführer der selbst ernannten „Volksrepublik Nord“, X,
// erklärte …", "Le chef du mouvement « Debout », X, a déclaré …"), a
// lower-case adjective or participle, a long chain of complements. When
// the name between the two commas is a person named in full and the words
// before the first comma open the sentence (or a clause after a colon,
// semicolon or dash) with an article or an office and hold no speech verb,
// complementizer or other comma, the name is the subject of the verb after
// the second comma.

// longTitleSpan is how many tokens the office may have: two offices
// joined by "und" with their complements run to 17 ("Der Parteichef der
// rechten Volkspartei in Tarsien und Fraktionschef der „Patrioten“ im
// EU-Parlament, X, schrieb"; ml31_longtitle_test.go), past the 12 first
// allowed.
const longTitleSpan = 20

// longTitleApposition returns the person a, named between the comma at
// toks[a.lo-1] and the verb's comma, when a long office opens the clause
// before it; or an empty phrase.
func (ix *intl) longTitleApposition(toks []token, a phrase) phrase {
	if !longTitleLangs[ix.lx.code] || a.kind != pName || !ix.isPerson(a) || a.lo < 3 || !toks[a.lo-1].is(",") || nicknameAfter(toks, a.hi) {
		return phrase{}
	}
	s := a.lo - 2
	for s >= 0 && a.lo-1-s <= longTitleSpan && (toks[s].word() || ix.titleQuote(toks, s)) {
		if toks[s].word() && (ix.lx.speechVerbs[toks[s].lower] || ix.lx.complementizers[toks[s].lower]) {
			return phrase{}
		}
		s--
	}
	if s >= 0 && !(toks[s].is(":") || toks[s].is(";") || isDash(toks[s]) || ix.openerComma(toks, s)) { // fgr16_openeroffice.go
		return phrase{} // another comma, a quotation or too long
	}
	s++
	if a.lo-1-s < 2 || !toks[s].word() {
		return phrase{}
	}
	w, _ := ix.core(toks[s].lower)
	if !ix.lx.determiners[toks[s].lower] && !ix.lx.isRole(w) || ix.lx.determiners[toks[s].lower] && ix.eventHead(toks[s+1]) {
		return phrase{}
	}
	a.lo = s // the subject opens with its office, where the clause opens
	return a
}

// eventHead reports whether the word after the opening article names an
// event, not an office (eventSuffixes: "Die Verhaftung des Anführers der
// „Front“, X, verurteilte die EU", "L'arrestation du chef du mouvement,
// X, a été condamnée"): the name is the complement of a fronted object or
// of a passive's subject, and no speaker.
func (ix *intl) eventHead(t token) bool {
	w, _ := ix.core(t.lower)
	if !t.word() || ix.lx.isRole(w) {
		return false
	}
	return hasAnySuffix(w, eventSuffixes[ix.lx.code]...)
}

// nicknameAfter reports whether the name's comma at toks[c] is followed by
// a by-name ("Kouadio Konan Bertin, dit KKB, a félicité …"): the word
// after the comma is no speech verb then.
func nicknameAfter(toks []token, c int) bool {
	return c+2 < len(toks) && toks[c].is(",") && toks[c+1].word() && nicknameWords[toks[c+1].lower] && toks[c+2].cap
}
