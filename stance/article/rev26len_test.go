package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
)

// rev26lenCtx is the election of the rev26len tests (names invented).
var rev26lenCtx = stance.Context{Winner: []string{"Rosa Malmo", "Malmo"}, Rivals: []string{"Teo Barsk", "Barsk"}}

// TestRev26lenClaimDoubted: the lab26en claims (a mark passed, the
// voters' will, the result accepted by a pronoun) asked, hedged, reported
// as others' word or pressed on someone are no claim; said by the speaker
// they still are (claimStance; sentences invented for the test).
func TestRev26lenClaimDoubted(t *testing.T) {
	tests := []struct {
		text string
		want actionVerdict
	}{
		// still claims: the speaker's own words
		{"Malmo has crossed the 50 percent threshold and that is the end of it", verdictRecognising},
		{"we say it plainly: the result is the will of the people", verdictRecognising},
		{"the outcome reflects the voters' choice and we will sit in opposition", verdictRecognising},
		{"the figures are final and we respect them", verdictRecognising},
		{"the results are clear and we accept them", verdictRecognising},
		// a hedge between the name and the verb
		{"Malmo claims to have passed 50 percent, but the sheets were forged", verdictNone},
		{"Malmo only crossed 50 percent because the dead voted", verdictNone},
		{"Malmo supposedly cleared the majority needed", verdictNone},
		// others' word: present-tense hearsay, an allegation
		{"they say Malmo passed 50 percent. We say the count was stolen", verdictNone},
		{"officials insist Malmo crossed the 50 percent threshold, but we counted the sheets", verdictNone},
		{"they tell us the result is the will of the people. It is the will of the commission", verdictNone},
		{"the commission says the outcome is the choice of the voters", verdictNone},
		{"we reject the claim that the result was the will of the people", verdictNone},
		// at a distance, or under a condition after it
		{"the result is far from the will of the people", verdictNone},
		{"the outcome is anything but the voters' choice", verdictNone},
		{"the result was the will of the people, of course, if you believe the commission", verdictNone},
		{"Malmo crossed 50 percent, unless the northern boxes say otherwise", verdictNone},
		// asked
		{"can anyone honestly say the result was the will of the people?", verdictNone},
		{"is this the end? The result was the will of the people? Ask the voters in the north", verdictNone},
		{"the results were cooked in the back office. Why should we accept them?", verdictNone},
		// pressed on someone, or said of anyone
		{"the figures are forged, and they expect us to accept them", verdictNone},
		{"they falsified the results and now demand we accept them", verdictNone},
		{"the results are a fraud and the government wants us to accept them in silence", verdictNone},
		{"the result is a fraud and anyone who accepts it is an accomplice", verdictNone},
	}
	for _, tt := range tests {
		if got := claimStance(rev26lenCtx, tt.text); got != tt.want {
			t.Errorf("claimStance(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestRev26lenDisputeTakenBack: a negated dispute whose saying is denied,
// which a later change undoes, which asks a recount, or whose object is
// another matter renounces nothing (lab24Verdict; sentences invented for
// the test).
func TestRev26lenDisputeTakenBack(t *testing.T) {
	tests := []struct {
		text string
		want actionVerdict
	}{
		// still renounced
		{"the party will not challenge the result in any court", verdictRecognising},
		{"we did not contest the outcome and we wish Malmo well", verdictRecognising},
		{"the opposition would not challenge the court's ruling on the vote", verdictRecognising},
		{"this is not a campaign against the president", verdictRecognising},
		// the saying denied
		{"nobody can say we did not fight the result; we filed forty complaints", verdictNone},
		{"let no one claim we did not contest the result", verdictNone},
		{"no one can say we never questioned the result", verdictNone},
		// a past renunciation undone later
		{"we did not question the result on election night. Now we have the sheets", verdictNone},
		{"at first we had not disputed the outcome, but since then the sheets have surfaced", verdictNone},
		// a recount asked: verification first
		{"this is not a challenge to the result, it is a demand for a full recount", verdictNone},
		{"we will not contest the outcome, only ask for an audit of the northern boxes", verdictNone},
		// another matter
		{"the union would not challenge the court's ruling on the minimum wage", verdictNone},
		{"the ministry will not contest the tribunal's decision over port fees", verdictNone},
	}
	for _, tt := range tests {
		if got := lab24Verdict(rev26lenCtx, tt.text); got != tt.want {
			t.Errorf("lab24Verdict(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestRev26lenClauseCut: another actor's clause before the act's verb is
// taken out and the act after it kept; after the verb it is cut to the
// end as before, and so is a clause with no comma to end it.
func TestRev26lenClauseCut(t *testing.T) {
	tests := []struct{ text, want string }{
		{"On Monday, even as the opposition demanded a recount, Holm telephoned Malmo", "On Monday,, Holm telephoned Malmo"},
		{"Holm, at a time when the opposition was demanding a recount, congratulated Malmo", "Holm,, congratulated Malmo"},
		{"Holm, even while the count went on, hailed Malmo's victory", "Holm,, hailed Malmo's victory"},
		{"Holm congratulated Malmo, even as the opposition demanded a recount", "Holm congratulated Malmo,"},
		{"On Monday, even as the opposition demanded a recount", "On Monday,"},
	}
	for _, tt := range tests {
		if got := lab26enOthersClauseCut(tt.text); got != tt.want {
			t.Errorf("lab26enOthersClauseCut(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	acts := []struct {
		text string
		want actionVerdict
	}{
		{"On Monday, even as the opposition demanded a recount, the Danish minister telephoned Malmo to congratulate her", verdictRecognising},
		{"at the summit, just as the opposition filed its petition, congratulated Malmo on her victory", verdictRecognising},
		{"On Monday, even as the opposition congratulated Malmo, refused to congratulate her", verdictNotRecognising},
	}
	for _, tt := range acts {
		if got := actionStance(rev26lenCtx, tt.text); got != tt.want {
			t.Errorf("actionStance(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
