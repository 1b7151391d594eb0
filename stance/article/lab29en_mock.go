package article

import "github.com/stancekit/stancekit/stance"

// lab29enMockedAfter reports whether the recognition verb words[v] is
// said in mockery by a manner after it: "with", at most two words, and a
// mocking noun, within six words of the verb ("welcomed the result with a
// sneer", "congratulated Lima with heavy sarcasm"), or a mockAdverbs word
// there ("hailed the outcome sarcastically"). A welcome in jest scorns the
// result as "sarcastically congratulated" does (mocked). "with no irony"
// is none (mockNegators), and a manner further on belongs to another
// clause ("congratulated Lima and thanked the observers who had met the
// count with scorn"). The window ends at another clause (rev29len_mock.go:
// "congratulated Lima as protesters jeered mockingly", "welcomed Lima's
// win and, with heavy irony, thanked the opposition").
func lab29enMockedAfter(ctx stance.Context, words []string, v int) bool {
	for k := v + 1; k < len(words) && k <= v+6 && !rev29lenMockWindowEnds(words, k); k++ {
		switch w := words[k]; {
		case mockAdverbs[w]:
			if rev29lenAdverbOfOther(words, k) {
				continue
			}
			return true
		case w == "with":
			if k-1 > v && rev29lenPastLike(words[k-1]) {
				continue // rev29len: "congratulated Lima, long treated with scorn by the elite"
			}
			for j := k + 1; j < len(words) && j <= k+3 && !mockNegators[words[j]]; j++ {
				if (mockNouns[words[j]] || sneerNouns[words[j]]) && !rev29lenMockAimedElsewhere(ctx, words, j) {
					return true
				}
			}
		}
	}
	return false
}
