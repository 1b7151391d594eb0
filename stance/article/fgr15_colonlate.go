package article

import "strings"

// colonEndSubject returns the person named in full that closes the
// clause toks[start:end] before a colon, after its verb, in a language
// whose subject follows the verb when something else opens the sentence:
// "Nüchterner sieht es der konservative Abgeordnete X: „…“", "Иначе
// смотрит на это депутат X: «…»". The quotation after the colon is
// theirs. A person after a preposition or, in Russian, in an oblique case
// is an object ("Gratulationen gingen an Präsident X: …"), and the clause
// must have a lower-case word before the person (its verb): a clause of
// the name alone is read by before.
func (ix *intl) colonEndSubject(toks []token, start, end int) phrase {
	preps := russianObjectPreps
	switch {
	case ix.lx.capNouns:
		preps = germanObjectPreps
	case !ix.lx.freeOrder:
		return phrase{}
	}
	verb := false
	for i := start; i < end; i++ {
		t := toks[i]
		if !t.word() {
			continue
		}
		if i > start && !t.cap {
			verb = true
		}
		if preps[t.lower] && i+1 < end {
			if e := ix.complementEnd(toks, i); e > i+2 && ix.lx.determiners[toks[i+1].lower] {
				i = e - 1 // "von einer Bürgerinitiative" (fgr17_colonaffil.go)
				continue
			}
			if w, _ := ix.core(toks[i+1].lower); !toks[i+1].cap && !ix.lx.isRole(w) {
				continue // "на это депутат X": a pronoun after the preposition
			}
			if q := ix.apposed(toks, i+1); q.ok() {
				i = q.hi - 1 // "an Präsident X": a complement, office and name
			}
			continue
		}
		if !verb {
			continue
		}
		p := ix.apposed(toks, i)
		if ix.affiliatedAtEnd(toks, p, end, preps) {
			return p // "Lena Dal von einer Bürgerinitiative: „…“" (fgr17_colonaffil.go)
		}
		if p.hi != end || !ix.isPerson(p) || p.role == "" && !strings.Contains(p.name, " ") || hasWordOf(toks[p.lo:p.hi], preps) {
			continue // "sofort an Präsident X" is no phrase of a subject
		}
		if ix.lx.inflected && oblique(strings.ToLower(strings.Fields(p.name)[0])) {
			return phrase{}
		}
		return p
	}
	return phrase{}
}

// hasWordOf reports whether one of ts is a word of set.
func hasWordOf(ts []token, set map[string]bool) bool {
	for _, t := range ts {
		if t.word() && set[t.lower] {
			return true
		}
	}
	return false
}
