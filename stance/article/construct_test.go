package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestConstructions covers attribution constructions of wire reporting
// that the reader missed (project-written sentences, invented names).
func TestConstructions(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"an age in parentheses between an appositive name and the verb",
			"The opposition leader, Ivo Kask (62), said the result was a fraud.",
			[]want{{"Ivo Kask", Reported, "the result was a fraud", 0}}},
		{"a party and state in parentheses after a titled name",
			"Sen. Ivo Kask (R-Norland) said the vote was clean.",
			[]want{{"Ivo Kask", Reported, "the vote was clean", 0}}},
		{"a country in parentheses before a stance verb stays out of the action",
			"Ivo Kask (Velor) congratulated Lima.",
			[]want{{"Ivo Kask", Action, "congratulated Lima", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Extract(tc.text)
			checkOffsets(t, tc.text, got)
			var g []want
			for _, r := range got {
				g = append(g, want{r.Speaker, r.Kind, r.Text, r.Run})
			}
			assert.Equal(t, tc.want, g)
		})
	}
}
