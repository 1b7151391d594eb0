package article

// A concession told as an act of its own: "El candidato X asumió la
// derrota", "O candidato X assumiu a derrota". The verbs of conceding
// (concessionVerbs) were read only inside an act found by another verb;
// "asumió" or "concedió" alone made no act. A verb of conceding with a
// defeat within three words after it is an act that concedes ("asumió el
// cargo" is none). The idiom of giving up ("dio por perdida la
// elección", "se dio por vencido", "deu-se por vencido") concedes in the
// verb rule (concessionAt) inside an act found otherwise; as an act of
// its own it was tried and dropped: on articles_lang_dev8 its pronoun
// subject ("también él dio por perdida …") resolved to the wrong person,
// where the verb after it had found the right one.

// givesUp are the verbs of giving in the idiom of giving up, and lostWords
// the stems of the participles after "por".
var (
	givesUp   = map[string]map[string]bool{"es": wordSet(`dio dieron da dan`), "pt": wordSet(`deu deram dá dão deu-se deram-se`)}
	lostWords = []string{"perdid", "vencid", "derrotad"}
)

// concessionAct reports whether toks[v] is a verb of conceding before a
// defeat.
func (ix *intl) concessionAct(toks []token, v int) bool {
	w := toks[v].lower
	if concessionVerbs[ix.lx.code][w] && ix.lx.code != "de" {
		var after []string
		for k := v + 1; k < len(toks) && k <= v+3 && toks[k].word(); k++ {
			after = append(after, toks[k].lower)
		}
		return ix.lx.defeatIn(after)
	}
	return false
}

// givingUp reports whether w, "por" and then next are the idiom of giving
// up in the language code ("dio por perdida", "deu-se por vencido").
func givingUp(code, w, next string) bool {
	return givesUp[code][w] && hasStem([]string{next}, lostWords)
}

// givenUpAt returns the index of the idiom of giving up in words, or -1.
func givenUpAt(code string, words []string) int {
	for i := 0; i+2 < len(words); i++ {
		if words[i+1] == "por" && givingUp(code, words[i], words[i+2]) {
			return i
		}
	}
	return -1
}
