package article

// A Russian adverbial between a described subject and its verb:
// "Турчинов, который руководил штабом, ещё в ночь после голосования
// предупреждал, что …", "X, лидер партии, уже в понедельник заявил …".
// The subject that opens the sentence before a description between commas
// (openingSubject) is found when the verb follows the second comma; an
// adverbial of time or place after that comma (lower-case words that open
// with a preposition or an adverb of the language's preverbs and stops)
// does not change it.

// ruAdverbialSpan is how many words the adverbial may have.
const ruAdverbialSpan = 6

// adverbialOpening returns the subject openingSubject finds for the verb
// toks[v] past such an adverbial, or an empty phrase.
func (ix *intl) adverbialOpening(toks []token, v int) phrase {
	if ix.lx.code != "ru" {
		return phrase{}
	}
	k := v - 1
	for k > 0 && v-1-k < ruAdverbialSpan && toks[k].word() && !toks[k].cap {
		k--
	}
	if k < 1 || k == v-1 || !toks[k].is(",") {
		return phrase{}
	}
	first := toks[k+1]
	if !ix.lx.stops[first.lower] && !ix.lx.preverbs[first.lower] || ml32ClauseConjunctions[first.lower] {
		return phrase{} // not ", а оппозиция отказалась": a clause of its own (ml32_group.go)
	}
	for i := k + 1; i < v; i++ {
		if ix.lx.speechVerbs[toks[i].lower] || ix.lx.actionVerbs[toks[i].lower] || ix.lx.complementizers[toks[i].lower] {
			return phrase{}
		}
	}
	return ix.openingSubject(toks, k+1)
}
