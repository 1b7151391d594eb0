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
				next := ""
				if k+1 < len(words) {
					next = words[k+1]
				}
				return rev19RuOpenQuestion(words[i+1:k], next) // not "оставил открытой дверь" (rev19gr_leftopen.go)
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
	var between []string
	for k := v + 1; k < len(toks) && k <= v+gr19OpenSpan && toks[k].word(); k++ {
		w := toks[k].lower
		if gr19RuOpen[w] && (w != "ответа" || toks[k-1].is("без")) {
			next := ""
			if k+1 < len(toks) && toks[k+1].word() {
				next = toks[k+1].lower
			}
			return rev19RuOpenQuestion(between, next) // not "оставил открытым посольство" (rev19gr_leftopen.go)
		}
		between = append(between, w)
	}
	return false
}
