package article

import (
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOff24OfficerRole: a post of the count (an officer's title with a
// word of the vote, or a commissioner) is an officer's; a commissioner of
// another body, a bare "officer" or a company's officer is not.
// Phrases written for the test.
func TestOff24OfficerRole(t *testing.T) {
	tests := []struct {
		role string
		want bool
	}{
		{"Federal Returning Officer", true},
		{"Commissioner", true},
		{"chief electoral officer", true},
		{"election official", true},
		{"Presiding Officer", true},
		{"state election commissioner", true},
		{"County Commissioner", false},
		{"Regional Commissioner", false},
		{"county election commissioner", true},
		{"European Commissioner", false},
		{"police commissioner", false},
		{"human rights commissioner", false},
		{"officer", false},
		{"Chief Financial Officer", false},
		{"party official", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, off24OfficerRole(tc.role), tc.role)
	}
}

// TestOff24OfficerApposition: ", who heads/runs/manages … <a word of the
// vote>" or ", head of the electoral commission" after a name gives a
// post of the count; a party's election campaign, a business or a body
// with no word of the vote does not. Phrases written for the test.
func TestOff24OfficerApposition(t *testing.T) {
	tests := []struct {
		rest string
		want bool
	}{
		{", who heads the national electoral commission, said", true},
		{", who manages the voting system in the state, said", true},
		{", who oversees polling in the capital, told reporters", true},
		{", head of the Independent Electoral Commission, said", true},
		{", who runs elections in the northern province, said", true},
		{", who heads the party's election campaign, said", false},
		{", who manages a shoe shop in the market, said", false},
		{", who heads the senate budget committee, said", false},
		{", an economist at the central bank, said", false},
		{" said the count was slow", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, off24OfficerApposition(tc.rest), tc.rest)
	}
}

// TestOff24ResultSheets: "result sheets" and "results forms" are the
// count's paperwork, so a report of them is procedural; "the results"
// judged, or named as the outcome, keep the remark about the result.
// Sentences written for the test.
func TestOff24ResultSheets(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	tests := []struct {
		run  string
		want bool
	}{
		{"the count had been slowed in the north by late deliveries of result sheets", true},
		{"results forms from 300 polling stations were still on their way to the capital", true},
		{"the tally was delayed because the result slips of two districts were lost", true},
		{"the results from 300 polling stations were clean", false},
		{"the result of the count in 80 percent of polling stations is irreversible", false},
		{"polling stations reported their results overnight", false},
		{"the count was checked twice, and the majority stands", false},
		{"ballots from 97 per cent of precincts are in, and turnout stands at 63 per cent", true},
		{"the tallies of every polling station were verified by both parties", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, procedural(ctx, tc.run), tc.run)
	}
}

// TestOff24VotersChose: "Voters have decided" without "the", opening the
// remark or a clause, closes the dispute; a choice with an object, a
// condition or a quantifier before it does not. Sentences written for
// the test.
func TestOff24VotersChose(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Voters have decided, and we respect that", true},
		{"Citizens chose, and we accept it", true},
		{"People have decided and now we have to work", true},
		{"we lost, but voters decided clearly", true},
		{"Voters decided to stay home", false},
		{"If voters have decided, we will see it in the final count", false},
		{"Many voters decided at the last minute", false},
		{"Voters have spoken to us about prices", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, off24VerdictOfVoters(actionWords(tc.text)), tc.text)
	}
}

// TestOff24InArticle: an officer of the count named by post or
// description who reports turnout or the count's pace has no stance; one
// who judges the count or names the winner keeps it; "Voters have
// decided, and we respect that" is about the result and recognising.
// Articles written for the test.
func TestOff24InArticle(t *testing.T) {
	m, err := stance.Default()
	require.NoError(t, err)
	r := Reader{Classifier: m, Context: stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}}
	cases := []struct {
		text, speaker string
		want          corpus.Label
	}{
		{"Federal Returning Officer Mia Holm said provisional turnout stood at 71 percent.", "Mia Holm", ""},
		{`"We are counting every ballot, and it simply takes time," said Mia Holm, who manages the voting system in the state.`, "Mia Holm", ""},
		{`Election Commissioner Mia Holm said the count was clean and that Lima had won.`, "Mia Holm", corpus.Recognising},
		{`"Voters have decided, and we respect that, even if we will watch the new government closely," said Mia Holm, an opposition senator.`, "Mia Holm", corpus.Recognising},
	}
	for _, tc := range cases {
		res := r.Analyze(tc.text)
		found := false
		for _, s := range res.Speakers {
			if s.Speaker == tc.speaker {
				found = true
				assert.Equal(t, tc.want, s.Stance, tc.text)
			}
		}
		assert.True(t, found, tc.text)
	}
}
