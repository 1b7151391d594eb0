package article

import "unicode/utf8"

// A middle initial inside an English name ("George W. Bush", "Lena M.
// Dal"): the phrase readers already read past the period after a lone
// capital, but the name inside the phrase, and the names the article
// mentions without a speech verb, stopped at it — "Lena M. Dal" became
// "Dal", a speaker apart from the "Dal" of the next paragraph, or "Lena M".

// middleInitial reports whether toks[k] is the period of a middle initial:
// attached to a one-letter capitalised word, with a name word (or another
// initial) before it and a name word after it. A sentence that ends in a
// lone capital after a capitalised word ("… favoured Plan B. Kask said")
// reads as one name, as the sentence splitter already reads it as one
// sentence; after a common noun ("option B. Kask said") it does not.
func middleInitial(toks []token, k int) bool {
	if k < 2 || k+1 >= len(toks) || !toks[k].is(".") {
		return false
	}
	ini := toks[k-1]
	if !ini.word() || !ini.cap || utf8.RuneCountInString(ini.lower) != 1 || ini.end != toks[k].start {
		return false
	}
	before := toks[k-2]
	return (nameWord(before) || before.is(".") && middleInitial(toks, k-2)) && nameWord(toks[k+1])
}
