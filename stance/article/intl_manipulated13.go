package article

// "Manipulated" and "adulterated" are said of prices, data, markets and
// polls as much as of a count ("los precios del combustible fueron
// manipulados por especuladores", "os dados da inflação foram
// adulterados"), where "amañado" or "fraudado" is said of a vote. Such a
// weak condemning stem condemns the result only with a word of the
// election (the language's topicStems) within voteNearSpan words of it
// ("acusó al partido de haber manipulado el escrutinio", "atas
// adulteradas").

// voteNearSpan is how far from a weak condemning word the word of the
// election may stand.
const voteNearSpan = 5

// weakCondemnNearVote reports whether words[i], a condemning word, is no weak one or
// has a word of the election within voteNearSpan words of it.
func weakCondemnNearVote(code string, words []string, i int) bool {
	l := lexicons[code]
	if l == nil || !hasStem(words[i:i+1], weakCondemnStems[code]) {
		return true
	}
	if revShamAsPlace(code, words, i) { // "en el Teatro Municipal" (rev19rom_shamplace.go)
		return false
	}
	return hasStem(words[max(0, i-voteNearSpan):i], l.topicStems) || hasStem(words[i+1:min(len(words), i+1+voteNearSpan)], l.topicStems)
}
