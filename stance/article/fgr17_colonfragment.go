package article

// colonFragment returns, for a German sentence whose last part before a
// colon is a named person's act, the verbless fragment after the colon
// as that person's act: "Die Parteichefin X reagierte gleich auf die
// erste Hochrechnung: Glückwünsche an den Wahlsieger, dazu ein Bild der
// beiden." The colon sums up what the person sent or said in note form;
// the act before it ("reagierte …") says nothing of its stance. An act,
// not a reported remark, so that the verb rules read the note's nouns
// ("Glückwünsche an den Wahlsieger" as recognising; as a reported remark
// the model read it as hostile). A fragment has no quotation and no verb: each lower-case word
// is a preposition, determiner, conjunction or word that is never a name
// (German writes every noun capitalised), and at least one word is
// capitalised.
func (ix *intl) colonFragment(toks []token, parts []reportedPart) (reportedPart, bool) {
	if ix.lx.code != "de" || len(parts) == 0 {
		return reportedPart{}, false
	}
	c := -1
	for k, t := range toks {
		if t.is(":") {
			c = k
			break
		}
	}
	last := parts[len(parts)-1]
	if c < 2 || c+2 >= len(toks) || last.kind != Action || last.cs >= c || last.spk == nil || last.spk.canon().kind != pName {
		return reportedPart{}, false
	}
	caps := 0
	for _, t := range toks[c+1:] {
		switch {
		case t.kind == tQuote:
			return reportedPart{}, false
		case !t.word():
		case t.cap:
			caps++
		case !(ix.lx.stops[t.lower] || ix.lx.determiners[t.lower] || ix.lx.conjunctions[t.lower] || germanObjectPreps[t.lower] || deFragmentWords[t.lower]):
			return reportedPart{}, false
		}
	}
	if caps == 0 {
		return reportedPart{}, false
	}
	return reportedPart{spk: last.spk.canon(), kind: Action, cs: c + 1, lo: c + 1}, true
}

// withColonFragment returns parts with the colon's fragment after them
// when there is one.
func (ix *intl) withColonFragment(toks []token, parts []reportedPart) []reportedPart {
	if p, ok := ix.colonFragment(toks, parts); ok {
		return append(parts, p)
	}
	return parts
}
