package article

// spokenOfFirst reports whether the words after a German or Russian verb
// of speaking open with what was spoken of ("spricht von Manipulation,
// …", "говорил о фальсификациях, …"): the verb's object is its content
// (spokeOf reads it as an act), and the clause after the comma is not
// what was said but a clause of its own ("Sandu spricht von
// Manipulation, Putin gratuliert Dodon": Putin's act, not Sandu's words).
func (ix *intl) spokenOfFirst(toks []token, from int) bool {
	return from > 0 && from < len(toks) && toks[from].word() && ix.side().of[toks[from].lower] && ix.spokeOf(toks, from-1)
}

// nameBeforeKnownVerb reports whether p, a single capitalised word, is
// followed by a verb of acting the rules know ("…, Putin gratuliert
// Dodon"): a German main clause joined by a comma, its subject named by
// the surname alone, as headlines and later mentions do.
func (ix *intl) nameBeforeKnownVerb(toks []token, p phrase) bool {
	return p.kind == pName && p.role == "" && p.hi < len(toks) && toks[p.hi].word() && ix.lx.actionVerbs[toks[p.hi].lower]
}
