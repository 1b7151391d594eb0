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

// TestRec29enPlaceOpened: a place with no comma before a described subject
// set off by an apposition ("In Velor the party leader, Jo Roe, said"),
// at the sentence's start or after ", and", opens the clause; the named
// speaker is found (sentences invented for the test).
func TestRec29enPlaceOpened(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a place opens the sentence",
			"Reactions\n\nIn Velor the party leader, Jo Roe, said the result was a lesson for everyone.",
			[]want{{"Jo Roe", Reported, "the result was a lesson for everyone", 0}}},
		{"a place after and, a speech verb",
			"Reactions\n\nIvo Kask congratulated Ana Berg, and in Tarn the foreign minister, Lena Dal, said she would visit soon.",
			[]want{{"Ivo Kask", Action, "congratulated Ana Berg", 0}, {"Lena Dal", Reported, "she would visit soon", 1}}},
		{"a place after and, an act",
			"Reactions\n\nIvo Kask congratulated Ana Berg, and at the Commission its president, Lena Dal, welcomed the result.",
			[]want{{"Ivo Kask", Action, "congratulated Ana Berg", 0}, {"Lena Dal", Action, "welcomed the result", 1}}},
		// counter-cases
		{"a place inside the act, then a time",
			"Reactions\n\nIvo Kask congratulated Ana Berg and held talks in Tarn the next day.",
			[]want{{"Ivo Kask", Action, "congratulated Ana Berg and held talks in Tarn the next day", 0}}},
		{"a place after a noun is no opener",
			"Reactions\n\nIvo Kask congratulated Ana Berg, and talks in Tarn the next day, Monday, went well.",
			[]want{{"Ivo Kask", Action, "congratulated Ana Berg, and talks in Tarn the next day, Monday, went well", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

func TestRec29enVerdictDeferred(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"the network would publish its own assessment only after checking the commission's totals against its tallies", true},
		{"the delegation will issue its final conclusions once the tribunal has ruled on the appeals", true},
		{"we will give no verdict until the count in the capital is finished", true},
		{"the league would not give any assessment before the results are certified", true},
		{"her party would set out its position when the court had ruled", true},
		{"the bishops would reserve their judgment pending a review of the complaints", true},
		// near-misses
		{"the network published its assessment after the count", false},
		{"the bank would give its view on rates after the meeting in June", false},
		{"he would give his opinion when asked about the tallies", false},
		{"the mission will issue its final report once the tribunal has ruled", false},
		{"they would reach a position after long talks with the unions", false},
	}
	for _, c := range cases {
		if got := rec29enVerdictDeferred(c.text); got != c.want {
			t.Errorf("rec29enVerdictDeferred(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
