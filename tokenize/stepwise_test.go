package tokenize

import (
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stretchr/testify/require"
)

// The fused walk must give, on every statement of the corpus and for every
// option set of the grid, the tokens of the pipeline run step by step.
func TestWalkMatchesStepwiseOnCorpus(t *testing.T) {
	for _, o := range optionGrid() {
		a := MustNew(o)
		for _, e := range corpus.Leaders() {
			require.Equal(t, a.appendTokensStepwise(nil, e.Text), a.Tokens(e.Text), "%+v %q", o, e.Text)
		}
	}
}
