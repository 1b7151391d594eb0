package article

import "strings"

// electionOver reports whether the vote at words[i] is said to be over:
// the vote noun (voteNouns), a copula or "has been" ("is", "was", "'s",
// "has been"), perhaps an adverb of time or degree ("now", "already",
// "well"), then "over" ("the election is over", "the vote was now over",
// "the elections have been over for a week"). A vote declared over
// closes the dispute as "the result is final" does (resultFinal). Not
// when the vote is over in a condition or a time clause ("once the vote
// is over", "until the election is over"; lab22enOverOpeners before it),
// negated ("is not over", "is far from over", "is never over"), nor over
// before it began ("was over before a single ballot was cast": a vote
// decided in advance) or "over" as a preposition ("the vote was over the
// budget").
func electionOver(words []string, i int) bool {
	noun, contracted := strings.CutSuffix(strings.ReplaceAll(words[i], "’", "'"), "'s")
	if !voteNouns[noun] {
		return false
	}
	for k := max(0, i-3); k < i; k++ {
		if lab22enOverOpeners[words[k]] {
			return false
		}
	}
	k := i + 1
	switch {
	case contracted: // "the election's over": the copula is in the noun
	case k+1 < len(words) && (words[k] == "has" || words[k] == "have") && words[k+1] == "been":
		k += 2
	case k < len(words) && (copulas[words[k]] || words[k] == "'s"):
		k++
	default:
		return false
	}
	if k < len(words) && lab22enOverAdverbs[words[k]] {
		k++
	}
	if k >= len(words) || words[k] != "over" {
		return false
	}
	return (k+1 >= len(words) || !lab22enOverAfter[words[k+1]]) && !overLimited(words, k) // rev22len_over.go: "over for us only when the courts rule"
}
