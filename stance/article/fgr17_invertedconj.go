package article

// invertedConjoinedAct reads a German verb of acting after a comma or
// "und" whose clause put its subject after its first verb (V2 order):
// "Noch vor dem Ergebnis meldete sich Regierungschef X auf der Plattform
// Y zu Wort, feierte das Ergebnis … und schickte Z seine Glückwünsche".
// The later verbs share the subject that follows the first verb; with
// that verb unknown to the rules, the acts had no subject, or took the
// dative after "schickte" for one. The subject is the person named right
// after a lower-case word that is neither a preposition nor a determiner
// (the verb, or "sich" after it), with no comma, quotation or known verb
// between it and v but the comma or "und" before v and the known verbs
// after a comma of the same chain ("…, feierte das Ergebnis und schickte
// W seine Glückwünsche": W, a person after "schickte", is its object).
func (ix *intl) invertedConjoinedAct(toks []token, v int) (reportedPart, bool) {
	if ix.lx.code != "de" || v < 4 || !(toks[v-1].is(",") || toks[v-1].word() && ix.lx.conjunctions[toks[v-1].lower]) {
		return reportedPart{}, false
	}
	for i := v - 2; i > 1; i-- {
		t := toks[i]
		if t.word() && ix.lx.actionVerbs[t.lower] && toks[i-1].is(",") {
			i-- // "…, feierte das Ergebnis und schickte X …": a verb of the same chain
			continue
		}
		if t.is(",") || t.is(";") || t.is(":") || t.kind == tQuote || t.isTerm() || t.word() && (ix.lx.speechVerbs[t.lower] || ix.lx.actionVerbs[t.lower]) {
			return reportedPart{}, false
		}
		if !t.word() || !t.cap || !ix.afterFiniteVerb(toks, i) {
			continue
		}
		p := ix.apposed(toks, i)
		if !ix.isPerson(p) || p.hi > v-1 {
			continue
		}
		if spk := ix.resolve(p); spk != nil {
			return reportedPart{spk: spk, kind: Action, cs: v, lo: v - 1}, true
		}
	}
	return reportedPart{}, false
}

// afterFiniteVerb reports whether the capitalised word toks[i] follows a
// lower-case word that may be a verb (no preposition, determiner,
// conjunction or word that is never a name), or "sich" after one.
func (ix *intl) afterFiniteVerb(toks []token, i int) bool {
	b := i - 1
	if toks[b].word() && toks[b].lower == "sich" {
		b--
	}
	t := toks[b]
	return b > 0 && t.word() && !t.cap && !ix.lx.stops[t.lower] && !ix.lx.determiners[t.lower] && !ix.lx.conjunctions[t.lower] && !ix.lx.notNames[t.lower] && !germanObjectPreps[t.lower]
}

// conjoinedBeforeAfter reads a German verb of acting right after "und"
// whose clause named its subject before: "X sah in dem Ergebnis ein
// Signal und feierte die Partei als Partnerin" — the name after the verb
// is its object, since a verb after "und" shares the subject of the
// clause it joins rather than inverting a subject of its own.
func (ix *intl) conjoinedBeforeAfter(toks []token, v int) (reportedPart, bool) {
	if ix.lx.code != "de" || v < 1 || !toks[v-1].word() || !ix.lx.conjunctions[toks[v-1].lower] {
		return reportedPart{}, false
	}
	if p, ok := ix.conjoinedAct(toks, v); ok {
		return p, true
	}
	return ix.invertedConjoinedAct(toks, v)
}
