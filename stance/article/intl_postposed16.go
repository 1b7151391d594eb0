package article

// auxiliaryStart returns where the verb group ending with the speech verb
// toks[v] starts: before up to three auxiliaries and preverbs ("a
// affirmé", "a également affirmé", "ha dicho", "avait déclaré"). A clause
// reported before its attribution ends with a comma right before that
// start: "Le scrutin a été truqué, a affirmé Charles Mena." reads as "La
// elección fue un fraude, afirmó Carlos Mena." (reportedBefore); before,
// only a verb right after the comma was read, and French, which reports
// in the compound past, lost these.
func (ix *intl) auxiliaryStart(toks []token, v int) int {
	b := v
	for n := 0; n < 3 && b > 0 && toks[b-1].word() && (ix.lx.preverbs[toks[b-1].lower] || ix.lx.auxiliaries[toks[b-1].lower]); n++ {
		b--
	}
	return b
}

// finalDescription reports whether toks[c] is a comma after a postposed
// attribution's subject that opens a description running to the
// sentence's end ("…, a indiqué Anne Vidal, porte-parole du
// gouvernement."): an office, or a determiner and an office, then at
// most eight words in all, without a further comma, a quotation, a
// complementiser or a verb of speech, which would make it a clause of
// its own ("…, dijo X, y añadió que …", "…, sagte X, ohne sich …
// festzulegen").
func (ix *intl) finalDescription(toks []token, c int) bool {
	if c+2 >= len(toks) || !toks[c].is(",") {
		return false
	}
	o := c + 1
	if toks[o].word() && ix.lx.determiners[toks[o].lower] {
		o++
	}
	if w, _ := ix.core(toks[o].lower); !toks[o].word() || !ix.lx.isRole(w) {
		return false
	}
	words := 0
	for _, t := range toks[c+1:] {
		switch {
		case t.isTerm():
			return words > 0 && words <= 8
		case t.word() && (ix.lx.complementizers[t.lower] || ix.lx.speechVerbs[t.lower] || ix.lx.stops[t.lower] && words == 0):
			return false
		case t.word():
			words++
		case t.kind == tQuote || t.is(",") || t.is(":") || t.is(";"):
			return false
		}
	}
	return words > 0 && words <= 8
}

// afterAdverbial reads the subject of a postposed speech verb toks[v]
// after an addressee or adverbial (pastAdverbial: "…, заявил журналистам
// Карл Мена", "…, a déclaré à l'AFP Charles Mena"): the speaker and a
// stand-in phrase at the verb (the subject is not where reportedBefore
// looks), or nil and no phrase.
func (ix *intl) afterAdverbial(toks []token, v, j int) (*speaker, phrase) {
	spk, ok := ix.pastAdverbial(toks, j)
	if !ok || spk == nil {
		return nil, phrase{}
	}
	return spk, phrase{kind: pPronoun, lo: v, hi: v + 1}
}

// bareCongratulation reports whether the act p, ending at ce, is one verb
// of congratulating: shorter than an act's two words, and still an act
// toward the result (before, "Auch Karl Mena gratulierte." was dropped).
func (ix *intl) bareCongratulation(toks []token, p reportedPart, ce int) bool {
	return p.kind == Action && ce == p.cs+1 && toks[p.cs].word() && hasStem([]string{toks[p.cs].lower}, congratStems[ix.lx.code])
}
