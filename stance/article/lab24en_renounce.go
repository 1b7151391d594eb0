package article

// renouncedChallenge reports whether the negation words[i] (guardNegations)
// renounces, within five words of the same clause, a challenge to the
// result: standing or getting in the way of the winner, the new
// government, the transition or the result ("I will not stand in the way
// of the man the people chose", "we won't get in the way of the new
// president"), blocking or obstructing one of them ("will not block the
// transition"), or taking the result to court ("would not take the
// result to the Constitutional Court"). Such a speaker accepts the
// result; the model reads the negation over "the way of the man the
// people chose" as hostile. A condition after the negation ("will not
// stand in the way until the count is final"), a hedge or new clause
// before the verb, a rival named as the object ("in the way of Sousa's
// appeal") or a fight carried elsewhere ("not to the courts but to the
// streets") takes it back; an object that is neither the winner nor the
// result ("in the way of a fair recount") is no renunciation.
func renouncedChallenge(folded, words []string, i int, winners, rivals [][]string) bool {
	for j, w := range words[i+1:] {
		if conditionWords[w] && !lab24BeforeCourt(words, i+1+j) || lab24Streets[w] {
			return false
		}
	}
	for k := i + 1; k < len(words) && k <= i+5; k++ {
		w := words[k]
		if claimHedges[w] || clauseBreaks[w] || guardStops[w] {
			return false
		}
		if ok, hit := lab26enDisputeRenounced(folded, words, i, k, winners, rivals); hit {
			return ok // lab26en_dispute.go: "had not contested the count"
		}
		switch {
		case lab24Stand[w]:
			if o, ok := lab24InTheWay(words, k); ok {
				return lab24Obstructed(folded, words, o, winners, rivals)
			}
		case lab24Obstruct[w]:
			return lab24Obstructed(folded, words, k+1, winners, rivals)
		case lab24Carry[w]:
			return lab24ToCourt(words, k)
		}
	}
	return false
}

// lab24InTheWay reports whether "in the way" (or "in her way") follows
// the verb words[k], and returns where its object may start: after "of"
// for "in the way of …", or at "in" itself for "in her way", whose
// owner is the object.
func lab24InTheWay(words []string, k int) (int, bool) {
	if k+3 >= len(words) || words[k+1] != "in" || !lab24Owners[words[k+2]] || words[k+3] != "way" {
		return 0, false
	}
	if words[k+2] != "the" {
		return k + 2, true // "in her way": the owner stands for the object
	}
	if k+4 < len(words) && words[k+4] == "of" {
		return k + 5, true
	}
	return 0, false
}

// lab24Obstructed reports whether the object starting at words[o] is,
// within four words, the winner, the result, the new government or the
// transition (lab24Objects), or a pronoun owner of "in her way" with the
// winner named before it in the run, and no rival is named there first.
func lab24Obstructed(folded, words []string, o int, winners, rivals [][]string) bool {
	if o+1 < len(words) && lab24Owners[words[o]] && words[o] != "the" && words[o+1] == "way" {
		for j := 0; j < o; j++ {
			if startsForm(folded, j, winners) {
				return true
			}
		}
		return false
	}
	for j := o; j < len(words) && j <= o+4; j++ {
		switch {
		case startsForm(folded, j, rivals) || verifyWords[words[j]] || rev24Contests[words[j]]:
			return false // rev24len: "in the way of challenges to the result", "block the audit of the count"
		case startsForm(folded, j, winners) || resultNouns[words[j]] || lab24Objects[words[j]] || votersChoseAfter(words, j):
			return true
		case clauseBreaks[words[j]] && words[j] != "that":
			return false
		}
	}
	return false
}

// votersChoseAfter reports whether the people or the voters are said to
// have chosen at words[j] ("the man the people chose", "the woman voters
// elected"): the voters' choice, as the object of an obstruction.
func votersChoseAfter(words []string, j int) bool {
	if !spokenSubjects[words[j]] || j+1 >= len(words) {
		return false
	}
	n := words[j+1]
	if (n == "have" || n == "has") && j+2 < len(words) {
		n = words[j+2]
	}
	return choseVerbs[n] || n == "elected"
}

// lab24ToCourt reports whether the carrying verb words[k] takes the result
// or the dispute over it (resultNouns, figureNouns, lab24Carried) to a
// court ("take the result to court", "bring the matter before the
// constitutional court").
func lab24ToCourt(words []string, k int) bool {
	obj := false
	for j := k + 1; j < len(words) && j <= k+8; j++ {
		w := words[j]
		switch {
		case resultNouns[w] || figureNouns[w] || lab24Carried[w]:
			obj = true
		case (w == "to" || w == "before") && obj:
			for c := j + 1; c < len(words) && c <= j+4; c++ {
				if courtWords[words[c]] {
					return true
				}
			}
			return false
		case clauseBreaks[w]:
			return false
		}
	}
	return false
}

// lab24BeforeCourt reports whether the "before" at words[j] brings
// something before a court ("before the supreme court"), not a time.
func lab24BeforeCourt(words []string, j int) bool {
	if words[j] != "before" {
		return false
	}
	for c := j + 1; c < len(words) && c <= j+3; c++ {
		if courtWords[words[c]] {
			return true
		}
	}
	return false
}
