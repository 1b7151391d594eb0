package article

// lab31enTimeLead reports whether toks[j], right after a speech verb,
// opens a clause of time led by a measure of how long before or after:
// "responded long before the final results were due, saying …",
// "reacted minutes after the count closed", "spoke two hours before the
// commission announced the tally". The clause tells when, not what was
// said; clauseStart reads it as it reads a bare "before …" or "after …"
// (clauseSkip): the verb's clause is a "that" or a colon further on, or
// there is none. Before, "long before the final results were due to be
// announced" was the speaker's reported remark, and a withholding one.
func lab31enTimeLead(toks []token, j int) bool {
	k := j
	if k+1 < len(toks) && toks[k].word() && (numberWords[toks[k].lower] || allDigits(toks[k].lower) || toks[k].is("a")) && lab31enTimeUnits[toks[k+1].lower] {
		k++ // "two hours before", "a day after"
	}
	if k+1 >= len(toks) || !toks[k].word() || !toks[k+1].word() {
		return false
	}
	return (lab31enTimeDegrees[toks[k].lower] || lab31enTimeUnits[toks[k].lower]) && lab31enTimeSubordinators[toks[k+1].lower]
}
