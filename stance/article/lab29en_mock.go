package article

// sneerNouns, like mockNouns, tell a manner of mockery after "with" ("with
// a sneer", "with a smirk").
var sneerNouns = wordSet(`sneer smirk jeer snigger`)

// lab29enMockedAfter reports whether the recognition verb words[v] is
// said in mockery by a manner after it: "with", at most two words, and a
// mocking noun, within six words of the verb ("welcomed the result with a
// sneer", "congratulated Lima with heavy sarcasm"), or a mockAdverbs word
// there ("hailed the outcome sarcastically"). A welcome in jest scorns the
// result as "sarcastically congratulated" does (mocked). "with no irony"
// is none (mockNegators), and a manner further on belongs to another
// clause ("congratulated Lima and thanked the observers who had met the
// count with scorn").
func lab29enMockedAfter(words []string, v int) bool {
	for k := v + 1; k < len(words) && k <= v+6; k++ {
		switch w := words[k]; {
		case mockAdverbs[w]:
			return true
		case w == "with":
			for j := k + 1; j < len(words) && j <= k+3 && !mockNegators[words[j]]; j++ {
				if mockNouns[words[j]] || sneerNouns[words[j]] {
					return true
				}
			}
		}
	}
	return false
}
