package stance

import (
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNaiveBayesAdapter(t *testing.T) {
	train := NaiveBayes(LeaderOptions())
	c, err := train(examplesOf([]string{"we congratulate the winner", "we await the count", "a stolen vote"},
		[]corpus.Label{corpus.Recognising, corpus.Withholding, corpus.Hostile}))
	require.NoError(t, err)
	assert.Equal(t, corpus.LeaderLabels(), c.Labels())
	assert.Equal(t, corpus.Hostile, c.Predict("stolen").Label)

	_, err = train(examplesOf([]string{"a", "b", "c"}, []corpus.Label{corpus.Hostile, corpus.Hostile, "positive"}))
	assert.ErrorIs(t, err, ErrLabel)
	assert.ErrorContains(t, err, "example #3:", "an example without an id is named by its position")

	_, err = train(nil)
	assert.ErrorIs(t, err, ErrNoData)
}

// examplesOf pairs texts with labels as id-less examples.
func examplesOf(texts []string, labels []corpus.Label) []corpus.Example {
	out := make([]corpus.Example, len(texts))
	for i := range texts {
		out[i] = corpus.Example{Text: texts[i], Label: labels[i]}
	}
	return out
}
