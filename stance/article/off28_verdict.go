package article

// A commentator's analysis is not their verdict. A pollster or an economist
// explains the vote ("The polls were not as wrong as people think: the
// Greens won the city seats because …", "Foreign policy is set by the
// council, not by the president"), and the judge, trained on statements
// about elections, is often nearly sure (above commentatorAbout) that
// such words of the vote are about the result. A commentator takes a
// position only with a word of the verdict itself: accepting or
// rejecting, who won, a victory or a defeat, fraud, legitimacy, a vote
// over or disputed ("We do not accept this", "Their victory is genuine",
// "I am not saying she lost", "nobody serious disputes it"). A
// commentator's run without one (off28NoVerdict) stays off the result
// however sure the judge.

// off28NoVerdict reports whether no word of run is a verdict word, nor
// is the vote declared over ("the election is over").
func off28NoVerdict(run string) bool {
	w := actionWords(run)
	for i, x := range w {
		if off28VerdictWords[x] || rev28offVerdictWords[x] || x == "over" && i > 0 && (w[i-1] == "is" || w[i-1] == "was") {
			return false
		}
	}
	return true
}
