package article

// Probing the Russian call past adverbs (rec28ml_ruphone.go) found calls
// that are no congratulation: "В Москву сразу позвонил посол X" (a place
// after a preposition, in the accusative, not a person in the dative),
// "Халвану вчера позвонил глава концерна X по поводу поставок газа" (a
// purpose of its own, as "чтобы" is) and "Накануне голосования Халвану
// лично позвонил X" (a call before the vote). The same held without the
// adverb, so ruCallAt declines all three.

// rev28mlCallPrepositions are the prepositions that make a capitalised
// word ending in -у or -ю a place ("в Москву", "на Кубу").
var rev28mlCallPrepositions = wordSet(`в во на из к ко по`)

// rev28mlCallTopics open a topic of a call of its own after the verb
// ("по поводу поставок", "насчёт кредита").
var rev28mlCallTopics = wordSet(`поводу насчёт насчет относительно`)

// rev28mlBeforeVote are words that put what follows them before the vote
// when a word of the vote follows ("накануне голосования", "до выборов").
var rev28mlBeforeVote = wordSet(`накануне до`)

// rev28mlNoCall reports whether the call at toks[v] to the word toks[d]
// is no congratulation (see above).
func rev28mlNoCall(toks []token, d, v int) bool {
	if d > 0 && toks[d-1].word() && rev28mlCallPrepositions[toks[d-1].lower] {
		return true
	}
	for k := v + 1; k < len(toks) && !toks[k].isTerm(); k++ {
		if toks[k].word() && rev28mlCallTopics[toks[k].lower] {
			return true
		}
	}
	for k := d - 1; k > 0 && !toks[k-1].isTerm(); k-- {
		if rev28mlBeforeVote[toks[k-1].lower] && hasStem([]string{toks[k].lower}, []string{"выбор", "голосован"}) {
			return true
		}
	}
	return false
}
