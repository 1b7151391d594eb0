package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDisownsResult: refusing to own, endorse or be associated with the
// result, against a wait for a condition, a claim disowned and an
// endorsement given.
func TestDisownsResult(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"We cannot take ownership of the result that is going to be announced", true},
		{"We will not endorse the results", true},
		{"his party could not associate itself with the outcome", true},
		{"the commissioners refused to validate the declared result", true},
		// counter-cases
		{"We cannot endorse the result until the audit is done", false},
		{"We will not endorse claims that the result was rigged", false},
		{"We endorse the result and congratulate Lena Dal", false},
		{"Norland will not associate itself with calls to annul the vote", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, disownsResult(tc.text), tc.text)
	}
}
