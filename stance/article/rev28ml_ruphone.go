package article

// Probing the Russian call past adverbs (rec28ml_ruphone.go) found calls
// that are no congratulation: "В Москву сразу позвонил посол X" (a place
// after a preposition, in the accusative, not a person in the dative),
// "Халвану вчера позвонил глава концерна X по поводу поставок газа" (a
// purpose of its own, as "чтобы" is) and "Накануне голосования Халвану
// лично позвонил X" (a call before the vote). The same held without the
// adverb, so ruCallAt declines all three.

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
