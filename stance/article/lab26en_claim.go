package article

// lab26enPassedMark reports whether the winner named at words[i] is said,
// within four words, to have passed a mark of the count (a
// lab26enPassVerbs verb: "had passed 51 percent", "crossed the 50 per
// cent threshold", "cleared the majority needed"), the mark (a
// lab26enMarks word or a figure) within four words of the verb. A
// negation or failure before the verb ("had not passed", "failed to
// cross", "fell short of") takes it back. To pass the mark is to win by
// the count; the model reads the numbers as nothing and the rest of the
// sentence ("the uncounted boxes were irrelevant") as hostile.
func lab26enPassedMark(words []string, i int) bool {
	for k := i + 1; k < len(words) && k <= i+4; k++ {
		w := words[k]
		if guardNegations[w] || actionNegations[w] || lab26enFailWords[w] || clauseBreaks[w] || claimHedges[w] { // claimHedges: rev26len, "Lima claims to have passed 50 percent", "only crossed"
			return false
		}
		if !lab26enPassVerbs[w] {
			continue
		}
		for m := k + 1; m < len(words) && m <= k+4; m++ {
			if lab26enMarks[words[m]] || lab26enPercent(words[m]) {
				return true
			}
		}
		return false
	}
	return false
}

// lab26enPercent reports whether w is a percentage written in one word
// ("51%", "50.1%").
func lab26enPercent(w string) bool {
	return len(w) > 1 && w[len(w)-1] == '%'
}

// lab26enWillOfPeople reports whether the result noun words[i] is said to
// be the voters' will (lab26enIsVerbs, then within four words "will" or
// "choice" with a spokenSubjects word in the two words on either side:
// "the result was the will of the citizens", "the outcome reflects the
// people's choice"). A negation on the way ("was not the will of the
// people", "does not reflect") takes it back; the model reads the
// emphasis after it ("and nothing else") as hostile.
func lab26enWillOfPeople(words []string, i int) bool {
	if !resultNouns[words[i]] || i+1 >= len(words) || !lab26enIsVerbs[words[i+1]] {
		return false
	}
	for k := i + 2; k < len(words) && k <= i+5; k++ {
		w := words[k]
		if guardNegations[w] || actionNegations[w] || claimHedges[w] {
			return false
		}
		if w != "will" && w != "choice" {
			continue
		}
		for m := max(i+2, k-2); m < len(words) && m <= k+3; m++ {
			if spokenSubjects[words[m]] || words[m] == "people's" || words[m] == "voters'" {
				return true
			}
		}
		return false
	}
	return false
}

// lab26enAcceptsIt reports whether the verb words[i] accepts or respects
// the result by a pronoun ("the numbers could not be wished away and she
// would accept them", "the count was clean and we respect it"): a
// lab26enAcceptVerbs verb, then "it" or "them", with a result or figure
// noun (resultNouns, figureNouns) among the twelve words before it. A
// negation, hedge or condition in the verb's clause, up to eight words
// before it ("if
// the court rules against us, we accept it", "we do not accept them"), a
// condition after it ("accept it once the court rules"), or an urging
// verb ("called on Vos to accept it": whose acceptance is in doubt)
// takes it back.
func lab26enAcceptsIt(words []string, i int) bool {
	if !lab26enAcceptVerbs[words[i]] || i+1 >= len(words) || words[i+1] != "it" && words[i+1] != "them" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		w := words[k]
		if clauseBreaks[w] && w != "whether" {
			break // "the numbers could not be wished away and she would accept them"
		}
		if guardNegations[w] || actionNegations[w] || claimHedges[w] || conditionWords[w] || urgeVerbs[w] || w == "when" {
			return false
		}
	}
	for k := i + 2; k < len(words) && k <= i+8; k++ {
		if conditionWords[words[k]] || laterConditions[words[k]] || words[k] == "when" {
			return false
		}
	}
	for k := max(0, i-12); k < i; k++ {
		if resultNouns[words[k]] || figureNouns[words[k]] {
			return true
		}
	}
	return false
}
