package article

import "strings"

// Taking note of the ruling that settled the vote: "Washington prend acte
// de la décision du Conseil constitutionnel et se dit prêt à travailler
// avec le nouveau président", "Die Regierung nahm die Entscheidung des
// Verfassungsgerichts zur Kenntnis", "МИД принял к сведению решение ЦИК".
// The ruling of the court or commission that proclaims the result is the
// result; notesResult looked only for the words of the vote, so such a
// sentence gave no act. A ruling of any other body ("la décision du
// gouvernement de …") is still none.

// rec27mlNotesRuling reports whether, within notingObjectSpan tokens
// after the verb of taking toks[v], a ruling noun is followed within five
// tokens by a word that makes its body one whose ruling settles the vote
// (rec27mlRulings).
func (ix *intl) rec27mlNotesRuling(toks []token, v int) bool {
	r, ok := rec27mlRulings[ix.lx.code]
	if !ok {
		return false
	}
	for k := v + 1; k < len(toks) && k <= v+notingObjectSpan; k++ {
		if !toks[k].word() || !r[0][toks[k].lower] {
			continue
		}
		for b := k + 1; b < len(toks) && b <= k+5; b++ {
			if toks[b].word() && rec27mlBodyWord(ix.lx.code, toks[b].lower, r[1]) {
				return true
			}
		}
	}
	return false
}

// rec27mlBodyWord reports whether w is one of the body stems: a prefix
// of w, or in German anywhere in it.
func rec27mlBodyWord(code, w string, stems map[string]bool) bool {
	for s := range stems {
		if strings.HasPrefix(w, s) || code == "de" && strings.Contains(w, s) {
			return true
		}
	}
	return false
}
