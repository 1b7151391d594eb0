package corpus

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRelabel(t *testing.T) {
	in := []Example{
		{ID: "a", Text: "x", Label: Recognising, Meta: map[string]string{"tone": "negative"}},
		{ID: "b", Text: "y", Label: Hostile, Meta: map[string]string{"tone": "positive", "election": "e"}},
	}
	out, err := Relabel(in, "tone")
	require.NoError(t, err)
	assert.Equal(t, []Label{Negative, Positive}, []Label{out[0].Label, out[1].Label})
	assert.Equal(t, "recognising", out[0].Meta["stance"])
	assert.Equal(t, "e", out[1].Meta["election"])
	assert.Equal(t, Recognising, in[0].Label, "the input is untouched")
	assert.NotContains(t, in[0].Meta, "stance", "the input's Meta maps are untouched")

	_, err = Relabel([]Example{{ID: "c", Text: "z", Label: Hostile}}, "tone")
	assert.ErrorContains(t, err, `statement c has no "tone" field`)
}

// Every statement of the English corpus has a valid tone.
func TestEnglishTones(t *testing.T) {
	out, err := Relabel(English(), "tone")
	require.NoError(t, err)
	for _, e := range out {
		assert.Contains(t, ToneLabels(), e.Label, e.ID)
	}
}
