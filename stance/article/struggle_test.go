package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestStruggleGoesOn: a vow that the fight over the result goes on, and
// struggles for or against something named, which are programmes.
func TestStruggleGoesOn(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{`"our fight continues" and that the votes would be defended`, true},
		{"the struggle goes on", true},
		{"This battle is not over, and we will be back in the streets on Monday", true},
		{"the fight has only just begun", true},
		// counter-cases
		{"the fight against corruption continues", false},
		{"our struggle for jobs goes on", false},
		{"if the fight continues, nobody will win", false},
		{"Kask said he had not expected a fight and wished Dal well", false},
		{"the fight was over and Norland had chosen", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, struggleGoesOn(tc.text), tc.text)
	}
}

// TestResultCannotStand: saying the result cannot stand asks for it to be
// undone; a result that stands, a hedged claim and a decision to do
// something do not.
func TestResultCannotStand(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"irregularities in the tally sheets meant that the results could not stand", true},
		{"the outcome cannot be allowed to stand", true},
		{"This verdict will not stand", true},
		// counter-cases
		{"the result will stand, whatever Kask says", false},
		{"Kask claimed the result could not stand", false},
		{"the decision to suspend the count cannot stand", false},
		{"the result was not close, and Norland will stand by Dal", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, resultCannotStand(tc.text), tc.text)
	}
}
