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
