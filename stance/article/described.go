package article

import "cmp"

// Wire reports name a person once and then describe them: "Dmitri Olan
// stopped short of congratulating the president-elect. The 68-year-old
// former general said only …"; "the veteran leader", "the retired judge".
// Such a description is no office of its own. Its age and the words that
// describe the person (personDescriptors) are set aside, and it is resolved
// in this order. (1) The person the sentence before was about — the person
// who opened it and alone said or did something in it ("Dmitri Olan stopped
// short of congratulating Ivo Kask."), in this paragraph or the one before;
// else, in the same paragraph, the one person it named (or opened with,
// naming nobody else; see describedPrev) — when that person's known role
// holds what is left of the office, or the office is one held before ("the
// former prime minister", "the retired general": a president may be both).
// (2) The most recent speaker whose name or role holds what is left, as for
// a definite office ("the 62-year-old opposition leader" after "opposition
// leader Tomas Reed"), when something is left or there is no such person.
// (3) That person, when their role is unknown and the office is a bare
// one ("the 62-year-old leader"): a qualified office names a post of its
// own ("Tomas Reed rejected the count. The 70-year-old commission chairman
// said …" is not Reed). Otherwise the description
// stays an unnamed speaker ("the 38-year-old opposition leader" is not the
// commission chairman quoted before).

// described resolves a definite office that describes a person named
// before, by the rules above; nil when p is no such description.
func (x *extractor) described(p phrase) *speaker {
	var rest []string
	age, past, descr := false, false, false
	for _, m := range p.mods {
		switch {
		case isAge(m):
			age = true
		case pastOffice[m]:
			past = true
		case personDescriptors[m]:
			descr = true
		default:
			rest = append(rest, m)
		}
	}
	if !age && !past && !descr {
		return nil
	}
	l := x.prevActor
	if l == nil && !x.paraFirst {
		l = cmp.Or(canonOf(x.prevNamed), canonOf(x.prevOnlyOpener))
	}
	if l != nil && l.kind != pName {
		l = nil
	}
	if l != nil && (past || l.role != "" && (l.matches(p.head, rest) || leaderHeads[p.head] && l.leads() && len(rest) == 0)) {
		return l
	}
	if e := x.recentOffice(p.head, rest); e != nil && (len(rest) > 0 || l == nil) {
		return e // "the 62-year-old opposition leader" after "opposition leader Tomas Reed"
	}
	if l != nil && l.role == "" && len(rest) == 0 {
		return l // "the 62-year-old leader": a bare office may be theirs
	}
	return nil // "the 70-year-old commission chairman" names a post of its own
}

// recentOffice is the most recent of the last 64 speakers whose name or
// role holds the office head and the modifiers mods, as office finds a
// definite office's; "leader" must be a leading office.
func (x *extractor) recentOffice(head string, mods []string) *speaker {
	for j := len(x.entries) - 1; j >= 0 && j >= len(x.entries)-64; j-- {
		e := x.entries[j].canon()
		if (e.kind == pName || e.kind == pRole) && e.matches(head, mods) && (head != "leader" || e.leads()) {
			return e
		}
	}
	return nil
}

// noteActor sets prevActor as the next sentence begins (the sentence that
// was current becomes the previous one): the speaker of every remark the
// sentence gave, when that is the person who opened it.
func (x *extractor) noteActor(first bool) {
	x.prevActor, x.paraFirst = nil, first
	o := canonOf(x.opener)
	for _, r := range x.remarks[min(x.sentRemarks, len(x.remarks)):] {
		if canonOf(r.spk) != o {
			o = nil
			break
		}
	}
	if len(x.remarks) > x.sentRemarks {
		x.prevActor = o
	}
	x.sentRemarks = len(x.remarks)
}
