package article

import "strings"

// A speech verb after a comma inside a dash paragraph that opens a clause
// of reported speech is no incise of dialogue. Dialogue attributes its
// speech with a verb after a dash or, in French, a comma ("— Nous ne
// reconnaîtrons pas, a déclaré le ministre."), and nothing follows the
// verb but its subject. An interview's answer tells what others said:
// "— Очень жёстко. Сама X на заседании фракции, по данным источников,
// заявила, что не признает итоги." — the verb after the comma has its
// complementizer right after it (past its subject or a comma), so the
// paragraph is prose (intl_turns.go) and the comma no attribution.

// reportsClause reports whether the attribution that attributionAt finds
// at toks[j] opens a reported clause: a complementizer of the language
// within four tokens of its speech verb, before any dash or sentence end.
func (ix *intl) reportsClause(toks []token, j int) bool {
	v := -1
	for i := j; i < len(toks) && i < j+5 && toks[i].word(); i++ {
		if ix.lx.speechVerbs[toks[i].lower] {
			v = i
			break
		}
	}
	if v < 0 {
		return false
	}
	for k := v + 1; k < len(toks) && k <= v+4; k++ {
		t := toks[k]
		if isDash(t) || t.isTerm() || t.kind == tQuote {
			return false
		}
		if t.word() && (ix.lx.complementizers[t.lower] || ix.lx.code == "fr" && elidedQue(t.lower)) {
			return true
		}
	}
	return false
}

// elidedQue reports whether a French word is "que" elided before its
// subject ("qu'elle", "qu’il").
func elidedQue(w string) bool {
	return strings.HasPrefix(w, "qu'") || strings.HasPrefix(w, "qu’")
}
