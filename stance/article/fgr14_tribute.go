package article

import "strings"

// Paying tribute, an act told with a verb and a fixed noun: "X отдал
// должное мужеству Санду и избирателей", "X a rendu hommage aux
// électeurs". The verb alone ("отдал", "rendu") is no act the rules know,
// so the tribute went unread.

// tributeAt reports whether toks[v] is a verb of paying tribute with its
// noun right after it (fgrTribute).
func (ix *intl) tributeAt(toks []token, v int) bool {
	nouns, ok := fgrTribute[ix.lx.code]
	if !ok || v+1 >= len(toks) || !toks[v+1].word() {
		return false
	}
	if nouns[toks[v].lower] != toks[v+1].lower {
		return false
	}
	return !mourningAfter(toks, v+2)
}

// mourningAfter reports whether a word of death or remembrance follows within
// five tokens of i (fgrMourning): a tribute to the dead ("a rendu hommage aux
// victimes de l'attentat", "отдал должное памяти погибших") is no act on
// the result. Found probing the rule.
func mourningAfter(toks []token, i int) bool {
	for j := i; j < len(toks) && j < i+5; j++ {
		for _, stem := range fgrMourning {
			if strings.HasPrefix(toks[j].lower, stem) {
				return true
			}
		}
	}
	return false
}
