package article

import "github.com/stancekit/stancekit/stance"

// lab26enWinnerObject reports whether the recognition verb words[v]
// greets the winner by a title rather than by name: its object, after a
// determiner, is a reference to the winner (peopleWinnerRef: "the
// president-elect", "the winner", "the new prime minister", "her
// successor"), and no rival is named in that noun phrase, which ends at
// the next lab26enObjectEnds word or four words on. A rival named later
// in the act ("congratulated the president-elect and praised Mahama for
// respecting the result") is then no object of the greeting, which
// recognises; "congratulated the winner, Sousa" (a rival named in the
// phrase) is still a rival's congratulation.
func lab26enWinnerObject(ctx stance.Context, words []string, v int) bool {
	k := v + 1
	for k < len(words) && clauseDeterminers[words[k]] {
		k++
	}
	if k >= len(words) || !peopleWinnerRef(words, k) {
		return false
	}
	end := k + 1
	for end < len(words) && end <= k+4 && !lab26enObjectEnds[words[end]] {
		end++
	}
	_, rival := mentionsIn(ctx, words[k:end])
	return !rival
}

// lab26enStoppedAlone reports whether the negation word words[k] is
// "stopped" with neither "short" nor a gerund after it: a stop on a
// journey ("when he stopped in Nadi, of congratulating the new prime
// minister"), not a greeting held back ("stopped short of
// congratulating", "stopped congratulating").
func lab26enStoppedAlone(words []string, k int) bool {
	if words[k] != "stopped" {
		return false
	}
	if k+1 >= len(words) {
		return true
	}
	n := words[k+1]
	return n != "short" && !(len(n) > 4 && n[len(n)-3:] == "ing")
}
