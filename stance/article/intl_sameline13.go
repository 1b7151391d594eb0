package article

// Speaking along the same line as the speaker before: "X, líder da
// CASA-CE, foi na mesma linha.", "Y fue en la misma línea.", "Z se
// pronunció en el mismo sentido." The sentence says no more than that X
// agrees with what was last said, so X's remark is a copy of the last
// remark of another speaker told within followSpan sentences (a reported
// clause or an act, not a quotation, whose span a copy may not share:
// finish keeps one remark per quoted span). Unlike a follow verb
// ("siguió su ejemplo", intl_follow.go), which copies the last act, a line
// is what was said. The phrase must end its clause: "fue en la misma
// línea: «…»" attributes the quotation after the colon instead.

// sameLineAt reports whether toks[v] is a verb of sameLineVerbs followed
// by a phrase of sameLinePhrases (past one preverb) that ends its
// sentence or clause.
func (ix *intl) sameLineAt(toks []token, v int) bool {
	ls, ok := sameLines[ix.lx.code]
	if !ok || !toks[v].word() || !ls.verbs[toks[v].lower] || ix.negatedVerb(toks, v) {
		return false
	}
	k := v + 1
	if k < len(toks) && toks[k].word() && ix.lx.preverbs[toks[k].lower] && !ix.lx.negators[toks[k].lower] {
		k++ // "foi também na mesma linha"
	}
	n := matchPhrase(toks, k, ls.phrases)
	if n == 0 {
		return false
	}
	e := k + n
	return e == len(toks) || toks[e].is(".") || toks[e].is(";")
}

// negatedVerb reports whether a negator stands right before toks[v] or
// before its reflexive pronoun: "não foi na mesma linha", "no se
// pronunció en el mismo sentido" say the speaker did not agree, so
// nothing is copied.
func (ix *intl) negatedVerb(toks []token, v int) bool {
	for b := v - 1; b >= 0 && b >= v-2; b-- {
		if !toks[b].word() {
			return false
		}
		if ix.lx.negators[toks[b].lower] {
			return true
		}
		if w := toks[b].lower; w != "se" && !ix.lx.clitics[w] {
			return false // only a reflexive or object pronoun stands between
		}
	}
	return false
}

// addSameLine adds the act of p, the subject of a verb of the same line,
// with the text of the last remark another speaker made, when it is recent
// enough, and reports whether it did.
func (ix *intl) addSameLine(p reportedPart) bool {
	l := ix.lastSaid
	if l == nil || ix.x.sentNo-l.sent > followSpan || p.spk == nil || l.spk == p.spk.canon() {
		return false
	}
	rm := l.rm
	rm.Speaker, rm.Role, rm.Aliases = "", "", nil
	ix.x.add(rm, p.spk, false)
	return true
}

// saidLast records rm, a reported clause or an act of spk, as the last
// remark said (addSameLine).
func (ix *intl) saidLast(rm Remark, spk *speaker) {
	if spk == nil || rm.Kind == Direct {
		return
	}
	ix.lastSaid = &lastSaid{lastAct: lastAct{rm: rm, sent: ix.x.sentNo}, spk: spk.canon()}
}

// lastSaid is the last reported remark or act, with its speaker.
type lastSaid struct {
	lastAct
	spk *speaker
}
