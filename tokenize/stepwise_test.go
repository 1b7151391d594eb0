package tokenize

import (
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stretchr/testify/require"
)

// stepwise is AppendTokens done step by step: the tokenizer over the whole
// text, then each filter over the whole token slice. It is the pipeline's
// definition, against which the tests hold the fused walk.
func stepwise(a *Analyzer, text string) []Token {
	toks := a.tok.tokenize(nil, text)
	for _, step := range []func([]Token) []Token{a.terms.filter, a.neg.filter} {
		toks = step(toks)
	}
	return toks
}

// The fused walk must give, on every statement of the corpus and for every
// option set of the grid, the tokens of the pipeline run step by step.
func TestWalkMatchesStepwiseOnCorpus(t *testing.T) {
	for _, o := range optionGrid() {
		a := MustNew(o)
		for _, e := range corpus.Leaders() {
			require.Equal(t, stepwise(a, e.Text), a.Tokens(e.Text), "%+v %q", o, e.Text)
		}
	}
}
