package article

// A German reaction is often an appeal: "Die EU rief die Behörden auf, das
// Ergebnis zu respektieren", "Frankreich rief zur Anerkennung des
// Ergebnisses auf", "Die Afrikanische Union appellierte an beide Lager,
// das Ergebnis anzuerkennen". "rief" alone is a call (intl_call.go: "rief
// … an") or nothing, so the appeal went unread whoever made it ("fordern
// … auf" is read: "forderte" is an act). A form of aufrufen whose particle
// "auf" closes its clause within twelve words (as fgr14_separable.go
// reads "wies … zurück"), or of appellieren followed by "an", is an act
// when the sentence names the vote after the verb (topical): the appeal's
// aim is the stance. "rief beide Seiten zur Ruhe auf" names no vote and
// stays unread; "Niemand rief …" is no one's act.

// gr32AppealAt reports whether toks[v] is such an appeal.
func (ix *intl) gr32AppealAt(toks []token, v int) bool {
	if ix.lx.code != "de" || v > 0 && fgrDeNobody[toks[v-1].lower] {
		return false
	}
	w := toks[v].lower
	switch {
	case gr32DeAppealOn[w]:
		if v+1 >= len(toks) || toks[v+1].lower != "an" {
			return false
		}
	case gr32DeCallUp[w]:
		if !ix.gr32ParticleCloses(toks, v, "auf") {
			return false
		}
	default:
		return false
	}
	end := min(len(toks), v+30)
	words := lowerWords(toks[v+1 : end])
	return ix.lx.topical(words) && ix.rev32grAppealAim(words) // not "rief auf, nach der Wahl zu beten" (rev32gr_narrow.go)
}

// gr32ParticleCloses reports whether the particle part closes the clause
// of the verb toks[v] within twelve words, with no verb the rules know or
// complementizer in between.
func (ix *intl) gr32ParticleCloses(toks []token, v int, part string) bool {
	for k := v + 1; k < len(toks) && k <= v+12; k++ {
		t := toks[k]
		if !t.word() {
			return false
		}
		if t.lower == part {
			return k+1 == len(toks) || toks[k+1].kind == tPunct || lab30mlDeAnds[toks[k+1].lower]
		}
		if ix.lx.speechVerbs[t.lower] || ix.lx.actionVerbs[t.lower] || ix.lx.complementizers[t.lower] {
			return false
		}
	}
	return false
}
