package article

import "testing"

// TestRev24lenRenounceTakenBack: a renounced challenge asked as a
// question, held for now, made on a condition or renounced out of
// distrust of the courts does not recognise; the plain renunciation still
// does (claimStance; sentences invented for the test).
func TestRev24lenRenounceTakenBack(t *testing.T) {
	tests := []struct {
		text string
		want actionVerdict
	}{
		{"Why should we not take the result to the Constitutional Court when ballots are missing?", verdictNone},
		{"Would the party not bring the dispute before the supreme court?", verdictNone},
		{"We will not take the result to court yet; we are waiting for the audit", verdictNone},
		{"the party would not take the matter to court for now", verdictNone},
		{"she would not bring the dispute before the court at this stage", verdictNone},
		{"we will not go to court, but we reserve the right to take the result to the courts later", verdictNone},
		{"he would not stand in the way of the new government provided the commission publishes every tally", verdictNone},
		{"he would not block the transition as long as the audit goes ahead", verdictNone},
		{"he would not take the result to court because the courts are captured by the ruling party", verdictNone},
		{"we will not bring the dispute before the court since the judges take orders from the government", verdictNone},
		{"we will not stand in the way of challenges to the result", verdictNone},
		{"the government would not block an investigation into the count", verdictNone},
		{"the ruling party will not get in the way of the audit of the result", verdictNone},
		// still renounced: no question, no pause, no condition, no distrusted court
		{"I will not stand in the way of the new president.", verdictRecognising},
		{"Will I stand in the way? I will not stand in the way of the new president.", verdictRecognising},
		{"he would not take the result to court because the people have spoken", verdictRecognising},
		{"the army would never block the transition, its commander said", verdictRecognising},
	}
	for _, tt := range tests {
		if got := claimStance(lab24enCtx, tt.text); got != tt.want {
			t.Errorf("claimStance(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestRev24lenDisputeTakenBack: a dispute denied or aimed at a challenge
// to the result, and a foul win charged by others or won in an earlier
// election, reject nothing; the speaker's own charge still does
// (sentences invented for the test).
func TestRev24lenDisputeTakenBack(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"his spokesman denied reports that the party would continue to challenge the result", false},
		{"she dismissed talk that the party would keep fighting the outcome", false},
		{"the ruling party would keep fighting the challenges to the result in court", false},
		{"the commission will continue to contest the petitions against the count", false},
		{"her lawyers vowed to keep fighting attempts to annul the election", false},
		{"anyone who says Lind won by fraud is lying", false},
		{"those who claim Lind won through vote buying have no evidence", false},
		{"the opposition allege Lind won with bribes", false},
		{"Lind's 2014 victory was built on vote buying", false},
		{"Lind's previous win came through intimidation", false},
		{"Lind won in 2009 by fraud, the historian said", false},
		{"his supporters had kept fighting the result for weeks, but the time had come to move on", false},
		{"the party had continued to challenge the count before it accepted defeat", false},
		{"the party had vowed to keep fighting the result", true},
		// the speaker's own charge or vow still counts
		{"the party vowed to keep fighting the result in every court", true},
		{"Vos, who says Lind won by fraud, would keep contesting the count", true},
		{"Lind won through intimidation and vote buying", true},
		{"Lind's victory was built on bribes and threats", true},
	}
	for _, tt := range tests {
		if got := disputeGoesOn(lab24enCtx, tt.text); got != tt.want {
			t.Errorf("disputeGoesOn(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
