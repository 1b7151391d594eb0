package article

// A concession told as an act of its own: "El candidato X asumió la
// derrota", "O candidato X assumiu a derrota", "X dio por perdida la
// elección", "X se dio por vencido", "X deu-se por vencido". The verbs of
// conceding (concessionVerbs) were read only inside an act found by
// another verb; "asumió" or "concedió" alone made no act, and the idiom
// of giving up ("dar por perdido", "darse por vencido") none at all. A
// verb of conceding with a defeat within three words after it, or a verb
// of giving followed by "por" and a participle of losing, is an act that
// concedes ("asumió el cargo", "dio por terminada la reunión" are none).

// concessionAct reports whether toks[v] opens a concession: a verb of
// conceding before a defeat, or the idiom of giving up.
func (ix *intl) concessionAct(toks []token, v int) bool {
	w := toks[v].lower
	if concessionVerbs[ix.lx.code][w] && ix.lx.code != "de" {
		var after []string
		for k := v + 1; k < len(toks) && k <= v+3 && toks[k].word(); k++ {
			after = append(after, toks[k].lower)
		}
		return ix.lx.defeatIn(after)
	}
	if !(v+2 < len(toks) && toks[v+1].is("por") && toks[v+2].word() && givingUp(ix.lx.code, w, toks[v+2].lower)) {
		return false
	}
	var after []string
	for k := v + 3; k < len(toks) && k <= v+4 && toks[k].word(); k++ {
		after = append(after, toks[k].lower)
	}
	return givenUpContest(ix.lx.code, after)
}

// givenUpContest reports whether after, the words after the participle of
// the idiom of giving up, name a contest or the election, or no object at
// all ("se dio por vencido"): "dio por perdida la cosecha de trigo" gives
// up something else and concedes nothing.
func givenUpContest(code string, after []string) bool {
	l := lexicons[code]
	if len(after) < 2 || l == nil || !l.determiners[after[0]] {
		return true
	}
	return hasStem(after[1:2], givenUpStems[code]) || hasStem(after[1:2], l.topicStems)
}

// givingUp reports whether w, "por" and then next are the idiom of giving
// up in the language code ("dio por perdida", "deu-se por vencido").
func givingUp(code, w, next string) bool {
	return givesUp[code][w] && hasStem([]string{next}, lostWords)
}

// givenUpAt returns the index of the idiom of giving up in words, or -1.
func givenUpAt(code string, words []string) int {
	for i := 0; i+2 < len(words); i++ {
		if words[i+1] == "por" && givingUp(code, words[i], words[i+2]) && givenUpContest(code, words[i+3:min(len(words), i+5)]) {
			return i
		}
	}
	return -1
}
