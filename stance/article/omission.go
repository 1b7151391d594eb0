package article

import (
	"strings"

	"github.com/stancekit/stancekit/stance"
)

// An omission leaves the winner out of a reaction on purpose: "did not
// call Lima president-elect", "avoided naming Lima", "did not mention
// Lima", "made no reference to the president-elect". Wire reports single
// such statements out as the way governments keep their recognition back,
// so the act withholds; read by the model it came out hostile (a negated
// verb) or recognising (the winner's name).

// omitsWinner reports whether an action's words leave the winner
// unnamed: an omitVerbs verb negated or held back within three words
// before it ("did not mention", "avoided naming", "without naming"), or
// "made no" with an omitNouns noun ("made no reference to"), or a verb
// of leaving out ("left out the president-elect's name", "omitted any
// mention of Lima"), whose object within the next four words is a name form of the winner or a
// winnerTitles word ("president-elect", "the winner").
func omitsWinner(ctx stance.Context, words []string) bool {
	for i, w := range words {
		var obj int
		switch {
		case omitVerbs[w] && omissionBefore(words, i):
			obj = i + 1
		case w == "no" && i > 0 && makeVerbs[words[i-1]] && i+1 < len(words) && omitNouns[words[i+1]]:
			obj = i + 2
		case omitOutright[w] || w == "out" && i > 0 && leaveVerbs[words[i-1]]:
			obj = i + 1 // "left out the president-elect's name", "omitted any mention of Lima"
		default:
			continue
		}
		span := words[obj:min(len(words), obj+4)]
		if callVerbs[w] {
			if namedAs(span) {
				return true
			}
			continue // "did not call Lima on election night" is a telephone call
		}
		if winner, _ := mentionsIn(ctx, span); winner || namesNobody(span) { // namesnobody12.go
			return true
		}
		for j, o := range span {
			if winnerTitles[strings.TrimSuffix(o, "'s")] && !otherWinner(words, obj+j) {
				return true
			}
		}
	}
	return false
}

// otherWinner reports whether the winnerTitles word at words[k] is the
// winner of something other than the vote: "of" after it with no word of
// an election (voteContestWords) in the four words after that ("avoided
// naming the winner of the railway tender"; "the winner of the
// presidential race" is the vote's).
func otherWinner(words []string, k int) bool {
	if k+1 >= len(words) || words[k+1] != "of" {
		return false
	}
	for _, w := range words[k+2 : min(len(words), k+6)] {
		if voteContestWords[strings.TrimSuffix(w, "'s")] {
			return false
		}
	}
	return true
}

// namedAs reports whether the object of a verb of calling, span[0], is
// followed by the title it is called ("did not call Lima president-elect",
// "him the winner"): without one ("did not call Lima on election night",
// "did not call the president-elect") the call is a telephone call.
func namedAs(span []string) bool {
	if len(span) == 0 || span[0] == "the" || span[0] == "a" {
		return false
	}
	for _, o := range span[1:] {
		if winnerTitles[o] || o == "president" {
			return true
		}
	}
	return false
}

// omissionBefore reports whether an omission stands in the three words
// before words[i]: a negated past or perfect ("did not", "has never",
// "didn't"), "without", or a holding back ("avoided", "declined to",
// "refrained from"). A refusal in the future or the mood of the speaker
// ("will not call Lima the president", "cannot name her") is not left to
// this rule: it rejects rather than withholds.
func omissionBefore(words []string, i int) bool {
	for k := max(0, i-3); k < i; k++ {
		w := words[k]
		switch {
		case w == "without" || actionReserves[w] || omittedNegations[w]:
			return true
		case (w == "not" || w == "never") && k > 0 && pastAux[words[k-1]]:
			return true
		}
	}
	return false
}
