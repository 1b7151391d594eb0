package article

// madeNoComment reports whether words have a verb of making or giving
// (sideLexicon.makes) with a comment (comments) within three words after
// it, negated by a negation in the three words before it or a word of
// none between them ("n'a fait aucun commentaire sur l'issue du vote",
// "no hizo comentarios", "não fez nenhum comentário", "gab keinen
// Kommentar ab", "не дал комментариев"): a body asked about the result
// that makes no comment withholds, as one that has not yet spoken does
// (intl_silence.go). "hizo un comentario" is speech, not silence.
func (l *langLexicon) madeNoComment(words []string) bool {
	sl := sideLexicons[l.code]
	if sl == nil {
		return false
	}
	for i, w := range words {
		if !sl.makes[w] {
			continue
		}
		negated, comment := false, false
		for _, n := range words[max(0, i-3):i] {
			negated = negated || l.negators[n]
		}
		for _, n := range words[i+1 : min(len(words), i+4)] {
			negated = negated || sl.nones[n]
			comment = comment || sl.comments[n]
		}
		if negated && comment {
			return true
		}
	}
	return false
}

// noCommentAt reports whether toks[v] is the verb of a comment not made
// (madeNoComment on the words around it).
func (ix *intl) noCommentAt(toks []token, v int) bool {
	sl := ix.side()
	if !sl.makes[toks[v].lower] {
		return false
	}
	lo, hi := v, v+1
	for lo > 0 && lo > v-3 && toks[lo-1].word() {
		lo--
	}
	for hi < len(toks) && hi <= v+3 && toks[hi].word() {
		hi++
	}
	words := make([]string, 0, hi-lo)
	for _, t := range toks[lo:hi] {
		words = append(words, t.lower)
	}
	return ix.lx.madeNoComment(words)
}
