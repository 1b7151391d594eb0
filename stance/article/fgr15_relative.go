package article

// German relative clauses put the verb last: "Den Ton setzt Präsident X
// selbst, der inzwischen von organisierten Manipulationen spricht." What
// was spoken of stands before the verb, so spokeOf, which looks after it,
// missed the act; the clause may end the sentence as well as at a comma
// (relativeSubject); and "selbst" may stand between the person and the
// comma.

// deRelativeSpokeOf reports whether the German verb of speaking toks[v]
// ends a subject relative clause ("…, der … von Manipulationen spricht")
// in which "von" and a word that is no definite article come before it:
// the person's words summed up, an act as spokeOf reads it.
func (ix *intl) deRelativeSpokeOf(toks []token, v int) bool {
	if ix.lx.code != "de" || !ix.side().speak[toks[v].lower] {
		return false
	}
	for r := v - 1; r > 0 && v-r <= 10 && toks[r].word(); r-- {
		if !ix.lx.subjectRelatives[toks[r].lower] || !toks[r-1].is(",") {
			continue
		}
		for k := r + 1; k+1 < v; k++ {
			if ix.side().of[toks[k].lower] && !ix.lx.definite[toks[k+1].lower] {
				return true
			}
		}
		return false
	}
	return false
}

// pastSelbst returns k, or the word before it when toks[k] is German
// "selbst" after a name ("Präsident X selbst, der …").
func (ix *intl) pastSelbst(toks []token, k int) int {
	if ix.lx.code == "de" && k > 0 && toks[k].word() && toks[k].lower == "selbst" {
		return k - 1
	}
	return k
}
