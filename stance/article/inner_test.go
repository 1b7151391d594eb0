package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestInnerSurname: a name of three words or more is found again by an
// inner word, its first surname, and that word opening a sentence makes
// its bearer the antecedent of a later "he" or "the 76-year-old".
func TestInnerSurname(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"inner surname opens the sentence",
			"Ivo Kask read out the figures, declaring Lena Dal elected and Piet Varo Sorn second. " +
				"Varo, a former minister, has published his own tally. Speaking from his home, the 76-year-old was defiant: “I will not bow to this.”",
			"Piet Varo Sorn"},
		{"inner surname as speaker",
			"Ivo Kask spoke first, and Ana Maria Rebelo Costa spoke after him. Rebelo said the count was over.",
			"Ana Maria Rebelo Costa"},
		{"a particle is no surname (counter-case)",
			"Ivo Kask spoke first, and Ana da Costa spoke after him. Da said the count was over.",
			""}, // not Ana da Costa: a lone unknown word says nothing
		{"a word not in the name stays unknown (counter-case)",
			"Ivo Kask read out the figures, declaring Lena Dal elected and Piet Varo Sorn second. " +
				"Norland, a small country, has published no tally. Speaking from his home, the 76-year-old was defiant: “I will not bow to this.”",
			"Ivo Kask"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Extract(tc.text)
			var last string
			for _, r := range got {
				last = r.Speaker
			}
			assert.Equal(t, tc.want, last)
		})
	}
}
