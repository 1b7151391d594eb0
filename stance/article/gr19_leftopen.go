package article

// Leaving the question open in Russian, as German "ließ offen, ob …"
// (fgr17_leftopen.go): "Вопрос о том, будут ли признаны итоги, посол
// оставил открытым", "оставила вопрос о поздравлениях без ответа". The
// person declines to answer: an act of withholding, which the model,
// reading the words of the question, took for what the question says.
// A form of "оставить" (gr19RuLeave) with "открытым" or "без ответа"
// within gr19OpenSpan words after it, in its clause; "оставил открытым
// посольство" has the adjective too, so in a sentence only the clause's
// end or a punctuation mark may follow "открытым".

// gr19OpenSpan is how far "открытым" may follow the verb ("оставил
// вопрос о поздравлениях открытым").
const gr19OpenSpan = 5

// ruLeftOpen reports whether words (lower case, an act's text or a
// clause) leave a question open.
func ruLeftOpen(words []string) bool {
	for i, w := range words {
		if !gr19RuLeave[w] {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+gr19OpenSpan; k++ {
			if gr19RuOpen[words[k]] && (words[k] != "ответа" || words[k-1] == "без") {
				return true
			}
		}
	}
	return false
}

// ruLeftOpenAt reports whether the Russian verb toks[v] leaves a
// question open: "открытым" or "без ответа" within gr19OpenSpan words
// after it, before any punctuation; "открытым" then ends the clause.
func (ix *intl) ruLeftOpenAt(toks []token, v int) bool {
	if ix.lx.code != "ru" || !gr19RuLeave[toks[v].lower] {
		return false
	}
	for k := v + 1; k < len(toks) && k <= v+gr19OpenSpan && toks[k].word(); k++ {
		w := toks[k].lower
		if w == "ответа" && toks[k-1].is("без") {
			return true
		}
		if gr19RuOpen[w] && w != "ответа" {
			return k+1 == len(toks) || !toks[k+1].word() // not "оставил открытым посольство"
		}
	}
	return false
}
