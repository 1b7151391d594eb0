package article

// verdictSpoken reports whether words[i] opens "the people have spoken",
// "the ballot boxes have spoken", "the majority has spoken" or "the
// court has ruled": the voters or the court named as having had the last
// word, which defenders of a result say to close the dispute. The claim
// is one word of its subject (spokenSubjects), "has" or "have", then
// "spoken" (or "ruled", "decided" for a court), with no preposition or
// "that" after it: "who has spoken to the president", "the court has
// ruled in favour of the petition" and "the court has ruled that …" say
// something else, and "has spoken twice" counts rulings. The loop of
// claimStance skips a hedged subject ("claimed the people have spoken");
// a condition or negation in the five words before is none either ("if
// the people have spoken", "not true that the people have spoken").
func verdictSpoken(words []string, i int) bool {
	if !spokenSubjects[words[i]] || i+2 >= len(words) || (words[i+1] != "has" && words[i+1] != "have") {
		return false
	}
	v := words[i+2]
	if v != "spoken" && !(courtNouns[words[i]] && (v == "ruled" || v == "decided")) {
		return false
	}
	for k := max(0, i-5); k < i; k++ {
		if conditionWords[words[k]] || claimNegations[words[k]] {
			return false // "until the final court has spoken", "it is not true that the people have spoken"
		}
	}
	return i+3 >= len(words) || !spokenAfter[words[i+3]]
}

// votersChose reports whether words[i] opens "the people chose" or "the
// voters have decided" closing a clause: the voters named as having
// chosen, with no object after the verb (only a conjunction, pronoun or
// adverb of manner, choseAfter), which is "the people have spoken" in
// other words. The phrase must open the remark or follow a conjunction
// (clauseOpeners): "the president the people chose" is a relative clause,
// said as well by those who call a rival the one chosen. "Sixty per cent of voters chose someone else" names a
// choice against the winner (no "the", and an object), "the voters
// decided to stay home" a choice of something else.
func votersChose(words []string, i int) bool {
	if !spokenSubjects[words[i]] || courtNouns[words[i]] || i == 0 || words[i-1] != "the" || i+1 >= len(words) {
		return false
	}
	if i > 1 && !clauseOpeners[words[i-2]] {
		return false // "the president the people chose": a relative clause naming whom, not a verdict
	}
	j := i + 1
	if (words[j] == "has" || words[j] == "have") && j+1 < len(words) {
		j++
	}
	if !choseVerbs[words[j]] {
		return false
	}
	for k := max(0, i-5); k < i; k++ {
		if conditionWords[words[k]] || claimNegations[words[k]] {
			return false
		}
	}
	return j+1 >= len(words) || choseAfter[words[j+1]]
}
