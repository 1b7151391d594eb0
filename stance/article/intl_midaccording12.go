package article

// An attribution to the person just named by a pronoun between commas
// inside a sentence: "X mostró copias de actas que, según él, fueron
// alteradas", "X a montré des procès-verbaux qui, selon lui, ont été
// falsifiés". The clause after the second comma is what the person holds,
// as it is when the attribution opens the sentence (ownAccording). The
// person is the one named in full before it in the sentence, or in the
// previous one.

// midAccording adds to parts the clause of a pronoun attribution between
// commas when no part comes before it: after a part, the attribution is
// inside that part's clause or act ("X dijo que el órgano, que, según él,
// nació …"; "a dénoncé un « … » rendu possible, selon lui, par …"), whose
// remark already holds it.
func (ix *intl) midAccording(toks []token, parts []reportedPart) []reportedPart {
	for i := 1; i < len(toks); i++ {
		if !toks[i-1].is(",") {
			continue
		}
		if ps := ix.pluralAccordingParts(toks, i); len(ps) > 0 && (len(parts) == 0 || parts[0].lo >= i) {
			return append(ps, parts...) // "A и B …: X, по их словам, …" (fgr18_plural.go)
		}
		n := matchPhrase(toks, i, ix.lx.pronounAccording)
		if n == 0 || i+n+1 >= len(toks) || !toks[i+n].is(",") || !toks[i+n+1].word() {
			continue
		}
		if len(parts) > 0 && parts[0].lo < i {
			return parts
		}
		spk := ix.pronounHolder(i)
		if spk == nil {
			return parts
		}
		p := reportedPart{spk: spk, kind: Reported, cs: i + n + 1, lo: i}
		return append([]reportedPart{p}, parts...)
	}
	return parts
}

// pronounHolder is the person named in full before toks[i] in the
// sentence, or in the previous one, or nil.
func (ix *intl) pronounHolder(i int) *speaker {
	switch {
	case ix.lastNamed == nil || ix.x.sentNo-ix.lastNamedSent > 1:
		return nil
	case ix.lastNamedSent == ix.x.sentNo && ix.lastNamedLo > i:
		if ix.earlierNamed != nil && ix.x.sentNo-ix.earlierNamedSent == 1 {
			return ix.earlierNamed.canon()
		}
		return nil
	}
	return ix.lastNamed.canon()
}

// innerActor reports whether parts[i] is the act of the subject of the
// clause that the part before it reports, sharing its text ("O chanceler
// X declarou que Buenos Aires não aceitará “…”"): the quotation inside
// that clause is the reporter's words, not the inner subject's.
func innerActor(parts []reportedPart, i int) bool {
	return i > 0 && parts[i].kind == Action && parts[i-1].kind == Reported && parts[i-1].cs == parts[i].cs && parts[i-1].spk != nil
}
