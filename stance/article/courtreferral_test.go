package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/stance"
)

// TestReferredToCourt: sending the result's challengers to the courts
// recognises the result; the aggrieved speaking of themselves, or
// complaining that no court will hear them, do not.
func TestReferredToCourt(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Lena Dal", "Dal"}, Rivals: []string{"Ivo Kask", "Kask"}}
	tests := []struct {
		text string
		want actionVerdict
	}{
		{"anybody unhappy with the result knew “where the courthouse is”", verdictRecognising},
		{"Those who are aggrieved by the outcome should go to the courts", verdictRecognising},
		{"Anyone who disputes the result is free to petition the tribunal", verdictRecognising},
		// counter-cases
		{"We are unhappy with the result and will go to court", verdictNone},
		{"those aggrieved by the count have no court to turn to", verdictNone},
		{"Everyone is unhappy about the price of bread", verdictNone},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, claimStance(ctx, tc.text), tc.text)
	}
}
