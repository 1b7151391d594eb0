package article

// followedFrom handles a greeting followed by others of its kind: "Dal's
// call was soon followed by others from A, B and C", "The first message
// was followed by messages from A and B". The subject before the copula
// holds a greeting or call noun (greetingNouns, callNouns), "by" has at
// most followedSpan lower-case words before "from", and the list after
// "from" must be persons; each gets the act from the sentence's start to
// "from", which the verb rule reads by its greeting word. The first
// greeting's sender (the possessor) has an act of its own elsewhere.
func (x *extractor) followedFrom(st *sentState) {
	toks := st.toks
	start := x.datelineEnd(toks)
	for i := start + 2; i+3 < len(toks); i++ {
		if !toks[i].is("followed") || !toks[i+1].is("by") {
			continue
		}
		if !followedGreeting(toks, start, i) {
			return
		}
		for j := i + 2; j < len(toks) && j <= i+2+followedSpan; j++ {
			if toks[j].is("from") {
				if followedKind(toks, j) { // rev31en_narrow.go
					x.followers(st, start, i, j)
				}
				return
			}
			if !toks[j].word() || toks[j].cap {
				return
			}
		}
		return
	}
}

// followers gives the persons listed after "from" (toks[j]) the act of
// the greeting's sender when there is one (followedRemark), or else the
// act toks[start:j].
func (x *extractor) followers(st *sentState, start, i, j int) {
	names := x.persons(x.fromLists(st.toks, j+1))
	r, ok := x.followedRemark(st.toks, start, i)
	if !ok {
		x.listActions(st, start, j, names)
		return
	}
	for _, ph := range names {
		spk := x.resolve(ph)
		x.add(r, spk, false)
		st.last, st.lastSet = spk, true
	}
}

// followedGreeting reports whether toks[start:i] is a subject holding a
// greeting or call noun, then a copula, at most one adverb ("was soon
// followed"), the passive "followed" being toks[i].
func followedGreeting(toks []token, start, i int) bool {
	c := i - 1
	if c > start && !copulas[toks[c].lower] {
		c-- // "soon", "quickly"
	}
	if c <= start || !copulas[toks[c].lower] || c-start > followedSubjectSpan {
		return false
	}
	for _, t := range toks[start:c] {
		if t.word() && (greetingNouns[t.lower] || callNouns[t.lower]) {
			return true
		}
	}
	return false
}

// followedSpan is how many words may stand between "followed by" and
// "from" ("others", "similar calls"); followedSubjectSpan how long the
// greeting's subject may be.
const (
	followedSpan        = 3
	followedSubjectSpan = 8
)

// followedRemark is the act of the greeting's sender that the followers
// repeat: the possessive name in toks[start:c] ("Dal's call was
// followed by others from …") must be a known speaker with an act among
// the last followedBack remarks. The followers' acts are then that act:
// "others" are more of the same congratulations.
func (x *extractor) followedRemark(toks []token, start, c int) (Remark, bool) {
	for k := start; k < c; k++ {
		if !toks[k].word() || !toks[k].cap || !isPossessive(toks[k].lower) {
			continue
		}
		ph := x.possessorAt(toks, k)
		if !ph.ok() || !x.known(ph.name) {
			return Remark{}, false
		}
		spk := x.resolve(ph)
		for n := len(x.remarks) - 1; n >= 0 && n >= len(x.remarks)-followedBack; n-- {
			if r := x.remarks[n]; r.spk == spk && r.Kind == Action && !r.Headline {
				return r.Remark, true
			}
		}
		return Remark{}, false
	}
	return Remark{}, false
}

// followedBack is how many remarks back the sender's act may be.
const followedBack = 4
