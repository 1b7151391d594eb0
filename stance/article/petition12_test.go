package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/stance"
)

// TestPetitionToDisqualify: a petition to disqualify the winner is a
// hostile act; a petition for something else is left to the model, and a
// candidate disqualified before the vote is no demand.
func TestPetitionToDisqualify(t *testing.T) {
	tests := []struct {
		text string
		want actionVerdict
	}{
		{"petitioned the commission to disqualify Lima over shares she held", verdictHostile},
		{"asked the court to disqualify the winner", verdictHostile},
		{"petitioned the court to annul the vote", verdictHostile},
		// counter-cases
		{"petitioned the commission to extend the hours of the polling stations", verdictNone},
		{"said two rivals were disqualified before the vote", verdictNone},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, actionStance(stance.Context{}, tc.text), tc.text)
	}
	checkPattern(t, "Reactions\n\nOutside parliament, activist lawyer Ivo Kask petitioned the commission to disqualify Lima.",
		[]want{{"Ivo Kask", Action, "petitioned the commission to disqualify Lima", 0}})
}

// TestBoycottCall: a call for a boycott is hostile; counter-case: a
// boycott only mentioned.
func TestBoycottCall(t *testing.T) {
	assert.Equal(t, verdictHostile, actionStance(stance.Context{}, "had called for a boycott of the vote"))
	assert.Equal(t, verdictNone, actionStance(stance.Context{}, "spoke of the boycott by some parties"))
}
