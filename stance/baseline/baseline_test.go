package baseline

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/tokenize"
)

func TestTrainAndPredict(t *testing.T) {
	texts := []string{"we congratulate the winner", "the result is a fraud", "warm congratulations", "stolen fraud election"}
	labels := []corpus.Label{"recognising", "hostile", "recognising", "hostile"}
	m, err := Train(texts, labels, tokenize.DefaultOptions())
	require.NoError(t, err)
	assert.Equal(t, []corpus.Label{"hostile", "recognising"}, m.Labels())
	p := m.Predict("congratulations to the winner")
	assert.Equal(t, corpus.Label("recognising"), p.Label)
	assert.InDelta(t, 1, p.ProbabilityOf("hostile")+p.ProbabilityOf("recognising"), 1e-12)
	assert.True(t, m.Predict("").NoFeatures)

	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 100 {
				assert.Equal(t, corpus.Label("hostile"), m.Predict("a fraud").Label)
			}
		})
	}
	wg.Wait()
}

// jbrukh/bayesian panics on fewer than two classes; Train reports an error.
func TestErrorsInsteadOfPanics(t *testing.T) {
	_, err := Train([]string{"a", "b"}, []corpus.Label{"x", "x"}, tokenize.DefaultOptions())
	assert.ErrorIs(t, err, ErrTrain)
	_, err = Train([]string{"a"}, []corpus.Label{"x", "y"}, tokenize.DefaultOptions())
	assert.ErrorIs(t, err, ErrTrain)
	_, err = Train([]string{"a", "b"}, []corpus.Label{"x", ""}, tokenize.DefaultOptions())
	assert.ErrorIs(t, err, ErrTrain)
	bad := tokenize.DefaultOptions()
	bad.Language = "latin"
	_, err = Train([]string{"a", "b"}, []corpus.Label{"x", "y"}, bad)
	assert.ErrorIs(t, err, tokenize.ErrOptions)
}
