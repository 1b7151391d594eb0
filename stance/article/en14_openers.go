package article

// This file holds the fourteenth session's English subject machinery: a
// description set off by commas before a name ("the party's head of
// elections, Jo Roe, said") found after the sentence's opening adverbials
// or after a colon, and a fronted subordinate clause closed by its comma.

// openedDescription returns where the description ending before the comma
// toks[m] starts when it opens its clause after the sentence's openers
// ("Even before that, in the small hours of Saturday, the party's head of
// elections, Jo Roe, said …") or after a colon or semicolon ("Norland was
// quick: the chargé d'affaires, Ivo Kask, congratulated …"), or -1.
// descriptionStart knew only a one-word adverbial before it, so the office
// before the name became the subject and a later "he" went to it.
func openedDescription(toks []token, m int) int {
	if lo := commaOpenersEnd(toks, 0); lo > 0 && lo < m && descriptionFrom(toks, lo, m) {
		return lo
	}
	for j := m - 1; j >= 1 && j >= m-maxPhrase; j-- {
		if toks[j].is(":") || toks[j].is(";") {
			if lo := commaOpenersEnd(toks, j+1); lo < m && descriptionFrom(toks, lo, m) {
				return lo
			}
			break
		}
	}
	return -1
}

// commaOpenersEnd steps over up to three openers of a clause starting at
// toks[start], each a connective or a short adverbial set off by a comma
// ("Even before that,", "in the small hours of Saturday,", "Across the
// border,"), and returns the index after them, or start.
func commaOpenersEnd(toks []token, start int) int {
	for range 3 {
		k := connectivesEnd(toks, start)
		k = clauseSkipEnd(toks, k)
		k = commaOpenerEnd(toks, k)
		if k == start {
			break
		}
		start = k
	}
	return start
}

// subordinateClosed reports whether the comma toks[k] closes a fronted
// subordinate clause opening the sentence ("When the commission announced
// its provisional numbers, Ivo Kask, a spokesman for Norland, said …"): the
// sentence opens, after its connectives, with one of frontedSubordinators
// and no punctuation comes before the comma. A speech verb inside the
// fronted clause ("announced") otherwise reported everything to the end
// of the sentence, the main clause's speaker and remark with it.
func subordinateClosed(toks []token, k int) bool {
	s := connectivesEnd(toks, 0)
	if s >= k || !toks[s].word() || !frontedSubordinators[toks[s].lower] {
		return false
	}
	for j := s + 1; j < k; j++ {
		if !toks[j].word() {
			return false
		}
	}
	return true
}

// orgAnd reports whether the "and" at toks[j] joins two capitalised words
// inside an organisation's name that an org link opened ("Rally for
// Democracy and Progress", "Movement for Justice and Development"): the
// words on both sides are capitalised, and one or two capitalised words
// before it a "for" or "of" follows an organisation's head noun
// (orgHeads). A bare "Velor and Sarn", or "President Ivo Kask of Velor and
// Sarnian President Lena Dal", joins two names, not the parts of one.
func orgAnd(toks []token, j int) bool {
	if j < 3 || j+1 >= len(toks) || !toks[j].is("and") || !toks[j+1].word() || !toks[j+1].cap {
		return false
	}
	for i := j - 1; i >= 1 && i >= j-3; i-- {
		t := toks[i]
		if t.word() && !t.cap && orgLinks[t.lower] {
			return i < j-1 && toks[i-1].word() && toks[i-1].cap && orgHeads[toks[i-1].lower]
		}
		if !t.word() || !t.cap {
			return false
		}
	}
	return false
}
