package article

// A Russian call to the winner told with an adverb between the one called
// and the verb: "Каску лично позвонили X и Y", "Каску тоже позвонил X",
// "Каску уже позвонила X". ruCallAt (intl_ruphone.go) took the word right
// before the verb for the one called, so the adverb hid the dative name
// and the callers listed after the verb had no act. Up to two adverbs
// (rec28mlCallAdverbs, the preverbs but a negation: "Каску не позвонил X"
// is no call) are stepped over.

// rec28mlCalledAt returns the index of the word before the Russian verb
// of calling toks[v], past up to two adverbs, or -1.
func (ix *intl) rec28mlCalledAt(toks []token, v int) int {
	d := v - 1
	for n := 0; n < 2 && d > 0 && toks[d].word() && !toks[d].cap; n++ {
		w := toks[d].lower
		if ix.lx.negators[w] || !rec28mlCallAdverbs[w] && !ix.lx.preverbs[w] {
			break
		}
		d--
	}
	return d
}
