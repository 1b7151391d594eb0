package article

import "strings"

// "Que" closing a contrastive conjunction after a speech verb. In "«…», a
// déclaré X, tandis que le président du Conseil, Y, saluait …" (and
// "dijo X, mientras que Y …", "disse X, ao passo que Y …") the "que" is
// the end of the conjunction, not the complementizer of X's verb:
// clauseAfter read it as "X said that …", so the second person's clause
// became X's reported remark and the second person, named in
// apposition, was never found. The complementizer that ends one of the
// language's contrastive conjunctions (rec22mlWhileWords) after a comma
// opens no clause of the verb; the clause is the second person's, read
// by the rules of the verb after it.

// ml31WhileQue reports whether the complementizer toks[k] ends a
// contrastive conjunction that follows a comma.
func (ix *intl) ml31WhileQue(toks []token, k int) bool {
	for _, ph := range rec22mlWhileWords[ix.lx.code] {
		n := len(strings.Fields(ph))
		if s := k - n + 1; s >= 1 && toks[s-1].is(",") && matchPhrase(toks, s, []string{ph}) == n {
			return true
		}
	}
	return false
}

// ml31AfterWhile reports whether the phrase at toks[lo] (past its
// determiner) follows a contrastive conjunction after a comma ("…,
// tandis que le président du Conseil, Y, saluait"): it opens a clause
// of its own, as after the subordinators of clauseSubordinatorBefore.
func (ix *intl) ml31AfterWhile(toks []token, lo int) bool {
	k := lo - 1
	if k > 0 && toks[k].word() && ix.lx.determiners[toks[k].lower] {
		k--
	}
	return k > 0 && toks[k].word() && ix.lx.complementizers[toks[k].lower] && ix.ml31WhileQue(toks, k)
}
