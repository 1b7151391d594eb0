package article

// A surname that opens with particles and stands without a given name:
// "De Klerk said", "Van den Berg said", "Le Pen added", "… dos Santos
// told reporters". particleAt only joins particles between two
// capitalised words ("Pedro dos Santos"); alone, the surname lost its
// particles ("Berg") or its speaker ("De Klerk", read as no name). Which
// particles may open such a surname: surnameParticles
// (lexicon_clause14.go).

// particleSurnameStart returns the first particle of a particle-led
// surname whose particles end at toks[j]: toks[a..j] are name particles
// (the first one in surnameParticles), toks[j+1] is a capitalised name
// word, and toks[a-1] is no capitalised word (else the particles sit
// inside a full name, particleAt's case). It returns -1 otherwise; lo
// bounds the search.
func particleSurnameStart(toks []token, lo, j int) int {
	if j+1 >= len(toks) || !nameWord(toks[j+1]) {
		return -1
	}
	a := j
	for a >= lo && toks[a].word() && nameParticles[toks[a].lower] && j-a < 3 {
		a--
	}
	a++
	if a > j || !surnameParticles[toks[a].lower] || a-1 >= lo && nameWord(toks[a-1]) {
		return -1
	}
	return a
}

// particleLed reports whether the name toks[ns:] that interpret found
// opens with the particles of a surname used alone ("De Klerk", "Senator
// dos Santos"), which may then open a name.
func particleLed(toks []token, lo, ns int) bool {
	e := ns
	for e+1 < len(toks) && toks[e+1].word() && nameParticles[toks[e+1].lower] {
		e++
	}
	return particleSurnameStart(toks, lo, e) == ns
}
