package article

import "strings"

// A person before a colon may carry an affiliation after a preposition
// ("Noch deutlicher wurde Lena Dal von einer Bürgerinitiative: „…“",
// "Резче высказалась Лена Дал из штаба оппозиции: «…»"): colonEndSubject
// looked for the subject ending at the colon, and found the affiliation's
// noun ("Bürgerinitiative") where the person stands before it.

// complementEnd returns where the complement that the preposition
// toks[i] opens ends, past a determiner ("von einer Belgrader
// Bürgerinitiative"), or i+1 when no phrase follows.
func (ix *intl) complementEnd(toks []token, i int) int {
	j := i + 1
	if j < len(toks) && toks[j].word() && !toks[j].cap && ix.lx.determiners[toks[j].lower] {
		j++
	}
	if j >= len(toks) || !toks[j].word() {
		return i + 1
	}
	if q := ix.apposed(toks, j); q.ok() {
		return q.hi
	}
	return i + 1
}

// affiliatedAtEnd reports whether the person p is followed, up to end,
// by one complement that a preposition of preps opens: p is then the
// subject before the colon at end.
func (ix *intl) affiliatedAtEnd(toks []token, p phrase, end int, preps map[string]bool) bool {
	if p.hi >= end || !toks[p.hi].word() || !preps[toks[p.hi].lower] || !ix.isPerson(p) {
		return false
	}
	if p.role == "" && !strings.Contains(p.name, " ") {
		return false
	}
	return ix.complementEnd(toks, p.hi) == end
}
