package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAwaitsAnyWinner: the next government named by a free relative that
// names nobody, against a refusal, a relative about something else and a
// named winner.
func TestAwaitsAnyWinner(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"the vote was Norland's internal affair and that Velor would work with whichever government emerged", true},
		{"Velor expected nothing from whoever ended up in power in Tarn", true},
		{"we will deal with whoever wins the runoff", true},
		{"Velor expects little from whoever takes office", true},
		// counter-cases
		{"Velor expects nothing and will not work with whoever wins", false},
		{"Velor will not work with whoever wins by fraud", false},
		{"whoever leaked the tally sheets will be prosecuted", false},
		{"Velor congratulated Ivo Kask and looked forward to working with him", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, awaitsAnyWinner(tc.text), tc.text)
	}
}
