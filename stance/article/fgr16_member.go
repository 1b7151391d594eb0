package article

import "strings"

// A person's act told as their group's. Reports often put a person among
// those who did something rather than say they did it: "X figure lui
// aussi parmi les sept candidats qui ont rejeté les chiffres", "X fait
// partie de ceux qui avaient annoncé qu'ils ne reconnaîtraient pas …",
// "X входит в число тех, кто отказался признать итоги". The verb of the relative
// clause after the group is then the person's act or speech: its subject
// is the subject of the membership verb (memberLexicons,
// lexicon_fgr16.go).

// memberSpan is how many words the group may have between its marker and
// the relative pronoun ("les sept candidats malheureux").
const memberSpan = 5

// memberSubject returns the subject of the membership verb whose group's
// relative clause holds the verb toks[v] ("qui ont rejeté", "кто
// отказался"), or an empty phrase.
func (ix *intl) memberSubject(toks []token, v int) phrase {
	ml, ok := memberLexicons[ix.lx.code]
	if !ok {
		return phrase{}
	}
	r := v - 1
	for r > 0 && v-r <= 8 && toks[r].word() && !ml.relatives[toks[r].lower] {
		if !ix.lx.capNouns && !ix.lx.preverbs[toks[r].lower] && !ix.lx.auxiliaries[toks[r].lower] && !ix.lx.negators[toks[r].lower] {
			return phrase{} // "qui Y a félicité": another subject
		}
		r--
	}
	if r < 3 || !toks[r].word() || !ml.relatives[toks[r].lower] {
		return phrase{}
	}
	g := r - 1
	if toks[g].is(",") {
		g-- // "тех, кто"
	}
	for m := g; m > 0 && g-m < memberSpan; m-- {
		if !toks[m].word() || ix.lx.speechVerbs[toks[m].lower] || ix.lx.actionVerbs[toks[m].lower] {
			return phrase{}
		}
		if mv := ix.memberVerbBefore(toks, m, ml); mv > 0 {
			if p, after := ix.reportedSubject(toks, mv, false); p.ok() && !after && ix.isPerson(p) {
				return p
			}
			return phrase{}
		}
	}
	return phrase{}
}

// memberVerbBefore returns the index of the membership verb before the
// group that starts at toks[m], past the group's marker and the preverbs
// before it ("figure lui aussi parmi"), or 0.
func (ix *intl) memberVerbBefore(toks []token, m int, ml memberLexicon) int {
	for _, mk := range ml.markers {
		n := len(strings.Fields(mk))
		s := m - n
		if s < 1 || matchPhrase(toks, s, []string{mk}) != n {
			continue
		}
		for b := s - 1; b > 0 && b >= s-3 && toks[b].word(); b-- {
			if ml.verbs[toks[b].lower] {
				return b
			}
			if !ix.lx.preverbs[toks[b].lower] {
				break
			}
		}
	}
	return 0
}
