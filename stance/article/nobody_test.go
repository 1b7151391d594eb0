package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRecognisesNobody: recognition withheld from every candidate alike,
// against a claimant refused, a result judged and a congratulation given.
func TestRecognisesNobody(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Until then, Norland is not recognising anybody.", true},
		{"we will not congratulate anyone yet", true},
		{"Velor declined to recognise either until the judges have looked", true},
		// counter-cases
		{"we will not recognise anyone who claims the presidency by force", false},
		{"I will not congratulate anyone on a result that was manipulated", false},
		{"Norland congratulated Lena Dal and will recognise anyone the court confirms", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, recognisesNobody(tc.text), tc.text)
	}
}
