package article

import "strings"

// A sentence may open with a person described by a profession the phrase
// grammar does not know, run straight into their name: "Veteran radio
// commentator Ivo Kask went further, saying …", "The civic committee
// leader Lena Dal has gone further, calling …", "Norlandic pastor Otto
// Kell told the crowd …". Read forward, the phrase stops at the first
// unknown word ("Veteran", "The civic"), so the sentence had no opening
// person and a participle after a comma (", saying") no subject.
//
// rec27ProfessionName reads such an opening from toks[start]: an optional
// article, one to four words of description (the first may be capitalised,
// "Veteran", "Cuban"; the others are lower-case nouns or modifiers, no
// preposition or verb), the last of them a person's occupation
// (rec27Occupation), then a name of two words or more followed by a
// lower-case word (its verb) or a comma. "Crowds cheered Lena Dal as …"
// (no occupation before the name) and "Supporters of Lena Dal said"
// (a preposition) are none.
func (x *extractor) rec27ProfessionName(toks []token, start int) phrase {
	j := start
	if j < len(toks) && toks[j].word() && (toks[j].is("the") || toks[j].is("a") || toks[j].is("an")) {
		j++
	}
	n := j
	for ; n < len(toks) && n < j+4; n++ {
		t := toks[n]
		if !t.word() || (t.cap && n > j) {
			break
		}
		if !t.cap && (!plainNoun(t.lower) || originPreps[t.lower] || objectPreps[t.lower] || rev27DescribedVerb(toks, j, n)) { // rev27en_narrow.go
			return phrase{}
		}
	}
	if n == j || n >= len(toks) || !toks[n].cap || toks[n-1].cap || !rec27Occupation(toks[n-1].lower) {
		return phrase{}
	}
	nm := forwardRun(x.text, toks, n)
	if nm.kind != pName || nm.lo != n || !strings.Contains(nm.name, " ") || nm.hi >= len(toks) {
		return phrase{}
	}
	if after := toks[nm.hi]; !after.is(",") && !(after.word() && !after.cap) {
		return phrase{}
	}
	nm.role = strings.TrimSpace(strings.TrimSpace(span(x.text, toks, j, n)) + " " + nm.role)
	nm.lo, nm.titled = start, true
	nm.text = span(x.text, toks, start, nm.hi)
	return nm
}

// rec27Occupation reports whether w names a person's occupation or office.
func rec27Occupation(w string) bool {
	return personRoles[w] || commentatorNouns[w] || memberWords[w] || rec27Occupations[w]
}
