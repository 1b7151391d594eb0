package article

// bareNo reports whether the period toks[i] ends the answer "No." rather
// than the abbreviation of a number ("No. 10 Downing Street"): the word
// before it is "No" and what follows is not a number. An interview's
// answer often opens "A: No. Ivo Kask, a legislator, told a rally …";
// read as an abbreviation, the answer and the report after it were one
// sentence, and the interviewee took the report.
func bareNo(toks []token, i int) bool {
	return i > 0 && i+1 < len(toks) && toks[i-1].is("no") && !(toks[i+1].word() && startsWithDigit(toks[i+1].lower))
}
