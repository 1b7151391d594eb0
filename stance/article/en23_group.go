package article

// A plural office counted or gathered before "of": "A group of Irish
// lawmakers congratulated Berg", "Earlier a delegation of senators had
// gone further, writing to Berg …", "Dozens of mayors welcomed the
// result". The office after "of" looked like the object of a
// preposition, so the verb had no subject; the group is the office.

// groupOfAt reports whether toks[j] is the "of" after a group noun
// (en23GroupNouns) with at most an article and one lower-case word before
// it ("a bipartisan group of"), followed by a plural office (groupRoles)
// within three words: "a group of U.S. lawmakers". "a group of
// protesters" names no office and "the leader of the senators" no group.
func groupOfAt(toks []token, j int) bool {
	if j < 1 || !toks[j].is("of") || !toks[j-1].word() || !en23GroupNouns[toks[j-1].lower] {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+4; k++ {
		t := toks[k]
		if !t.word() && !t.is(".") {
			return false
		}
		if t.word() && groupRoles[t.lower] {
			return true
		}
	}
	return false
}

// groupSubject is the subject of the participle toks[v] after a comma
// when the clause before the comma is told of a counted group of an
// office: "Earlier in the week a group of U.S. lawmakers had gone further,
// writing to Berg to congratulate her". The group's "of" is the first
// "of" of the sentence, within groupSubjectSpan tokens of its start, with
// words only before it; between the office and the comma stand words only,
// none a speech or stance verb (the clause is the group's own).
func (x *extractor) groupSubject(toks []token, v int) phrase {
	if v < 2 || !toks[v-1].is(",") {
		return phrase{}
	}
	for j := 1; j < v-1 && j <= groupSubjectSpan; j++ {
		if !toks[j].word() && !toks[j].is(".") {
			return phrase{}
		}
		if !toks[j].is("of") {
			continue
		}
		if !groupOfAt(toks, j) {
			return phrase{}
		}
		r := j + 1
		for r < v-1 && !(toks[r].word() && groupRoles[toks[r].lower]) {
			r++
		}
		ph := backward(x.text, toks, r) // "U.S. lawmakers": read back from the office
		if ph.kind != pGroup && ph.kind != pRole || ph.lo <= j || ph.hi >= v-1 {
			return phrase{}
		}
		for _, t := range toks[ph.hi : v-1] {
			if !t.word() || sayVerbs[t.lower] || contentVerbs[t.lower] {
				return phrase{}
			}
		}
		return ph
	}
	return phrase{}
}

// groupSubjectSpan is how far into the sentence the group's "of" may come.
const groupSubjectSpan = 10
