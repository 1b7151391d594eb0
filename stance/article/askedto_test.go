package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAskedTo: "asked" with an object and "to" makes a request of them,
// an act of the speaker as "urged them to" is ("The head of the mission,
// Ivo Kask, had asked both camps to wait"); "asked whether" is a question
// and gives no remark, and "asked that" keeps its reported clause.
func TestAskedTo(t *testing.T) {
	got := Extract("The head of that mission, former Norland president Ivo Kask, had asked both camps to wait for the commission to publish its results.")
	if assert.Len(t, got, 1) {
		assert.Equal(t, "Ivo Kask", got[0].Speaker)
		assert.Equal(t, "had asked both camps to wait for the commission to publish its results", got[0].Text)
	}
	assert.Empty(t, Extract("Ivo Kask asked whether Lima would accept."))
	got = Extract("Ivo Kask asked that the count be repeated.")
	if assert.Len(t, got, 1) {
		assert.Equal(t, "the count be repeated", got[0].Text)
	}
	// A request told inside another speaker's report is not the act of
	// those who asked: the sentence stays that speaker's.
	got = Extract("Analysts asked investors to wait for the inflation data, the bank's chief economist Mara Holt said.")
	if assert.Len(t, got, 1) {
		assert.Equal(t, "Mara Holt", got[0].Speaker)
	}
	assert.False(t, askedTo(tokenize(nil, "asked reporters: why?", 0, len("asked reporters: why?"), nil, 0), 0))
}
