package article

// A remark that denies anyone the grounds or the power to doubt the
// result recognises it: "no hay motivo alguno para poner en duda el
// resultado", "personne ne peut contester le mandat du président", "у
// нас нет оснований сомневаться в итогах", "un mandato que nadie podrá
// discutir", "não temos razões para duvidar da vitória". The models read
// the verb of doubting or contesting and weigh the denial before it
// lightly, so such remarks came out hostile or withholding. The negated
// contest of lab26ml_notcontest.go ("no impugnará los resultados") wants
// the negation right before the verb; here a subject of none ("nadie",
// "personne", "никто", with only modals and negations between it and the
// verb) or a negated noun of grounds ("aucune raison de", "нет
// оснований") stands up to lab30mlDoubtSpan words before it.
//
// A word of the result (lab26mlContestObjects, lab30mlDoubtObjects)
// must stand within six words after the verb, or before the word of none
// in a relative clause ("un mandato que nadie podrá discutir"). Not when
// a clause follows the verb ("nadie puede dudar de que hubo fraude": a
// charge, not a recognition), when the run charges fraud or respects a
// result not yet known (lab26mlBlocked), or when a turn or a condition of
// waiting follows (checked by lab26mlNotContestRun, its caller).

// lab30mlDoubtSpan is how many words may stand between the word of none
// or of grounds and the verb of doubting.
const lab30mlDoubtSpan = 5

// lab30mlDoubtDenied reports whether words (of a run in the language
// code) deny the grounds or the power to doubt the result (see above).
func lab30mlDoubtDenied(code string, words []string) bool {
	stems := lab30mlDoubts[code]
	if stems == nil || lab26mlBlocked(code, words) {
		return false
	}
	for v, w := range words {
		if !hasStem([]string{w}, stems) {
			continue
		}
		d := lab30mlDenierBefore(code, words, v)
		if d < 0 || lab30mlClauseAfter(words, v) || rev30lmlIfBefore(words, d) { // rev30lml_narrow.go
			continue
		}
		after := words[v+1 : min(len(words), v+1+lab26mlContestSpan)]
		before := words[max(0, d-4):d]
		if lab30mlResultWord(code, after) || lab30mlRelative(words, d) && lab30mlResultWord(code, before) {
			return true
		}
	}
	return false
}

// lab30mlDenierBefore returns the index of a word of none
// (lab30mlNobodies) or of a negated noun of grounds (lab30mlGrounds) in
// the lab30mlDoubtSpan words before words[v], or -1.
func lab30mlDenierBefore(code string, words []string, v int) int {
	negators := lexicons[code].negators
	for k := v - 1; k >= 0 && k >= v-lab30mlDoubtSpan; k-- {
		w := words[k]
		if lab30mlNobodies[w] {
			if lab30mlLinked(words[k+1 : v]) {
				return k
			}
			return -1 // "não felicitaremos ninguém enquanto houver dúvidas": the object of another verb
		}
		if !lab30mlGrounds[w] {
			continue
		}
		for j := max(0, k-3); j < k; j++ {
			if negators[words[j]] || lab26mlContestNegators[words[j]] || lab30mlNegators[words[j]] ||
				code == "fr" && len(words[j]) > 2 && words[j][:2] == "n'" {
				return k
			}
		}
	}
	return -1
}

// lab30mlLinked reports whether words, between a word of none and the
// verb of doubting, are only modals, auxiliaries and negations
// (lab30mlNobodyLinks): "nadie podrá discutir", "personne ne peut
// contester", "никто не может оспорить".
func lab30mlLinked(words []string) bool {
	for _, w := range words {
		if !lab30mlNobodyLinks[w] {
			return false
		}
	}
	return true
}

// lab30mlClauseAfter reports whether a clause opens within the two words
// after the verb words[v] ("dudar de que", "contester que").
func lab30mlClauseAfter(words []string, v int) bool {
	for _, w := range words[v+1 : min(len(words), v+3)] {
		if lab30mlComplementizers[w] {
			return true
		}
	}
	return false
}

// lab30mlRelative reports whether a relative pronoun stands right before
// the word of none at words[d] ("que nadie", "que personne", "который никто").
func lab30mlRelative(words []string, d int) bool {
	return d > 0 && lab30mlRelatives[words[d-1]]
}

// lab30mlResultWord reports whether a word of words is a word of the
// result.
func lab30mlResultWord(code string, words []string) bool {
	return hasStem(words, lab26mlContestObjects[code]) || hasStem(words, lab30mlDoubtObjects[code])
}
