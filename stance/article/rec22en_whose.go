package article

// whoseRelative reports whether the subject ph of a verb is the head of a
// relative clause opened by ", whose" ("Prime Minister Jo Roe, whose
// Farmers' Party had backed Kask, also congratulated the winner"; "Lisa
// Sepp, whose Greens had endorsed Kask, accepted the result"). Such a
// clause, like one opened by ", who", ends at its next comma, and a
// campaign verb in it ("had backed Kask") is background, not an act
// toward the result (stanceClause); read as a plain subject, the
// clause's verb ran on over the comma and took the main verb's act from
// the person the sentence names. The possessor is a person or a body
// named before the comma: ", whose" right before ph.
func whoseRelative(toks []token, ph phrase) bool {
	return ph.ok() && ph.lo >= 2 && toks[ph.lo-1].is("whose") && toks[ph.lo-2].is(",")
}
