package article

// The Russian present of признать negated ("X результатов не признаёт",
// "Лидер оппозиции не признает победу Y") reports a standing refusal as
// the past "не признал" reports one: an act. The present alone is in no
// list of verbs: unnegated it is as often a concession inside a clause
// ("Ростания признает итоги выборов", after "как заявил X") or speech
// ("признаёт, что …"), which stay as they were.

// negatedPresentRecognition reports whether toks[v] is a Russian present
// of признать right after "не", with no clause after it.
func (ix *intl) negatedPresentRecognition(toks []token, v int) bool {
	return ix.lx.code == "ru" && v > 0 && ruPresentRecognition[toks[v].lower] && toks[v-1].lower == "не" &&
		ix.clauseAfter(toks, v+1) < 0
}
