package article

// This file holds the eighteenth session's plural "they" for a list of
// people: "In a joint letter signed by Jo Roe, Lena Dal and Marek Tamm,
// they said the vote had been rigged", "Ana Berg and Tom Lind met on
// Tuesday. They said the result could not stand." "they" as a speaker
// was only a group named just before ("the opposition parties … They
// said"); after a list of named people it went to nobody, or to a group
// of an earlier sentence.

// theyList returns the people a subject "they" (ph) stands for: the
// last list of two or more people named earlier in the sentence, when no
// other person and no group comes between it and "they" and the list
// opens the sentence or follows a comma or a preposition ("signed by",
// "talks between"), not a verb (its objects); else the list
// of people that opened the previous sentence. Nothing when a group was
// named in this sentence (lastGroup is then what "they" means).
func (x *extractor) theyList(toks []token, ph phrase) []phrase {
	if ph.kind != pAnonymous || ph.word != "they" || x.lastGroup != nil && x.groupSent == x.sentNo {
		return nil
	}
	var last []phrase
	for j := 0; j < ph.lo; {
		if !toks[j].word() || !toks[j].cap {
			j++
			continue
		}
		items := x.list(toks, j)
		if len(items) == 0 || items[len(items)-1].hi > ph.lo {
			j++
			continue
		}
		if people := x.persons(items); len(people) > 0 {
			last = people
			if j > 0 && toks[j-1].word() && !blockedBefore[toks[j-1].lower] {
				last = nil // "Rebels met Jo Roe and Ivo Kask, and they said": objects
			}
		}
		j = items[len(items)-1].hi
	}
	if x.namedList(toks, last) {
		return last
	}
	if last == nil && x.listSent == x.sentNo-1 && len(x.prevList) > 1 {
		return x.prevList
	}
	return nil
}

// namedList reports whether items is a list of two or more people,
// coordinated: "and" before the last.
func (x *extractor) namedList(toks []token, items []phrase) bool {
	if len(items) < 2 {
		return false
	}
	lo := items[len(items)-1].lo
	return lo > 0 && toks[lo-1].is("and")
}

// noteOpenList remembers the list of people a sentence opens with ("Ana
// Berg and Tom Lind met on Tuesday."), for a "They" in the next one.
func (x *extractor) noteOpenList(toks []token) {
	x.prevList, x.listSent = x.openList, x.sentNo-1
	x.openList = nil
	items := x.list(toks, x.datelineEnd(toks))
	if people := x.persons(items); len(people) == len(items) && x.namedList(toks, items) {
		x.openList = items
	}
}
