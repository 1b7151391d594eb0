package article

import "strings"

// Narrowings of rec25ml's rules (review rev26rml).

// rev26rmlPlainOpener reports whether the words between a list's opener
// (toks[:open]) and its word of congratulation toks[rec] leave the list
// one of congratulators. The language's among word keeps its old
// reading; a phrase of belonging (rec25mlAmongOpeners) takes only
// fillers (rev26rmlAmongFillers), determiners and commas before the word,
// or a relative clause with no negation ("Zu den wenigen, die dem Sieger
// noch nicht gratuliert hatten, zählten …" lists those who did not).
func (ix *intl) rev26rmlPlainOpener(toks []token, open, rec int) bool {
	if open == 1 && ix.lx.among[toks[0].lower] {
		return true
	}
	rel := false
	for i := open; i < rec; i++ {
		t := toks[i]
		switch {
		case t.word() && ix.lx.negators[t.lower]:
			return false
		case rel || t.is(","):
		case !t.word():
			return false
		case rev26rmlAmongRelatives[ix.lx.code][t.lower]:
			rel = true
		case !rev26rmlAmongFillers[ix.lx.code][t.lower] && !ix.lx.determiners[t.lower]:
			return false
		}
	}
	return rec == 0 || !ix.lx.negators[toks[rec-1].lower]
}

// rev26rmlRuSubject reports whether the phrase p after the Russian verb
// of protest toks[v] can be its subject, in the nominative: a
// description opens with an office as the role list has it ("возмутился
// депутат X", not "обвинил председателя ЦИК X"), and a name after a past
// verb agrees with it ("обвинил Андрея Зуева" names the accused). Other
// languages are not checked.
func (ix *intl) rev26rmlRuSubject(toks []token, v int, p phrase) bool {
	if ix.lx.code != "ru" {
		return true
	}
	if first := toks[p.lo]; first.word() && !first.cap {
		for i := p.lo; i < p.hi && toks[i].word() && !toks[i].cap; i++ {
			if ix.lx.roles[toks[i].lower] {
				return true // "возмутился бывший министр X"
			}
		}
		return false
	}
	past := strings.TrimSuffix(strings.TrimSuffix(toks[v].lower, "ся"), "сь") // "возмутился"
	if hasAnySuffix(past, "л", "ла") {
		return ruNominativeAgrees(past, toks[p.hi-1].lower)
	}
	return true
}

// rev26rmlOfficeDescription reports whether the description after the
// person d (past d's comma) describes d: it opens with a lower-case word
// that is no conjunction, negation or word of contrast
// (rev26rmlContrasts), which set another person beside d ("X, mais pas
// Y, pour qui", "X, no así Y, para quien", "X, ao contrário de Y, para
// quem": the relative is Y's), as an office or a profession does ("X,
// coordinatrice des observateurs, pour qui", "X, avocate du candidat Y,
// pour qui").
func (ix *intl) rev26rmlOfficeDescription(toks []token, d phrase) bool {
	if !ix.rec25mlLowerDescription(toks, d) {
		return false
	}
	w := toks[d.hi+1].lower
	return ix.lx.isRole(w) || !ix.lx.conjunctions[w] && !ix.lx.negators[w] && !rev26rmlContrasts[ix.lx.code][w]
}
