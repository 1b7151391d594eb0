package article

import (
	"slices"
	"strings"
)

// didSo reports whether toks[v] is a verb of doing whose object pronoun,
// within the three words before it past auxiliaries and adverbs, stands
// for the act told before ("Alberto Fernández lo había hecho ya en
// junio", "António Costa tinha-o feito ainda antes", "X l'avait fait la
// veille"): the subject did the same, an act that copies the last one
// (followAt). A negated one did not ("no lo hizo").
func (ix *intl) didSo(toks []token, v int) bool {
	sl := ix.side()
	if !sl.makes[toks[v].lower] || ix.negatedNear(toks, v) {
		return false
	}
	for k := v - 1; k >= 0 && k >= v-3 && toks[k].word(); k-- {
		w := toks[k].lower
		if sl.so[w] || hasAnySuffix(w, sl.soEnds...) || slices.ContainsFunc(sl.soOpen, func(o string) bool { return strings.HasPrefix(w, o) }) {
			return true
		}
		if !ix.lx.auxiliaries[w] && !ix.lx.preverbs[w] {
			return false
		}
	}
	return false
}

// encliticAux reports whether w is an auxiliary with an object pronoun
// attached after a hyphen ("tinha-o", "tinha-lhe"): an auxiliary still,
// between a subject and its participle.
func (ix *intl) encliticAux(w string) bool {
	i := strings.IndexByte(w, '-')
	return i > 0 && ix.lx.auxiliaries[w[:i]]
}
