package article

// The cleft of Spanish and Portuguese reports: "Fue X quien contó que …",
// "En Managua fue X, esposa y portavoz del presidente, quien contó por
// los medios oficiales que …", "Foi o ministro X quem anunciou …". The
// copula (cleftCopulas) comes right before the person, and the relative
// (cleftRelatives) after them, with or without a comma, past a
// description between commas; the relative's verb is the person's.
// relativeSubject reads "X, quien …" only when the person ends right at
// the comma, so the description or the missing comma lost the speaker.

// maxCleftDescription bounds the words of the description between the
// person and the relative.
const maxCleftDescription = 8

// iberoCleftSubject returns the person of a cleft whose relative comes
// right before the verb toks[v] (past its preverbs), or no phrase.
func (ix *intl) iberoCleftSubject(toks []token, v int) phrase {
	p, _ := ix.iberoCleft(toks, v)
	return p
}

// iberoCleft returns the person of a cleft whose relative comes right
// before the verb toks[v], and the relative's index; or no phrase.
func (ix *intl) iberoCleft(toks []token, v int) (phrase, int) {
	rel, cop := cleftRelatives[ix.lx.code], cleftCopulas[ix.lx.code]
	if rel == nil {
		return phrase{}, 0
	}
	r := v - 1
	for r > 0 && v-r <= 4 && toks[r].word() && (ix.lx.preverbs[toks[r].lower] || ix.lx.auxiliaries[toks[r].lower] || ix.lx.clitics[toks[r].lower] || ix.lx.negators[toks[r].lower]) {
		r--
	}
	if r < 3 || !toks[r].word() || !rel[toks[r].lower] {
		return phrase{}, 0
	}
	for _, e := range ix.cleftPersonEnds(toks, r) {
		p := ix.subjectEnding(toks, e-1)
		if p.ok() && toks[p.lo].word() && cop[toks[p.lo].lower] {
			p = ix.forward(toks, p.lo+1) // "fue Rosario Murillo" parses as an office "fue" before the name
		}
		if !ix.isPerson(p) || p.hi != e {
			continue
		}
		if c := p.lo - 1; c >= 0 && toks[c].word() && cop[toks[c].lower] {
			return p, r
		}
	}
	return phrase{}, 0
}

// cleftPersonEnds are where the person of a cleft may end before its
// relative toks[r]: right before it, before its comma, or before a
// description between commas ("X, esposa y portavoz del presidente,
// quien"), which opens with a lower-case word.
func (ix *intl) cleftPersonEnds(toks []token, r int) []int {
	if !toks[r-1].is(",") {
		return []int{r}
	}
	ends := []int{r - 1}
	for c := r - 2; c > 0 && c >= r-1-maxCleftDescription; c-- {
		t := toks[c]
		if t.is(",") {
			if c+1 < r-1 && toks[c+1].word() && !toks[c+1].cap {
				ends = append(ends, c)
			}
			break
		}
		if !t.word() || ix.lx.speechVerbs[t.lower] || ix.lx.actionVerbs[t.lower] {
			break
		}
	}
	return ends
}

// iberoCleftStart returns where the act of a cleft's relative clause
// starts, after its relative, when subj is the cleft's person; or 0.
func (ix *intl) iberoCleftStart(toks []token, v int, subj phrase) int {
	if p, r := ix.iberoCleft(toks, v); p.ok() && p.lo == subj.lo {
		return r + 1
	}
	return 0
}

func init() {
	for code, ws := range iberoCleftCopulas {
		for _, w := range ws {
			lexicons[code].notNames[w] = true
		}
	}
}
