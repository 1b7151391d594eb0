package article

// A part of the electorate choosing the winner ("younger voters had
// backed Lima", "young people backed Lima in the university towns",
// "women voters backed Lima more strongly than men") is who voted for
// whom, an analyst's explanation of the win and off the result, not the
// voters' choice that rec29enVotersChoseWinner (rec29en_choice.go) reads
// as recognising it: "voters had rewarded Lima" and "the people have
// chosen Lima" still are.

// rev29enPartOfVoters reports whether the voters at words[i] are a part
// of the electorate (a rev29enVoterParts word right before them).
func rev29enPartOfVoters(words []string, i int) bool {
	return i > 0 && rev29enVoterParts[words[i-1]]
}
