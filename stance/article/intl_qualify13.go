package article

// Portuguese "qualificar" judges ("qualificou a eleição de fraude",
// "qualificou o pleito como livre") but also qualifies a team or a
// candidate for a round ("qualificou a equipa para a final"), which is no
// act on anything. The verb is read as an act only with the predicate of
// its judgement, "de" before a lower-case word or "como", within
// qualifySpan tokens and before any "para" or the clause's end.

// qualifySpan is how far after the verb its predicate is looked for.
const qualifySpan = 10

// qualifyWithoutJudgement reports whether toks[v] is a form of
// "qualificar" with no predicate of judgement after it.
func (ix *intl) qualifyWithoutJudgement(toks []token, v int) bool {
	if !qualifyVerbs[ix.lx.code][toks[v].lower] {
		return false
	}
	for k := v + 1; k < len(toks) && k <= v+qualifySpan; k++ {
		t := toks[k]
		switch {
		case !t.word():
			if t.is(",") || t.is(";") || t.is(":") || t.isTerm() {
				return true
			}
		case t.lower == "para":
			return true // "qualificou a equipa para a final"
		case t.lower == "como":
			return false
		case t.lower == "de" && k+1 < len(toks) && toks[k+1].word() && !toks[k+1].cap:
			return false // "de fraude", "de «farsa»" is read below
		case t.lower == "de" && k+1 < len(toks) && toks[k+1].kind == tQuote:
			return false
		}
	}
	return true
}
