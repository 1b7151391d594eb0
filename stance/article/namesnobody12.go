package article

// namesNobody reports whether the object of an omission verb (span, the
// words after "without naming", "did not mention", "avoided naming") is
// nobody in particular: "anyone", "anybody", "either", or "any" before
// a word of the candidates (anyCandidateWords) ("congratulated the people on a peaceful vote … without
// naming anyone"). A reaction that names no one leaves the winner
// unnamed as surely as one that avoids the winner's name, and the
// congratulation before it was read as recognition. "anyone else" or
// "anyone other" means someone was named, and is none.
func namesNobody(span []string) bool {
	switch {
	case len(span) == 0:
		return false
	case span[0] == "any":
		return len(span) > 1 && anyCandidateWords[span[1]] // "any winner", not "any mention of the opposition"
	case !nobodyObjects[span[0]]:
		return false
	}
	return len(span) < 2 || span[1] != "else" && span[1] != "other"
}
