package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/stance"
)

// TestNamesNobody: a congratulation of the people that names nobody
// withholds; counter-cases: "anyone else" after naming the winner, and an
// omission of someone who is not a candidate.
func TestNamesNobody(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Lena Dal", "Dal"}, Rivals: []string{"Ivo Kask", "Kask"}}
	tests := []struct {
		text string
		want actionVerdict
	}{
		{"congratulated the people of Norland on a peaceful vote, without naming anyone", verdictWithholding},
		{"praised the turnout but did not mention either candidate", verdictWithholding},
		{"welcomed the calm vote and avoided naming any winner", verdictWithholding},
		// counter-cases
		{"congratulated Lena Dal on her victory, without naming anyone else", verdictRecognising},
		{"congratulated Lena Dal and did not mention the protests", verdictRecognising},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, actionStance(ctx, tc.text), tc.text)
	}
}

// TestNamesNobodyAny: "any" names nobody only before a word of the
// candidates.
func TestNamesNobodyAny(t *testing.T) {
	assert.True(t, namesNobody([]string{"any", "winner"}))
	assert.False(t, namesNobody([]string{"any", "mention", "of", "the"}))
}
