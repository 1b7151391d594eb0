package article

// A German phone call told alone ("Serbiens X rief an", "Y rief am Abend
// an, Z schickte ein Telegramm"): in a roundup of reactions the call is
// the congratulation, as "telefonierte" with a congratulation is. The
// verb of deCalls with its particle "an" closing the clause, before a
// punctuation mark or the end, is an act; "rief zu Protesten auf", "rief
// die Bürger an, …" (an object: a call on someone) and "rief an, um zu
// protestieren" (a purpose clause) are not.

// callAt reports whether toks[v] is a German call told alone: "an" after
// it, past adverbs and a short adverbial opening with a preposition ("rief
// am Abend an") but no object ("rief die Bürger an, die …" calls on
// someone), then a punctuation mark or the end.
func (ix *intl) callAt(toks []token, v int) bool {
	if ix.lx.code == "es" {
		return ix.esCallAt(toks, v) || ix.ml31CallOnAt(toks, v) // "llamó a los ciudadanos a rechazar …" (ml31_callon.go)
	}
	if ix.lx.code != "de" || !deCalls[toks[v].lower] {
		return false
	}
	k := v + 1
	for k < len(toks) && k <= v+4 && toks[k].word() && toks[k].lower != "an" {
		switch w := toks[k].lower; {
		case ix.lx.stops[w]:
			k += 2 // "am Abend"
		case ix.lx.notNames[w]:
			k++ // "auch", "heute"
		default:
			return false
		}
	}
	if k >= len(toks) || toks[k].lower != "an" {
		return false
	}
	if k+1 == len(toks) {
		return true
	}
	next := toks[k+1]
	if next.is(",") && k+2 < len(toks) && ix.purposeAt(toks, k+2) {
		return false // "…, um zu protestieren"
	}
	return next.kind == tPunct && !next.is(":")
}

// verbSecondAfterComma reports whether a German main clause joined by a
// comma alone opens at toks[lo] ("…, Serbiens X rief an, …"): a person
// named in full, then a lower-case word, the verb in second place. A
// subordinate clause opens with its conjunction or relative pronoun
// instead, and puts its verb last.
func (ix *intl) verbSecondAfterComma(toks []token, lo int) bool {
	p := ix.apposed(toks, lo)
	return (ix.isPerson(p) || ix.nameBeforeKnownVerb(toks, p)) && p.hi < len(toks) && toks[p.hi].word() && !toks[p.hi].cap // fgr15_spokenof.go
}

// esCallAt reports whether toks[v] is a Spanish call to a person named by
// a capitalised word ("llamaron a Moreno y le transmitieron …"): in a
// roundup the call to the winner is the congratulation. "llamó a la
// calma", "llamó a votar" (a call for something) are not calls to a
// person, nor is "llamó a X «dictador»", which names X (namingCall).
func (ix *intl) esCallAt(toks []token, v int) bool {
	if !esCalls[toks[v].lower] || v+2 >= len(toks) || toks[v+1].lower != "a" {
		return false
	}
	n := toks[v+2]
	return n.word() && n.cap && !ix.abbreviation(n) && !ix.namingCall(toks, v+2)
}

// callEnd returns the token after the particle of a German call told
// alone at toks[v] ("rief an"), where its act's text ends, or 0.
func (ix *intl) callEnd(toks []token, v int) int {
	if ix.lx.code != "de" || !ix.callAt(toks, v) {
		return 0
	}
	for k := v + 1; k < len(toks) && k <= v+4; k++ {
		if toks[k].lower == "an" {
			return k + 1
		}
	}
	return 0
}
