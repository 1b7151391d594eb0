package article

// Narrow limits on session 20's English rules, found by probing them with
// sentences that share their words but not their construction.

// questionOnResult reports whether the open question in words (from its
// question word, up to the first of fourteen words) asks about the result
// or the speaker's position on it: a recognition verb ("whether it would
// recognise"), a word of the result or of winning ("who had won", "the
// outcome"), a judgement of the vote ("whether the vote was fair") or a
// position ("where the government stood"). "Would not say when he would
// travel" leaves open a matter of no stance, and is read as before, and so
// does a question of time, place or manner about the result alone
// (calendarQuestions: "would not say when the results would be
// published").
// "Who" with an office and a copula asks who holds the office ("has not
// said who the prime minister is"; officeHolderQuestion).
func questionOnResult(words []string) bool {
	if officeHolderQuestion(words) {
		return true
	}
	calendar := len(words) > 0 && calendarQuestions[words[0]]
	for k := 0; k < len(words) && k < 14; k++ {
		w := words[k]
		if hasRecognitionStem(w) || acceptVerbs[w] || fairWords[w] || positionWords[w] || !calendar && (resultNouns[w] || winWords[w]) {
			return true
		}
	}
	return false
}

// officeHolderQuestion reports whether words open "who" + a copula and
// an office (personRoles) within five words ("who the prime minister
// is", "who was the legitimate president"), not "who would replace him
// as party chief".
func officeHolderQuestion(words []string) bool {
	if len(words) == 0 || words[0] != "who" {
		return false
	}
	copula, office := false, false
	for k := 1; k < len(words) && k <= 5; k++ {
		copula = copula || copulas[words[k]]
		office = office || personRoles[words[k]]
	}
	return copula && office
}

// tokWords returns the lower-case words from toks[i] up to the first
// token that is not a word.
func tokWords(toks []token, i int) []string {
	var words []string
	for ; i < len(toks) && toks[i].word(); i++ {
		words = append(words, toks[i].lower)
	}
	return words
}

// placeTo reports whether the "to" of a pressing verb's request is a
// preposition before a noun phrase ("pressed his hand to his chest",
// "pressed the letter to the glass"), not an infinitive.
func placeTo(toks []token, i int) bool {
	for k := i + 2; k < len(toks) && k <= i+7 && toks[k].word(); k++ {
		if toks[k].is("to") {
			return k+1 < len(toks) && determiners[toks[k+1].lower]
		}
	}
	return false
}

// coordinatedSpeech reports whether the comma at toks[c] is followed by
// "and" or "but" ("spoke of what he described as fraud, and said …"): the
// free relative before it is in the subject's own clause, not an aside.
func coordinatedSpeech(toks []token, c int) bool {
	return c+1 < len(toks) && (toks[c+1].is("and") || toks[c+1].is("but"))
}

// amongRefusal reports whether the relative clause whose pronoun is
// words[k-1] describes the group the subject is counted among ("was among
// the officials who refused to recognise …"): the refusal is then the
// subject's own.
func amongRefusal(words []string, k int) bool {
	for j := k - 2; j >= 1 && j >= k-7; j-- {
		if words[j] == "among" {
			return copulas[words[j-1]]
		}
	}
	return false
}
