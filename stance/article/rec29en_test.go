package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
)

func TestRec29enVotersChoseWinner(t *testing.T) {
	winners := claimForms([]string{"Ana Lima", "Lima"}, []string{"Rui Sousa", "Sousa"})
	cases := []struct {
		text string
		want bool
	}{
		{"voters had rewarded Lima for her years in the finance ministry", true},
		{"the electorate has given Lima a clear mandate and a heavy burden", true},
		{"I don't like it, but the country has chosen Lima and we live with that", true},
		{"citizens overwhelmingly backed Ms Lima and her programme", true},
		{"the nation re-elected President Lima by a wide margin", true},
		{"and the people clearly handed Ana Lima the keys to the palace", true},
		// near-misses
		{"voters had rewarded Sousa in the north", false},
		{"voters did not choose Lima, the commission did", false},
		{"if voters back Lima in the runoff, the reforms go on", false},
		{"voters should reward Lima for her courage", false},
		{"voters will give Lima a mandate only if turnout holds", false},
		{"they claim voters chose Lima", false},
		{"until the people have chosen Lima in a fair count, we wait", false},
		{"voters in the capital chose to stay home", false},
		{"voters had rewarded the reformers for a decade", false},
	}
	for _, c := range cases {
		if got := rec29enVotersChoseWinner(actionWords(c.text), winners); got != c.want {
			t.Errorf("rec29enVotersChoseWinner(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	if v := claimStance(ctx, "voters had rewarded Lima for steering the economy through the drought"); v != verdictRecognising {
		t.Errorf("claimStance = %v, want recognising", v)
	}
	if !claimAbout(ctx, "the electorate had given Lima a strong hand for the budget talks") {
		t.Errorf("claimAbout = false, want true")
	}
}
