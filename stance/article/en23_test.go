package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestEn23ContactPurpose: a verb of contact whose purpose is a stance
// ("wrote to Berg to congratulate her", ", phoning Berg to congratulate
// her") is its subject's act, not the addressee's (sentences invented for
// the test).
func TestEn23ContactPurpose(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"wrote to, to congratulate",
			"Reactions\n\nPresident Ivo Kask wrote to Ana Berg to congratulate her on Monday.",
			[]want{{"Ivo Kask", Reported, "wrote to Ana Berg to congratulate her on Monday", 0}}},
		{"a participle, writing to two names",
			"Reactions\n\nPresident Ivo Kask went further, writing to Ana Berg and Lena Dal to congratulate them.",
			[]want{{"Ivo Kask", Reported, "writing to Ana Berg and Lena Dal to congratulate them", 0}}},
		{"a participle, phoning",
			"Reactions\n\nPresident Ivo Kask moved quickly, phoning Ana Berg to hail her victory.",
			[]want{{"Ivo Kask", Action, "phoning Ana Berg to hail her victory", 0}}},
		{"a participle, telephoning",
			"Reactions\n\nPresident Ivo Kask broke with his party, telephoning Ana Berg to welcome the result.",
			[]want{{"Ivo Kask", Action, "telephoning Ana Berg to welcome the result", 0}}},
		// counter-cases: the purpose is no stance
		{"wrote to ask for the tally",
			"Reactions\n\nPresident Ivo Kask wrote to the electoral board to ask for the tally sheets.",
			nil},
		{"phoning home",
			"Reactions\n\nPresident Ivo Kask left early, phoning his family to say he was safe.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestEn23GroupOf: a plural office counted or gathered before "of" ("a
// group of lawmakers", "a delegation of senators", "dozens of mayors")
// is the subject of its verb or of a participle after the comma
// (sentences invented for the test).
func TestEn23GroupOf(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a group of, a verb",
			"Reactions\n\nA group of Norland lawmakers congratulated Ana Berg.",
			[]want{{"Norland lawmakers", Action, "congratulated Ana Berg", 0}}},
		{"dozens of, a verb",
			"Reactions\n\nDozens of mayors welcomed the result on Monday.",
			[]want{{"mayors", Action, "welcomed the result on Monday", 0}}},
		{"an opener, a group, a participle after the comma",
			"Reactions\n\nEarlier in the week a group of U.S. lawmakers had gone further, writing to Ana Berg to congratulate her.",
			[]want{{"U.S. lawmakers", Reported, "writing to Ana Berg to congratulate her", 0}}},
		{"a delegation of, a participle",
			"Reactions\n\nOn Monday a delegation of Velor senators moved first, congratulating Ana Berg.",
			[]want{{"Velor senators", Action, "congratulating Ana Berg", 0}}},
		// counter-cases: no office after "of", a leader of a group
		{"a group of protesters",
			"Reactions\n\nA group of protesters welcomed the result.",
			nil},
		{"the leader of the senators is no group",
			"Reactions\n\nThe house was quiet as the leader of the senators went home, congratulating nobody.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestEn23WinnerToldToYield: telling the declared winner to concede is
// hostile (GUIDELINES rule 14), whatever the demand verb; telling a
// rival to concede is not (sentences invented for the test).
func TestEn23WinnerToldToYield(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	cases := []struct {
		text string
		want actionVerdict
	}{
		{"called on Lima to concede", verdictHostile},
		{"urged Ana Lima to step aside", verdictHostile},
		{"asked Lima to admit defeat before the court ruled", verdictHostile},
		{"has called upon Lima's camp to concede the race", verdictHostile},
		// counter-cases
		{"called on Sousa to concede", verdictRecognising},        // a rival told to concede
		{"urged Lima to reach out to her opponents", verdictNone}, // no yielding: left to the model
		{"urged Lima to stand firm", verdictNone},                 // "stand" without "aside" or "down"
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, c.want, actionStance(ctx, c.text))
		})
	}
}
