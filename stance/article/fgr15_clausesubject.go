package article

// subjectOpensClause reports whether the words toks[cs:lo] before an
// act's subject at toks[lo] are the start of that subject, so that the
// act's subject opens the reported clause at toks[cs]: at most three
// tokens, each a word the rules know as no verb or a slash joining two
// bodies ("что наблюдатели ОБСЕ/БДИПЧ признали выборы …": the subject is
// "наблюдатели ОБСЕ/БДИПЧ", which the rules read from its last word).
// The act then shares the clause of the speech it is reported in; before,
// the clause was cut before the act's subject and, too short, dropped.
func (ix *intl) subjectOpensClause(toks []token, cs, lo int) bool {
	if lo-cs > 3 {
		return false
	}
	slash := false
	for _, t := range toks[cs:lo] {
		switch {
		case t.is("/"):
			slash = true
		case !t.word() || ix.lx.speechVerbs[t.lower] || ix.verbLike(t.lower) || ix.lx.stops[t.lower]:
			return false
		}
	}
	return slash
}
