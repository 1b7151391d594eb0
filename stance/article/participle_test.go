package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/stance"
)

// TestTrailingParticiple: a reported clause ends at a comma before a
// participle of the speaker's own refusal ("said X was within his rights,
// stopping short of acknowledging Lima's win"; ", refusing to congratulate
// Lima"), which is an act, not part of what was said.
func TestTrailingParticiple(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"refusing after a reported clause is an act",
			"Premier Ivo Kask said the count had been slow, refusing to congratulate Lima.",
			[]want{{"Ivo Kask", Reported, "the count had been slow", 0}, {"Ivo Kask", Action, "refusing to congratulate Lima", 1}}},
		{"stopping short after a reported clause is an act",
			"Senator Aron Pell said Berg was within his rights to seek a recount, stopping short of acknowledging Lima's win.",
			[]want{{"Aron Pell", Reported, "Berg was within his rights to seek a recount", 0}, {"Aron Pell", Action, "stopping short of acknowledging Lima's win", 1}}},
		{"a stance participle without a comma stays in the clause",
			"Senator Aron Pell said Berg was stopping short of a concession.",
			[]want{{"Aron Pell", Reported, "Berg was stopping short of a concession", 0}}},
		{"a recognising participle stays in the clause, where the self-act rule reads it",
			"Premier Ivo Kask said the count had been slow, congratulating Lima on her win.",
			[]want{{"Ivo Kask", Reported, "the count had been slow, congratulating Lima on her win", 0}}},
		{"a participle that is no stance verb stays in the clause",
			"Senator Aron Pell said the count had ended, leaving Lima ahead.",
			[]want{{"Aron Pell", Reported, "the count had ended, leaving Lima ahead", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestStoppingShortVerdict: stopping short of recognising withholds it.
func TestStoppingShortVerdict(t *testing.T) {
	assert.Equal(t, verdictWithholding, actionStance(stance.Context{}, "stopping short of acknowledging Lima's win"))
	assert.Equal(t, verdictRecognising, actionStance(stance.Context{}, "stopping in Tarn to congratulate Lima"))
}

// TestConcessiveClause: a clause of concession with a subject and a
// speech or stance verb of its own (", even as the prime minister said
// …", ", though Velor's minister had congratulated …") ends the clause
// before it; one without them does not.
func TestConcessiveClause(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"even as with a speaker of its own",
			"President Rui Sousa declined to acknowledge Lima's victory, even as the prime minister said the handover would go ahead.",
			[]want{{"Rui Sousa", Action, "declined to acknowledge Lima's victory", 0}, {"prime minister", Reported, "the handover would go ahead", 1}}},
		{"even though with an actor of its own",
			"Premier Ivo Kask said the count was slow, even though Velor's foreign minister had congratulated Lima.",
			[]want{{"Ivo Kask", Reported, "the count was slow", 0}, {"Velor's foreign minister", Action, "had congratulated Lima", 1}}},
		{"though with a subject but no speech verb stays in the clause",
			"Senator Aron Pell said the count was fair, though the turnout was low.",
			[]want{{"Aron Pell", Reported, "the count was fair, though the turnout was low", 0}}},
		{"even as without a clause stays in the clause",
			"Senator Aron Pell said the count was fair, even as a first test of the new machines.",
			[]want{{"Aron Pell", Reported, "the count was fair, even as a first test of the new machines", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestUnsaid: a negated speech verb reports what was not said, a silence
// of the speaker, not a remark ("has not said it rejects the outcome");
// an object ("had not said a word") is read as before, and a question
// left open ("did not say whether …") is the act of leaving it open.
func TestUnsaid(t *testing.T) {
	for _, text := range []string{
		"The foreign ministry in Tarn has not said it rejects the outcome.",
		"Senator Aron Pell never said the vote was rigged.",
		"Senator Aron Pell hasn't said the vote was rigged.",
	} {
		got := Extract(text)
		if assert.Len(t, got, 1, text) {
			assert.Equal(t, Action, got[0].Kind, text)
			assert.True(t, got[0].NoStance, text)
		}
	}
	// A question left open is the act of leaving it open (en20_openunsaid.go),
	// an action with a stance, not a silence.
	if got := Extract("Premier Ivo Kask did not say whether Velor would recognise Lima."); assert.Len(t, got, 1) {
		assert.Equal(t, Action, got[0].Kind)
		assert.Equal(t, "did not say whether Velor would recognise Lima", got[0].Text)
		assert.False(t, got[0].NoStance)
	}
	for _, text := range []string{
		"Premier Ivo Kask had still not said a word about the result.",
		"Premier Ivo Kask said the vote was not rigged.",
	} {
		got := Extract(text)
		if assert.Len(t, got, 1, text) {
			assert.Equal(t, Reported, got[0].Kind, text)
			assert.False(t, got[0].NoStance, text)
		}
	}
}

// TestNegatedContraction: a contracted negated auxiliary stands between a
// subject and its verb as "has not" does; a contraction inside a
// quotation or a reported clause is no subject's auxiliary.
func TestNegatedContraction(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"hasn't congratulated",
			"Senator Aron Pell hasn't congratulated Lima.",
			[]want{{"Aron Pell", Action, "hasn't congratulated Lima", 0}}},
		{"didn’t with a curly apostrophe",
			"Senator Aron Pell didn’t congratulate Lima.",
			[]want{{"Aron Pell", Action, "didn’t congratulate Lima", 0}}},
		{"a contraction in the reported clause",
			"Senator Aron Pell said the count isn't over.",
			[]want{{"Aron Pell", Reported, "the count isn't over", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestAndSaid: ", and later told …" opens a second remark of the same
// speaker and ends the first reported clause; ", and that …" goes on
// with the first.
func TestAndSaid(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"and later told",
			"Senator Ivo Kask wrote that the tally sheets should be reviewed one by one, and later told a radio station there were clear signs of fraud.",
			[]want{{"Ivo Kask", Reported, "the tally sheets should be reviewed one by one", 0}, {"Ivo Kask", Reported, "there were clear signs of fraud", 1}}},
		{"but added",
			"Premier Ivo Kask said the count had been slow, but added that Velor would respect it.",
			[]want{{"Ivo Kask", Reported, "the count had been slow", 0}, {"Ivo Kask", Reported, "Velor would respect it", 1}}},
		{"and that goes on with the clause",
			"Premier Ivo Kask said the count had been slow, and that Velor would respect it.",
			[]want{{"Ivo Kask", Reported, "the count had been slow, and that Velor would respect it", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
