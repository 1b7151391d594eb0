package article

// A German cleft sentence names the actor and puts the act in a relative
// clause that ends the sentence ("In Österreich war es allein FPÖ-Chef X,
// der „herzlich“ zu einem „großartigen Erfolg“ gratulierte"):
// relativeSubject wants the relative clause closed by a comma; here the
// sentence's end closes it, and "es war/ist" before the person marks the
// cleft.

// cleftSubject returns the person of a German cleft whose relative
// clause ends with the verb toks[v] at the sentence's end, or an empty
// phrase.
func (ix *intl) cleftSubject(toks []token, v int) phrase {
	if ix.lx.code != "de" || v+1 < len(toks) && !toks[v+1].isTerm() {
		return phrase{}
	}
	r := v - 1
	for r > 0 && v-r <= 12 && (toks[r].word() || toks[r].kind == tQuote) && !ix.lx.subjectRelatives[toks[r].lower] {
		r--
	}
	if r < 3 || !ix.lx.subjectRelatives[toks[r].lower] || !toks[r-1].is(",") {
		return phrase{}
	}
	for k := r - 2; k >= 1 && k >= r-10; k-- {
		if toks[k].lower != "es" || !deCleftVerbs[toks[k-1].lower] {
			continue
		}
		// "war es allein FPÖ-Chef X, der …": past up to two adverbs, the
		// person whose phrase ends at the comma
		for s := k + 1; s <= k+3 && s < r-1; s++ {
			if !toks[s].cap {
				continue // an adverb ("allein", "auch")
			}
			if p := ix.apposed(toks, s); ix.isPerson(p) && p.hi == r-1 {
				return p
			}
		}
		return phrase{}
	}
	return phrase{}
}

// cleftStart returns where the act of a cleft's relative clause starts,
// after its relative pronoun, when subj is the cleft's person; or 0.
func (ix *intl) cleftStart(toks []token, v int, subj phrase) int {
	p := ix.cleftSubject(toks, v)
	if !p.ok() || p.lo != subj.lo {
		return 0
	}
	return p.hi + 2 // past ", der"
}
