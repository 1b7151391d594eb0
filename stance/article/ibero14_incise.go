package article

// A speech verb alone between commas inside the clause of the person who
// opens the sentence: "A chefe da diplomacia europeia, X, viu no
// resultado uma adesão clara ao projeto europeu, mesmo depois de uma
// campanha marcada, disse, pela compra de votos", "El canciller X
// consideró el resultado una victoria de la democracia, dijo, y no de un
// partido". The reporter marks the clause as the subject's words with
// the incise; the clause's own verb ("viu", "consideró") may be one the
// rules do not know, so nothing else read it. inciseSpeech
// (intl_incise.go) reads such an incise when the sentence names no one;
// here a person named with an office opens the sentence, as a reporter
// introduces a speaker, and is followed by a lower-case word or the
// comma closing the apposition, and the text runs from after them to the
// incise's comma. A name alone may be the subject of a clause someone
// named before says ("X, jefe de la misión, comparece. Pablo Y ganó sin
// fraude, afirma, …"), and is left to inciseSpeech.
// A quotation, a semicolon, a colon or another speech verb before the
// incise, or a second person named before it as a new clause's subject
// (after a conjunction or a comma), leaves it alone.

// openerIncise returns the clause of the sentence's opening person
// before the incise verb toks[v], or false.
func (ix *intl) openerIncise(toks []token, v int) (reportedPart, bool) {
	if !iberoTitleLangs[ix.lx.code] || v < 4 || !toks[v-1].is(",") || v+1 < len(toks) && !toks[v+1].is(",") && !toks[v+1].isTerm() {
		return reportedPart{}, false
	}
	p := ix.apposed(toks, 0)
	if !ix.isPerson(p) || p.role == "" || p.hi >= v-1 {
		return reportedPart{}, false
	}
	cs := p.hi
	if toks[cs].is(",") {
		cs++
	}
	if !toks[cs].word() || toks[cs].cap || iberoRelatives[toks[cs].lower] {
		return reportedPart{}, false // "La ministra X, que es hermana del presidente, dijo, según …, que …": the verb is the main clause's (found probing)
	}
	for k, t := range toks[cs : v-1] {
		if t.kind == tQuote || t.is(";") || t.is(":") || t.word() && ix.lx.speechVerbs[t.lower] {
			return reportedPart{}, false
		}
		if k > 0 && t.word() && t.cap && ix.isPerson(ix.apposed(toks, cs+k)) && ix.newSubjectAt(toks, cs+k) {
			return reportedPart{}, false // another person, named as a subject: "… y Lena Dal vio …, dijo"
		}
	}
	return reportedPart{spk: ix.resolve(p), kind: Reported, cs: cs, lo: 0, fixed: v - 1}, true
}

// newSubjectAt reports whether the name at toks[i] opens a clause of its
// own: it follows a comma or a conjunction, not a verb or preposition
// whose object it is.
func (ix *intl) newSubjectAt(toks []token, i int) bool {
	t := toks[i-1]
	return t.is(",") || t.word() && ix.lx.conjunctions[t.lower]
}
