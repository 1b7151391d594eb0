package article

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
				x.listActions(st, i, j, x.list(toks, j+1))
				return
			}
		}
	}
}

// amongThose handles "Among those congratulating W were A and B" and
// "Among the leaders who sent congratulations was A": the clause between
// "among" and the copula must hold a stance verb, which opens the action
// each listed name gets ("congratulating W").
func (x *extractor) amongThose(st *sentState) {
	toks := st.toks
	if len(toks) < 5 || !toks[0].is("among") {
		return
	}
	v := -1
	for c := 1; c < len(toks) && c <= 15; c++ {
		t := toks[c]
		if !t.word() {
			return
		}
		if v < 0 && (contentVerbs[t.lower] || sendVerbs[t.lower]) {
			v = c
		}
		if copulas[t.lower] && v > 0 {
			x.listActions(st, v, c, x.list(toks, c+1))
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
	for _, f := range x.remarks[st.nRemarks:] {
		if f.QuoteStart < end && start < f.QuoteEnd {
			return
		}
	}
	for _, ph := range names {
		spk := x.resolve(ph)
		x.add(Remark{Text: x.text[start:end], Kind: Action, Start: start, End: end, QuoteStart: start, QuoteEnd: end, Headline: st.headline}, spk, false)
		st.last, st.lastSet = spk, true
	}
}
