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
