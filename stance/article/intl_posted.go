package article

import "strings"

// postedPlace reports whether toks[k] is a preposition of place that
// goes on the office of toks[start:k] with the city where it sits: a
// diplomatic post (sideLexicon.posted: an embassy, an ambassador) whose
// complement ends with a capitalised word, then the preposition and a
// capitalised word ("la embajada de Norlandia en Velor", "o embaixador
// dos Estados Unidos em Velor, X,", "посольство США в Велоре"). News
// prose names an embassy by its country and its city; without the city
// the phrase ended at the preposition and the verb after the city had no
// subject. Other offices do not take the city ("el presidente de
// Norlandia en Velor" says where he spoke).
func (ix *intl) postedPlace(toks []token, start, k int) bool {
	sl := ix.side()
	if k+1 >= len(toks) || k < 1 || !toks[k].word() || !sl.at[toks[k].lower] {
		return false
	}
	if !toks[k-1].word() || !toks[k-1].cap || !toks[k+1].word() || !toks[k+1].cap || ix.lx.isRole(toks[k+1].lower) {
		return false
	}
	for _, t := range toks[start:k] {
		if w, _ := ix.core(t.lower); t.word() && sl.posted[w] {
			return true
		}
	}
	return false
}

// namedPost reports whether p is a diplomatic post named with the
// country or city it stands for ("la embajada de Norlandia en Velor"):
// as definite as a person named in full, it opens a sentence as its
// subject before a description between commas (openingSubject).
func (ix *intl) namedPost(p phrase) bool {
	return p.kind == pRole && ix.side().posted[p.head] && startsUpperAfterFirst(p.text)
}

// startsUpperAfterFirst reports whether a word after the first of text
// is capitalised.
func startsUpperAfterFirst(text string) bool {
	f := strings.Fields(text)
	for _, w := range f[min(1, len(f)):] {
		if startsUpper(w) {
			return true
		}
	}
	return false
}

// namedBody reports whether p is an office of a body named with capitals
// after its head ("Наблюдатели БДИПЧ ОБСЕ", "la misión de la OEA"): as
// definite as a person named in full, it is the subject of a verb after
// a short adverbial ("Наблюдатели БДИПЧ ОБСЕ в предварительном заявлении
// указали, что …"), where a lone office could be a complement's noun.
func (ix *intl) namedBody(p phrase) bool {
	return p.kind == pRole && startsUpperAfterFirst(p.text)
}
