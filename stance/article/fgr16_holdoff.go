package article

// A recognition held off. A report says someone put off congratulating
// with a verb of hesitating or holding off near the word of recognition
// ("с поздравлениями повременил", "hésite à reconnaître les résultats",
// "zögert mit Glückwünschen"): the act withholds. Negated, the same verbs
// say the act came at once ("n'a pas hésité à féliciter": promptAfter),
// which the negation already reads.

// heldOff reports whether a verb of holding off stands within three words
// before or after the recognition at words[v], with no negator or
// without-word (lexicon_judgement13.go: "ohne zu zögern", "sans hésiter")
// within two words before it.
func (l *langLexicon) heldOff(words []string, v int) bool {
	for i := max(0, v-3); i < min(len(words), v+4); i++ {
		if i == v || !holdOffVerbs[words[i]] {
			continue
		}
		for j := max(0, i-2); j < i; j++ {
			if l.negators[words[j]] || withoutWords[words[j]] {
				return false // "n'a pas hésité", "ohne zu zögern"
			}
		}
		return true
	}
	return false
}
