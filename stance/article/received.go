package article

import "strings"

// Congratulations reported from the winner's side: the actors are the
// objects of "from" or the subjects after an inverted copula, so the verb
// rules (which look for a subject before a verb) miss them.

// receivedFrom handles "W received congratulations from A, B and C" (also
// "congratulatory calls", "messages"): each of A, B and C gets the action
// "received congratulations", which the verb rule reads by its greeting
// noun. The list after "from" must be names.
func (x *extractor) receivedFrom(st *sentState) {
	toks := st.toks
	for i, t := range toks {
		if !t.word() || !receiveVerbs[t.lower] {
			continue
		}
		greeting := false
		for j := i + 1; j < len(toks) && j <= i+5; j++ {
			if !toks[j].word() {
				break
			}
			if greetingNouns[toks[j].lower] || callNouns[toks[j].lower] || toks[j].lower == "congratulatory" {
				greeting = true
				continue
			}
			if toks[j].is("from") && greeting {
				x.listActions(st, i, j, x.fromLists(toks, j+1)) // en22_from.go
				return
			}
		}
	}
}

// amongThose handles "Among those congratulating W were A and B",
// "Among the leaders who sent congratulations was A" and "Also
// congratulating W was A" (frontedParticiple): the clause between
// "among" (or "also") and the copula must hold a stance verb, which opens
// the action each listed name gets ("congratulating W").
func (x *extractor) amongThose(st *sentState) {
	toks := st.toks
	v := en32Fronted(toks) // en32_fronted.go: "First to call was A"
	if len(toks) < 4 || !(toks[0].is("among") || frontedParticiple(toks) || v > 0) {
		return
	}
	for c := 1; c < len(toks) && c <= 15; c++ {
		t := toks[c]
		if !t.word() && !amongColon(toks, c, v) { // rec31en_among.go
			return
		}
		if v < 0 && (contentVerbs[t.lower] || sendVerbs[t.lower]) {
			v = c
		}
		if (copulas[t.lower] || amongColon(toks, c, v)) && v > 0 {
			x.listActions(st, negatedFrom(toks, v), c, x.en32CopulaActors(toks, c+1)) // rev31en_narrow.go, en32_fronted.go
			return
		}
	}
}

// listActions gives each of names the action toks[lo:hi], unless a remark
// of the sentence already covers part of it.
func (x *extractor) listActions(st *sentState, lo, hi int, names []phrase) {
	if len(names) == 0 || hi <= lo {
		return
	}
	start, end := st.toks[lo].start, st.toks[hi-1].end
	if k := x.enclosingReport(st, start, end, names[len(names)-1].hi); k >= 0 {
		start, end = x.remarks[k].Start, x.remarks[k].End // mm21_within.go: inside a reported clause
	} else {
		for _, f := range x.remarks[st.nRemarks:] {
			if f.QuoteStart < end && start < f.QuoteEnd {
				return
			}
		}
	}
	for _, ph := range names {
		spk := x.resolve(ph)
		x.add(Remark{Text: x.text[start:end], Kind: Action, Start: start, End: end, QuoteStart: start, QuoteEnd: end, Headline: st.headline}, spk, false)
		st.last, st.lastSet = spk, true
	}
}

// frontedParticiple reports whether the sentence opens with a stance verb
// in -ing, after "also" or not: "Also congratulating W was A", "Welcoming
// the result were A and B".
func frontedParticiple(toks []token) bool {
	k := 0
	if toks[0].is("also") {
		k = 1
	}
	t := toks[k]
	return t.word() && strings.HasSuffix(t.lower, "ing") && (contentVerbs[t.lower] || sendVerbs[t.lower])
}

// cameFrom handles "Congratulations also came from A, B and C" and
// "Messages of congratulation poured in from A and B": the sentence (after
// any dateline) opens with a greeting (a greeting noun or "congratulatory"
// within its first four words), then a verb of arrival, then "from" and
// persons (not "from Europe and beyond"). Each gets the action from the greeting to "from", which the
// verb rule reads by its greeting word. A negation before "from" ("have
// not yet come", "No congratulations came") makes no act: the verb rule
// would read the greeting word as recognising.
func (x *extractor) cameFrom(st *sentState) {
	toks := st.toks
	start := x.datelineEnd(toks)
	greeting, arrived := false, false
	for j := start; j < len(toks) && j <= start+8; j++ {
		t := toks[j]
		if !t.word() {
			return
		}
		switch {
		case j < start+4 && (greetingNouns[t.lower] || t.lower == "congratulatory"):
			greeting = true
		case negations[t.lower] || t.lower == "no" || strings.HasSuffix(t.lower, "n't"):
			return // "Congratulations have not yet come from X", "No congratulations came from X": nobody's act
		case arrivalVerbs[t.lower]:
			arrived = true
		case t.is("from") && greeting && arrived:
			x.listActions(st, start, j, x.persons(x.list(toks, j+1)))
			return
		}
	}
}

// persons keeps the phrases of names that are people: an office, or a
// name with a title, of several words, or met before. A lone capitalised
// word may be a place ("from Europe and beyond").
func (x *extractor) persons(names []phrase) []phrase {
	var out []phrase
	for _, ph := range names {
		if ph.kind == pRole || ph.kind == pName && (ph.titled || strings.Contains(ph.name, " ") || x.known(ph.name)) {
			out = append(out, ph)
		}
	}
	return out
}
