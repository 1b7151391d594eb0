package article

// A verdict called too early ("it was far too early for anyone to be
// talking of a win", "it is too early to speak of congratulations", "any
// talk of winners is premature") withholds recognition and is about the
// result, though the judge, meeting no name and no result, read one such
// remark as off it. The verdict word (off28VerdictWords: win, victory,
// congratulations, fraud, fair …) comes within eight words after "too
// early" or "premature", or within six before "premature". Not when the
// timing is denied ("it is not too early to congratulate Lima"), nor
// when what is too early to judge is no verdict ("too early to say
// whether the new cabinet can govern", "premature to talk of rate cuts").

// rec30enTooEarly reports whether run calls a verdict on the result too
// early (see above).
func rec30enTooEarly(run string) bool {
	w := actionWords(run)
	for i, x := range w {
		early := x == "early" && i > 0 && w[i-1] == "too"
		if !early && x != "premature" {
			continue
		}
		at := i
		if early {
			at = i - 1
		}
		if rev30enTimingDenied(w, at) {
			continue // "not too early", "not premature"; rev30en_early.go: "no longer too early"
		}
		lo := i + 1
		if x == "premature" {
			lo = max(0, i-6)
		}
		for k := lo; k < len(w) && k <= i+8; k++ {
			if k != i && off28VerdictWords[w[k]] && !rev30enNoVerdict(w, k) { // rev30en_early.go: not "who would win", "lost an hour"
				return true
			}
		}
	}
	return false
}
