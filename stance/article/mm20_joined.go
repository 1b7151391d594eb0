package article

// joinedCo returns the names the subject joined in the act of the verb
// toks[v] ("X joined Chancellor Y in congratulating W", "X joined Y and Z
// to congratulate W"): the names between the joining verb and "in" or
// "to" right before the verb, who did the act first. Only names count:
// "joined other leaders in" names no one, and "joined the talks in
// Paris" has no act after "in".
func (x *extractor) joinedCo(toks []token, v int) []phrase {
	k := v - 1
	if k < 2 || !(toks[k].is("in") || toks[k].is("to")) {
		return nil
	}
	j := joinedIn(toks, k)
	if j == k {
		return nil
	}
	if items := x.joinedAsideCo(toks, k); len(items) > 0 {
		return items // rec22en_joined.go
	}
	items := x.list(toks, j+2)
	if len(items) == 0 || skipOrigin(toks, items[len(items)-1].hi) != k {
		return nil
	}
	for _, it := range items {
		if channelName(toks, it) {
			return nil // "X joined Fox News to denounce W": a guest, not a co-actor
		}
	}
	return items
}

// channelName reports whether the name ph is a broadcaster's or a
// platform's ("Fox News", "Velor Radio", "Reuters"): its last word a
// channelTails word or its first a mediumWords one.
func channelName(toks []token, ph phrase) bool {
	return channelTails[toks[ph.hi-1].lower] || mediumWords[toks[ph.lo].lower]
}

// includingAside reads the names of an aside that lists members of a
// plural subject, with k the comma closing the aside before the verb:
// "Western governments, including Chancellor A of Norland and President
// B, congratulated W". Like amongThem (en17_among.go), the group is no
// speaker and the named members act, each with the group's remark. It
// returns nil unless the aside opens with ", including" at most amongSpan
// tokens back, right after a group of speakers (groupIncluding), and is a
// list of names up to k.
func (x *extractor) includingAside(toks []token, k int) []phrase {
	if k < 4 || !toks[k].is(",") {
		return nil
	}
	for c := k - 2; c > 0 && c >= k-amongSpan; c-- {
		if !toks[c].is("including") {
			continue
		}
		if !toks[c-1].is(",") || !groupIncluding(toks, c) {
			return nil
		}
		items := x.list(toks, c+1)
		if len(items) == 0 || skipOrigin(toks, items[len(items)-1].hi) != k {
			return nil
		}
		return items
	}
	return nil
}

// includingCo is the other names of the includingAside whose first name
// is ph, the subject found back from the verb.
func (x *extractor) includingCo(toks []token, ph phrase) []phrase {
	for k := ph.hi; k < len(toks) && k <= ph.hi+amongSpan; k++ {
		if toks[k].is(",") {
			if items := x.includingAside(toks, k); len(items) > 1 && items[0].lo == ph.lo {
				return items[1:]
			}
			return nil
		}
	}
	return nil
}
