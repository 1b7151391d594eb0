package article

import (
	"strings"

	"github.com/stancekit/stancekit/stance"
)

// rev29lenMockWindowEnds reports whether w, after a recognition verb,
// opens another clause, whose manner is not the act's: a relative or
// subordinate word (mockStops: "congratulated Lima, whose critics had
// sneered sarcastically"; "congratulated Lima as protesters jeered
// mockingly") or "and" before a second verb or its manner ("welcomed
// Lima's win and, with heavy irony, thanked the opposition for its
// help"); "and" joining objects goes on ("congratulated Lima and her
// party with a smirk").
func rev29lenMockWindowEnds(words []string, k int) bool {
	if words[k] == "and" {
		return k+1 < len(words) && (words[k+1] == "with" || rev29lenPastLike(words[k+1]))
	}
	return mockStops[words[k]]
}

// rev29lenPastLike reports whether w looks like a past tense or participle
// ("thanked", "dubbed"): longer than four letters and ending in "ed".
func rev29lenPastLike(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// rev29lenAdverbOfOther reports whether the mocking adverb words[k] is
// another verb's manner or a comment on the facts rather than the
// recognition act's manner: a participle right after it ("welcomed the
// outcome, mockingly dubbed the royal landslide by bloggers, as fair"),
// or "ironically", which after the act comments on the facts
// ("congratulated Lima, ironically in the hall where she had lost").
func rev29lenAdverbOfOther(words []string, k int) bool {
	if words[k] == "ironically" {
		return true
	}
	return k+1 < len(words) && rev29lenPastLike(words[k+1])
}

// rev29lenMockAimedElsewhere reports whether the mocking noun words[j]
// ("sneer", "scorn") is aimed by at/for/toward (mockTargets) at something
// that is neither the winner, the result nor the body that counted it
// (accusedBodies) within four words: "welcomed
// the result with a sneer at the opposition's fraud claims" recognises
// the result and mocks its doubters; "with scorn for the count" still
// scorns the result.
func rev29lenMockAimedElsewhere(ctx stance.Context, words []string, j int) bool {
	if j+1 >= len(words) || !mockTargets[words[j+1]] {
		return false
	}
	end := min(len(words), j+6)
	if winner, _ := mentionsIn(ctx, words[j+2:end]); winner {
		return false
	}
	for _, w := range words[j+2 : end] {
		if resultNouns[w] || winWords[w] || accusedBodies[w] { // "with scorn toward the council"
			return false
		}
	}
	return true
}
