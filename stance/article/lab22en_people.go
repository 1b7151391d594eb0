package article

import "github.com/stancekit/stancekit/stance"

// peopleOnlyGreeting reports whether a greeting whose object is the people
// ("commended Kenyans for a calm polling day", "congratulated the voters
// on a peaceful election", "praised the citizens for turning out") is the
// whole of the act: words name neither the winner nor a winner's title
// ("president-elect", "the winner"), nor the winner's victory, nor a new
// government or leader (peopleWinnerRef). Praise for the vote that says
// nothing of who won keeps back the recognition a congratulation would
// give; "congratulated the nation and the president-elect", "praised
// Ecuadoreans and said it looked forward to working with the new
// government" and "congratulated the voters on electing Lima" recognise.
func peopleOnlyGreeting(ctx stance.Context, words []string) bool {
	if winner, _ := mentionsIn(ctx, words); winner {
		return false
	}
	for i := range words {
		if peopleWinnerRef(words, i) || rev22lenWinnerRef(words, i) { // rev22len_people.go: "wished her well"
			return false
		}
	}
	return true
}

// peopleWinnerRef reports whether words[i] refers to the winner or the
// victory: a winner's title or win word (winnerTitles, electWords,
// lab22enVictoryWords; not "elected", said of governments in general), or a new leader or government ("the new
// government", "the incoming administration", "his successor").
func peopleWinnerRef(words []string, i int) bool {
	w := words[i]
	switch {
	case winnerTitles[w] || electWords[w] || lab22enVictoryWords[w]:
		return true
	case lab22enNewWords[w]:
		for k := i + 1; k < len(words) && k <= i+2; k++ {
			if governmentWords[words[k]] || lab22enLeaderNouns[words[k]] {
				return true
			}
		}
	}
	return false
}

// peopleGreetingClause reports whether reported words tell of a greeting
// of the people and nothing more (peopleOnlyGreeting), its verb in the
// past within the clause's first five words ("the United States
// congratulated Georgians on a competitive campaign", "Britain commended
// voters for a calm election day"). The greeting is an act told in
// reported words, read as the act is (actionStance); "he acknowledged
// that voters were tired" reports a statement and is not one.
func peopleGreetingClause(ctx stance.Context, text string) bool {
	words := actionWords(text)
	for i := 0; i < len(words) && i < 5; i++ {
		if !recognitionVerb(words, i) {
			continue
		}
		past := len(words[i]) > 2 && words[i][len(words[i])-2:] == "ed"
		return past && toPeople(words, i) && peopleOnlyGreeting(ctx, words)
	}
	return false
}
