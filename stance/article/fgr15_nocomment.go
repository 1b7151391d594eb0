package article

// wouldNotComment reports whether toks[v] is a modal of wanting whose
// clause ends, within twelve words, with a negated infinitive of
// commenting: "X wollte das Ergebnis am Montag nicht kommentieren", "Y
// wollte sich dazu nicht äußern", "Z n'a pas voulu commenter", "n'a pas
// souhaité s'exprimer". A person who declines to comment on the result
// withholds, as one who made no comment does (noCommentAt); the modal
// stood first and the infinitive last, so neither was read as an act.
func (ix *intl) wouldNotComment(toks []token, v int) bool {
	ws, ok := wantModals[ix.lx.code]
	if !ok || !ws[toks[v].lower] {
		return false
	}
	negated := false
	for k := v - 3; k < len(toks) && k <= v+12; k++ {
		if k < 0 {
			continue
		}
		t := toks[k]
		if !t.word() {
			if k > v {
				return false
			}
			continue
		}
		negated = negated || ix.lx.negators[t.lower] || ix.lx.code == "fr" && t.lower == "pas"
		if k > v && negated && commentInfinitives[ix.lx.code][t.lower] {
			return ix.lx.code != "de" || k+1 == len(toks) || !toks[k+1].word() // German puts it last
		}
	}
	return false
}
