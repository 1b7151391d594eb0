package article

// A commentator's analysis is not their verdict. A pollster or an economist
// explains the vote ("The polls were not as wrong as people think: the
// Greens won the city seats because …", "Foreign policy is set by the
// council, not by the president"), and the judge, trained on statements
// about elections, is often nearly sure (above commentatorAbout) that
// such words of the vote are about the result. A commentator takes a
// position only with a word of the verdict itself: accepting or
// rejecting, a victory or a defeat, fraud, legitimacy ("We do not accept
// this", "Their victory is genuine", "I am not saying she lost"). A
// commentator's run without one (off28NoVerdict) stays off the result
// however sure the judge.

// off28VerdictWords are the words of a verdict on the result: not the
// neutral words of the count (won, result, outcome, president), which
// an analysis uses to describe what happened.
var off28VerdictWords = wordSet(`accept accepted accepts accepting acceptance reject rejected rejects
	recognise recognised recognises recognize recognized recognizes recognition
	legitimate illegitimate legitimacy victory victorious defeat defeated lost lose loses
	fraud fraudulent rigged rigging stolen steal theft thief cheated
	congratulate congratulated congratulations concede conceded concession
	mandate president-elect annul annulled recount genuine fair unfair`)

// off28NoVerdict reports whether no word of run is a verdict word.
func off28NoVerdict(run string) bool {
	for _, w := range actionWords(run) {
		if off28VerdictWords[w] {
			return false
		}
	}
	return true
}
