package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestRec24enReach: a verb of meeting, talking or travelling whose
// purpose infinitive is a stance on the result is its subject's act, in
// several verbs, tenses and orders; an errand after the same verbs is
// nobody's (sentences invented for the test).
func TestRec24enReach(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"spoke with, by telephone, a long time before the purpose",
			"Reactions\n\nPresident Ivo Kask spoke with Ana Berg by telephone on Monday morning to congratulate her.",
			[]want{{"Ivo Kask", Action, "spoke with Ana Berg by telephone on Monday morning to congratulate her", 0}}},
		{"met, to wish success",
			"Reactions\n\nPrime Minister Lena Dal met Ana Berg at her headquarters on Wednesday to wish her success in office.",
			[]want{{"Lena Dal", Action, "met Ana Berg at her headquarters on Wednesday to wish her success in office", 0}}},
		{"a bare form after an auxiliary",
			"Reactions\n\nGovernor Tomas Reyes will travel to the capital next week to congratulate Ana Berg in person.",
			[]want{{"Tomas Reyes", Action, "will travel to the capital next week to congratulate Ana Berg in person", 0}}},
		{"went to see, after a relative clause",
			"Reactions\n\nMarta Olsen, who chairs the chamber of commerce, went to see the president-elect on Monday to wish him well.",
			[]want{{"Marta Olsen", Action, "went to see the president-elect on Monday to wish him well", 0}}},
		{"a hostile purpose",
			"Reactions\n\nSenator Piet Vos met his party's lawmakers on Sunday to denounce the result as a fraud.",
			[]want{{"Piet Vos", Action, "met his party's lawmakers on Sunday to denounce the result as a fraud", 0}}},
		// counter-cases: an errand, a judging verb with no word of the
		// result, a wish of something else, a relative clause's infinitive
		{"an errand", "Reactions\n\nMayor Carla Dunn went to the port on Monday to open a new terminal.", nil},
		{"speaking to explain", "Reactions\n\nFinance Minister Eli Marsh spoke with reporters on Tuesday to explain the delay.", nil},
		{"welcoming a delegation", "Reactions\n\nGovernor Tomas Reyes flew to the coast on Friday to welcome the trade delegation.", nil},
		{"a wish of recovery", "Reactions\n\nMayor Carla Dunn went to the hospital on Monday to wish the firefighters a speedy recovery.", nil},
		{"the relative clause's infinitive", "Reactions\n\nSenator Ana Berg visited the farmers who had voted to reject the new canal.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestRec24enPurposeVerdict: an act of visiting is read by its purpose,
// and a wish of success greets (sentences invented for the test).
func TestRec24enPurposeVerdict(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Berg", "Berg"}, Rivals: []string{"Otto Kell", "Kell"}}
	for act, want := range map[string]actionVerdict{
		"met his party's lawmakers on Sunday to denounce the result as a fraud": verdictHostile,
		"spoke with Berg by telephone on Monday to congratulate her":            verdictRecognising,
		"went to see the president-elect on Monday to wish her success":         verdictRecognising,
		"wished Berg well on Monday":                                            verdictRecognising,
		"did not wish Berg well":                                                verdictNotRecognising,
		"wished Kell well in opposition":                                        verdictNone, // kindness to the loser, not hostility
		"wished the firefighters a speedy recovery":                             verdictNone,
	} {
		assert.Equal(t, want, actionStance(ctx, act), act)
	}
	assert.Equal(t, "denounce the result", rec24enPurposeText("met lawmakers to denounce the result"))
	assert.Equal(t, "invited him to meet Berg to congratulate her", rec24enPurposeText("invited him to meet Berg to congratulate her"))
}

// TestRec24enIncludedAttribution: a list of actors told on someone's
// authority gives both the spokesperson's remark and each listed
// person's act, with one span; a list with no act gives nothing
// (sentences invented for the test).
func TestRec24enIncludedAttribution(t *testing.T) {
	const clause = "Politicians who rejected the result included Senator Piet Vos and Deputy Hana Lund"
	checkPattern(t, "Reactions\n\n"+clause+", the commission said.",
		[]want{{"commission", Reported, clause, 0}, {"Piet Vos", Action, clause, 1}, {"Hana Lund", Action, clause, 2}})
	const called = "Others who called to congratulate Ana Berg included Tarn's Ivo Kask and Sarn's Mia Roe"
	checkPattern(t, "Reactions\n\n"+called+", the ministry said.",
		[]want{{"ministry", Reported, called, 0}, {"Ivo Kask", Action, called, 1}, {"Mia Roe", Action, called, 2}})
	checkPattern(t, "Reactions\n\nGuests who attended the dinner included Senator Piet Vos and Deputy Hana Lund, organisers said.", nil)
}

// TestRec24enEarly: being ranked among the callers or well-wishers is
// the copula subject's greeting, alone or in a joined clause; a rank in
// something else is no act (sentences invented for the test).
func TestRec24enEarly(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"among the early callers",
			"Reactions\n\nTarn's Ivo Kask was among the early callers.",
			[]want{{"Ivo Kask", Action, "was among the early callers", 0}}},
		{"one of the first well-wishers",
			"Reactions\n\nPresident Mia Roe is one of the first well-wishers.",
			[]want{{"Mia Roe", Action, "is one of the first well-wishers", 0}}},
		{"a joined clause, also",
			"Reactions\n\nIvo Kask sent a telegram, and Sarn's Sam Ng was also among the callers.",
			[]want{{"Ivo Kask", Action, "sent a telegram", 0}, {"Sam Ng", Action, "was also among the callers", 1}}},
		{"among the favourites", "Reactions\n\nSenator Piet Vos was among the early favourites.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
	ctx := stance.Context{Winner: []string{"Ana Berg", "Berg"}}
	assert.Equal(t, verdictRecognising, actionStance(ctx, "was also among the early callers"))
	assert.Equal(t, 0, rec24enAmongCallers(actionWords("was among the early favourites")))
}

// TestRec24enNameParticle: "ag" and "bint" stand in lower case inside a
// name (sentences invented for the test).
func TestRec24enNameParticle(t *testing.T) {
	checkPattern(t, "Reactions\n\nIyad ag Rhali, who speaks for a small movement, rejected the result outright.",
		[]want{{"Iyad ag Rhali", Action, "rejected the result outright", 0}})
	checkPattern(t, "Reactions\n\nAmina bint Salem rejected the result outright.",
		[]want{{"Amina bint Salem", Action, "rejected the result outright", 0}})
}
