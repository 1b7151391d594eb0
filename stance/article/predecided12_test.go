package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/stance"
)

// TestPreDecided: a result settled before the vote is condemned; counter-
// cases: a negation before it, and something else prepared in advance.
func TestPreDecided(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{`the count was "written in advance"`, true},
		{"he would never accept figures he said had been manufactured in advance", true},
		{"the outcome of the poll was predetermined", true},
		{"the result was decided beforehand by the palace", true},
		// counter-cases
		{"the result was not decided in advance, whatever the opposition says", false},
		{"the ballots had been printed and the polling stations prepared in advance", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, preDecided(tc.text), tc.text)
	}
}

// TestScornAndCheat12: a vote named a coronation is a hostile act, and a
// winner who cheated condemns the count; counter-cases: a coronation of
// something else, and cheating denied.
func TestScornAndCheat12(t *testing.T) {
	assert.Equal(t, verdictHostile, actionStance(stance.Context{}, "described the vote as a coronation and said the president governs by fear"))
	assert.Equal(t, verdictNone, actionStance(stance.Context{}, "described the king's coronation as a moving ceremony"))
	assert.True(t, condemnsResult("the rival had won and the president had cheated"))
	assert.False(t, condemnsResult("there was no cheating at any polling station"))
}

// TestSaidByPhoneThat: an adverbial opening with "by" between a speech
// verb and "that" is stepped over; counter-case: the passive "said by".
func TestSaidByPhoneThat(t *testing.T) {
	checkPattern(t, "Reactions\n\nLena Dal said by phone after her release that the count was a fraud.",
		[]want{{"Lena Dal", Reported, "the count was a fraud", 0}})
	checkPattern(t, "Reactions\n\nThe count was said by observers to be clean.", nil)
	// without "that" the clause keeps its "by": "responded by withdrawing …"
	got := Extract("Reactions\n\nThe Velor foreign ministry responded by withdrawing its diplomats from Tarn, accusing it of meddling.")
	if len(got) > 0 && got[0].Text == "its diplomats from Tarn, accusing it of meddling" {
		t.Errorf("clause cut after by: %q", got[0].Text)
	}
}
