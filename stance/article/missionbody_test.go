package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMissionBody: observers or monitors "from" a body speak for it
// ("Observers from the OSCE said" is the OSCE); observers with no body,
// and other groups from a place ("Leaders from Velor"), keep their own
// name.
func TestMissionBody(t *testing.T) {
	cases := []struct{ text, speaker string }{
		{"Observers from the OSCE said the campaign in Norland had tilted toward the ruling party.", "OSCE"},
		{"Monitors from the African Union said the count was credible.", "African Union"},
		{"Observers said the count was credible.", "Observers"},
		{"Leaders from Velor said the count was credible.", "Leaders"},
	}
	for _, c := range cases {
		got := Extract(c.text)
		if assert.Len(t, got, 1, c.text) {
			assert.Equal(t, c.speaker, got[0].Speaker, c.text)
		}
	}
}
