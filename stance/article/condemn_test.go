package article

import (
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCondemnsResult(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"the bloc considered the vote illegitimate", true},
		{"The union regards the election as a sham staged by the ruling party", true},
		{"the count was rigged from the first hour", true},
		{"the ballot had robbed citizens of their right to choose", true},
		{"described the exercise as a pseudo-election", true},
		// Taken back by a negation, a hedge or a condition before it.
		{"nobody has said the vote was illegitimate", false},
		{"we do not consider the election illegitimate", false},
		{"the opposition claims the count was rigged", false},
		{"if the vote was rigged, the courts will say so", false},
		{"the commission will look into whether the ballot was falsified", false},
		// Dismissed accusations recognise rather than condemn.
		{"there was no evidence that the count was rigged", false},
		// No condemning word.
		{"we await the final results", false},
		{"the fraud allegations must be investigated", false},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, condemnsResult(tc.text), tc.text)
	}
}

// TestCondemnationInArticle: a reported condemnation in diplomatic words
// is hostile, while the same spokesperson's waiting is not made hostile.
func TestCondemnationInArticle(t *testing.T) {
	m, err := stance.Default()
	require.NoError(t, err)
	r := Reader{Classifier: m, Context: stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}}
	cases := []struct {
		text string
		want corpus.Label
	}{
		{"Union spokesperson Mia Holm said the bloc considered the election illegitimate and would review its ties with the government.", corpus.Hostile},
		{"Union spokesperson Mia Holm said the bloc would wait for the final results before it commented.", corpus.Withholding},
	}
	for _, tc := range cases {
		res := r.Analyze(tc.text)
		require.NotEmpty(t, res.Speakers, tc.text)
		assert.Equal(t, "Mia Holm", res.Speakers[0].Speaker, tc.text)
		assert.Equal(t, tc.want, res.Speakers[0].Stance, tc.text)
	}
}
