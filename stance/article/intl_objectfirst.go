package article

// A Russian act told object first, with its subject after the verb:
// "Итоги выборов не признал глава МИД X", "Поражение признал кандидат X".
// The verb признать is a speech verb too ("признал, что …"); with no
// clause after it and its subject after it, it is an act, and its text
// opens where its clause opens, so that its object and its negation
// ("не признал") are read with it.

// objectClauseStart returns where the clause of the verb toks[v] opens:
// after the last punctuation before it, or at the sentence's start.
func objectClauseStart(toks []token, v int) int {
	s := v
	for s > 0 && toks[s-1].word() {
		s--
	}
	return s
}
