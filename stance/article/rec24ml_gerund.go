package article

// An adverbial participle that opens an aside right after a person who
// opens a clause is that person's act, not the act of the sentence's
// first subject: "X назвал итоги «…», а депутат Y, поздравив Путина,
// выразил надежду …", "X felicitó al ganador, y el senador Y,
// recordando su amistad con él, pidió …", "X a salué le vainqueur, et le
// député Y, évoquant « … », a demandé …". Read back from the participle
// to the sentence's opening, the act went to X, and as its subject came
// before X's own clause, X's clause was cut to nothing.

// rec24mlAsideGerundSubject returns the person right before the comma
// before the participle toks[v] (gerundEndings), when that person opens
// a clause (the sentence start, a dash, a colon or semicolon, or a
// conjunction, "but" word, complementizer or rec24mlClauseJoins word
// before them) and the aside closes with a comma before a lower-case word
// (the person's main verb), within maxSubjectAside tokens and with no
// quotation or sentence end inside; otherwise no phrase.
func (ix *intl) rec24mlAsideGerundSubject(toks []token, v int) phrase {
	if v < 3 || !toks[v-1].is(",") || !hasAnySuffix(toks[v].lower, gerundEndings[ix.lx.code]...) {
		return phrase{}
	}
	p := ix.subjectEnding(toks, v-2)
	if !ix.isPerson(p) || p.hi != v-1 || !ix.rec24mlOpensClause(toks, p.lo) {
		return phrase{}
	}
	for k := v + 1; k < len(toks) && k <= v+maxSubjectAside; k++ {
		switch {
		case toks[k].is(","):
			if ix.rev24rmlAsideClosesOnVerb(toks, k+1) { // not ", et leur a souhaité" (rev24rml_narrow.go)
				return p
			}
			return phrase{}
		case toks[k].isTerm() || toks[k].kind == tQuote || toks[k].is(";"):
			return phrase{}
		}
	}
	return phrase{}
}

// rec24mlOpensClause reports whether the phrase starting at toks[lo] opens
// a clause: the sentence's start, or after a dash, colon or semicolon, or
// after a word that joins clauses.
func (ix *intl) rec24mlOpensClause(toks []token, lo int) bool {
	if lo == 0 {
		return true
	}
	t := toks[lo-1]
	if isDash(t) || t.is(":") || t.is(";") {
		return true
	}
	if !t.word() {
		return false
	}
	w := t.lower
	return ix.lx.conjunctions[w] || ix.side().buts[w] || ix.lx.complementizers[w] || rec24mlClauseJoins[ix.lx.code][w]
}
