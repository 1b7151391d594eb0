package article

import "strings"

// "X went further, giving W an ultimatum to resign" — after "went further"
// (gone, go, goes, going; "still" or "a step" may follow) the participle
// after the comma is the subject's act whatever its verb: the phrase says
// the act outdid a stance told before ("Ivo Kask rejected the count. Lena
// Dal went further, giving the winner a week to resign"). A speech or
// stance participle (", saying", ", calling") was read already; any other
// verb in -ing was not. At most rec27FurtherSpan words may stand between
// "further" and the comma ("went further on state television,").

// rec27FurtherSpan is how many words may follow "further" before the comma.
const rec27FurtherSpan = 6

// rec27FurtherAct reports whether toks[i] is a participle in -ing right
// after the comma that ends "went further …" (see above).
func rec27FurtherAct(toks []token, i int) bool {
	if i < 3 || !toks[i].word() || toks[i].cap || len(toks[i].lower) < 6 || !strings.HasSuffix(toks[i].lower, "ing") || !toks[i-1].is(",") {
		return false
	}
	if sayVerbs[toks[i].lower] || contentVerbs[toks[i].lower] {
		return false // ", saying that …", ", calling …": read as speech and stance verbs are
	}
	for k := i - 2; k >= 1 && k >= i-2-rec27FurtherSpan; k-- {
		t := toks[k]
		if !t.word() {
			return false
		}
		if t.is("further") {
			if rev27FurtherDirections[toks[k+1].lower] || rev27FurtherOffTopic(toks, i) {
				return false // rev27en_narrow.go: "went further north, visiting …"
			}
			p := k - 1
			if toks[p].is("step") && p >= 2 && toks[p-1].is("a") {
				p -= 2 // "went a step further"
			}
			return rec27GoForms[toks[p].lower]
		}
	}
	return false
}
