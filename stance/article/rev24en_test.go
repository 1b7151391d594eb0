package article

import (
	"strings"
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestRev24enAimedReach: a visit's purpose is a stance only when it is
// aimed at the winner or the result; an errand of congratulation or of
// good wishes for someone else makes no remark (sentences invented for
// the test).
func TestRev24enAimedReach(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"congratulating the president-elect",
			"Reactions\n\nForeign Minister Rui Sousa flew to Tarn on Monday to congratulate the president-elect in person.",
			[]want{{"Rui Sousa", Action, "flew to Tarn on Monday to congratulate the president-elect in person", 0}}},
		{"wishing the new president success",
			"Reactions\n\nSenator Ana Berg travelled to the capital to wish the new president success.",
			[]want{{"Ana Berg", Action, "travelled to the capital to wish the new president success", 0}}},
		{"hailing her victory",
			"Reactions\n\nPrime Minister Ivo Kask visited Dal at her headquarters to hail her victory.",
			[]want{{"Ivo Kask", Action, "visited Dal at her headquarters to hail her victory", 0}}},
		// near-misses: the same verbs, the purpose aimed elsewhere
		{"a football team", "Reactions\n\nMayor Ines Roos flew to Lisbon on Saturday to congratulate the national football team on its cup win.", nil},
		{"graduating cadets", "Reactions\n\nInterior Minister Jan Ott visited the police academy to congratulate the graduating cadets.", nil},
		{"another team's victory", "Reactions\n\nSports Minister Eli Sand flew to Oslo to hail the handball team's victory in the final.", nil},
		{"wishing the injured well", "Reactions\n\nPrime Minister Ivo Kask visited the military hospital on Monday to wish the injured officers well.", nil},
		{"wishing both candidates luck", "Reactions\n\nPrime Minister Ivo Kask travelled to Tarn to wish both candidates luck.", nil},
		{"rejecting the result on Monday",
			"Reactions\n\nOpposition leader Piet Vos met his lawmakers on Sunday to reject the result on Monday's count.",
			[]want{{"Piet Vos", Action, "met his lawmakers on Sunday to reject the result on Monday's count", 0}}},
		{"denouncing the outcome of the run-off",
			"Reactions\n\nSenator Jon Falk travelled to the capital to denounce the outcome of the presidential run-off.",
			[]want{{"Jon Falk", Action, "travelled to the capital to denounce the outcome of the presidential run-off", 0}}},
		{"another vote", "Reactions\n\nPrime Minister Ivo Kask headed to parliament on Tuesday to hail the vote on the new budget.", nil},
		{"another decision", "Reactions\n\nOpposition leader Piet Vos drove to the ministry on Monday to reject the decision to raise fuel taxes.", nil},
		{"another ruling", "Reactions\n\nFisheries Minister Jan Ott flew to Geneva to challenge the ruling on fishing rights.", nil},
		{"the outcome of talks", "Reactions\n\nGovernor Tomas Reyes spoke with farmers on Friday to denounce the outcome of the water-rights talks.", nil},
		{"luck in a contest to come", "Reactions\n\nGovernor Tomas Reyes visited the campaign office to wish her luck in the primaries.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestRev24enAimedCallers: a rank among callers or well-wishers greets
// only when the place or occasion after it is the winner's or the
// result's, and bare well-wishers only when ranked early (sentences
// invented for the test).
func TestRev24enAimedCallers(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Lena Dal", "Dal"}, Rivals: []string{"Otto Kell", "Kell"}}
	for act, want := range map[string]actionVerdict{
		"was among the first callers to the president-elect on election night":          verdictRecognising,
		"was among the early callers to Dal":                                            verdictRecognising,
		"was one of the first well-wishers":                                             verdictRecognising,
		"was also among the early callers":                                              verdictRecognising,
		"was among the early callers to a late-night radio phone-in on fuel prices":     verdictNone,
		"was one of the first well-wishers at the hospital after the striker's surgery": verdictNone,
		"was among the well-wishers outside the cathedral":                              verdictNone,
		"travelled to the capital to wish the new president success":                    verdictRecognising,
		"went to see Kell to wish him well in opposition":                               verdictNone,
		"headed to the commission to denounce the result as a fraud":                    verdictHostile,
	} {
		assert.Equal(t, want, actionStance(ctx, act), act)
	}
	for text, n := range map[string]int{
		"Reactions\n\nGovernor Tomas Reyes was among the first callers after the earthquake, offering tents.": 0,
		"Reactions\n\nSenator Ana Berg was among the callers to the flood hotline on Tuesday.":                0,
		"Reactions\n\nFlorist Eva Lunde was among the well-wishers, and said she had waited since dawn.":      0,
		"Reactions\n\nGovernor Tomas Reyes was among the early callers, his office said.":                     1,
		"Reactions\n\nTrade Minister Nora Lind was one of the first well-wishers, her office said.":           1,
	} {
		rs := Extract(text)
		got := 0
		for _, r := range rs {
			if r.Kind == Action && (strings.Contains(r.Text, "callers") || strings.Contains(r.Text, "well-wishers")) {
				got++ // the rank itself, not another act of the sentence
			}
		}
		assert.Equal(t, n, got, text)
	}
}
