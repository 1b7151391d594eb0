package article

// en32PluralHead steps over a plural office that heads a list of names,
// toks[j] being its first word, and returns the index of the first name,
// or j: "calls from the leaders of Japan and Korea" (an ofListHeads word
// and "of"), "messages from leaders including A and B", "from world
// leaders such as A and B" (any groupRoles word, with up to two
// modifiers, and "including" or "such as"). The names are the actors the
// list rules want; the office was no name, so the list was empty. A
// name must follow ("the leaders of the two parties" is no list).
func (x *extractor) en32PluralHead(toks []token, j int) int {
	k := j
	if k < len(toks) && toks[k].word() && determiners[toks[k].lower] {
		k++
	}
	h := k
	for h < len(toks) && h < k+3 && toks[h].word() && !groupRoles[toks[h].lower] && (roleModifiers[toks[h].lower] || !toks[h].cap) {
		h++
	}
	if h+1 >= len(toks) || !toks[h].word() || !groupRoles[toks[h].lower] {
		return j
	}
	n := h + 1
	switch {
	case toks[n].is("of") && ofListHeads[toks[h].lower] && h == k:
		n++
	case toks[n].is("including"):
		n++
	case toks[n].is("such") && n+1 < len(toks) && toks[n+1].is("as"):
		n += 2
	default:
		return j
	}
	if n >= len(toks) || forwardRun(x.text, toks, n).kind != pName {
		return j
	}
	return n
}

// en32FromHead reports whether toks[j] is the "from" after a plural body
// of envoys (en32FromHeads) that opens a list of the bodies or countries
// that sent them, each an actor: "Observers from the European Union and
// the African Union said …", "Observer missions from A, B and C
// expressed concern" (ofListHead).
func en32FromHead(toks []token, j int) bool {
	return j >= 1 && toks[j].is("from") && toks[j-1].word() && en32FromHeads[toks[j-1].lower]
}

// en32HeadModifiers steps back from the plural head toks[h] over at most
// two modifiers of an office ("Observer missions", "election monitors",
// "European observers") and returns where the office starts.
func en32HeadModifiers(toks []token, h int) int {
	for k := 0; k < 2 && h > 0 && toks[h-1].word() && (roleModifiers[toks[h-1].lower] || personRoles[toks[h-1].lower]); k++ {
		h--
	}
	return h
}

// en32FromListed reports whether the body b found after the "from" of
// observers (missionBody) is the last of a list ("Observers from the
// European Union and the African Union said"): its span must stay its
// own, so coSubjects reads the list back to the "from" (ofListHead) and
// every body speaks, not the last alone.
func en32FromListed(toks []token, b phrase) bool {
	return b.lo > 0 && (toks[b.lo-1].is("and") || toks[b.lo-1].is(","))
}
