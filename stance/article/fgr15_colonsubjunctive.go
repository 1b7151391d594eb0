package article

// colonSubjunctive reads a German sentence whose clause after a colon is
// in the subjunctive of reported speech, with no verb of saying before
// the colon: "X, Chef der Y, gab sich zurückhaltender: Einsprüche seien
// ein demokratisches Recht, …", "Zurückhaltender blieb der Abgeordnete X:
// Man müsse abwarten." The subjunctive marks the clause as what the
// clause's subject said, as the colon introduces a quotation ("X war
// deutlich: „…“"); before, only a quotation after such a colon had a
// speaker. The subject is a person named in full or with an office who
// opens the clause (colonSubject), not after a preposition ("Nach dem
// Treffen mit Präsident X wurde es deutlich: …"), or closes it after the
// verb (colonEndSubject); a sentence that names a source of its own
// (ownSourceDe) is that source's. A verb of receiving before the colon
// ("X erhielt einen Brief von Y: Die Wahl sei gültig") makes the clause
// what X was told, not what X said.
func (ix *intl) colonSubjunctive(toks []token) (reportedPart, bool) {
	if ix.lx.code != "de" || ix.ownSourceDe(toks) {
		return reportedPart{}, false // "…: Y werde „…“, schrieb er" attributes itself
	}
	c := -1
	for k, t := range toks {
		if t.kind == tQuote || t.word() && (ix.lx.speechVerbs[t.lower] || deReceiveVerbs[t.lower]) {
			return reportedPart{}, false
		}
		if t.is(":") {
			c = k
			break
		}
	}
	if c < 2 || !ix.subjunctiveAhead(toks, c+1) {
		return reportedPart{}, false
	}
	p := ix.colonSubject(toks, 0, c)
	if !p.ok() {
		p = ix.colonEndSubject(toks, 0, c)
	}
	if !ix.isPerson(p) || p.lo > 0 && toks[p.lo-1].word() && germanObjectPreps[toks[p.lo-1].lower] {
		return reportedPart{}, false
	}
	return reportedPart{spk: ix.resolve(p), kind: Reported, cs: c + 1, lo: 0}, true
}

// subjunctiveAhead reports whether one of reportedSubjunctives stands in
// lower case within the first eight tokens from toks[from], after no
// pronoun of the first person, subordinating word or sentence end
// ("Man müsse abwarten", "Einsprüche seien …"; not "Ich habe …", "Ob
// sie komme, sei offen").
func (ix *intl) subjunctiveAhead(toks []token, from int) bool {
	for k := from; k < len(toks) && k < from+8; k++ {
		t := toks[k]
		if t.is(",") {
			continue
		}
		if !t.word() || firstPersonDe[t.lower] || subordinatorsDe[t.lower] || ix.lx.complementizers[t.lower] {
			return false
		}
		if k > from && !t.cap && deSubjunctive(toks, k) { // "Man nehme …" (gr20_subjunctive.go)
			return true
		}
	}
	return false
}
