package tokenize

import (
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stretchr/testify/require"
)

// stepwise is AppendTokens done step by step: the tokenizer over the whole
// text, then each filter over the whole token slice. It is the pipeline's
// definition, against which the tests hold the fused walk.
func stepwise(a *Analyzer, text string) []Token { return stepwiseIn(a, Context{}, text) }

// stepwiseIn is stepwise in an election context: the tokenizer's words end
// where a mention starts, and each mention is one Name token.
func stepwiseIn(a *Analyzer, ctx Context, text string) []Token {
	var toks []Token
	i := 0
	for _, m := range a.mentions(ctx, text) {
		for i < m.start {
			toks, i = a.tok.next(toks, text[:m.start], i)
		}
		term := RivalTerm
		if m.winner {
			term = WinnerTerm
		}
		toks = append(toks, Token{Term: term, Kind: Name, Start: m.start, End: m.end})
		i = m.end
	}
	for i < len(text) {
		toks, i = a.tok.next(toks, text, i)
	}
	for _, step := range []func([]Token) []Token{a.terms.filter, a.neg.filter} {
		toks = step(toks)
	}
	return toks
}

// testContext is the election context of the tests that mask names.
var testContext = Context{
	Winner: []string{"Joe Biden", "Biden", "Joseph R. Biden", "@JoeBiden"},
	Rivals: []string{"Donald Trump", "Trump", "@realDonaldTrump", "Nicolás Maduro", "Maduro"},
}

// The fused walk must give, on every statement of the corpus and for every
// option set of the grid, the tokens of the pipeline run step by step.
func TestWalkMatchesStepwiseOnCorpus(t *testing.T) {
	for _, o := range optionGrid() {
		a := MustNew(o)
		for _, e := range corpus.Leaders() {
			require.Equal(t, stepwise(a, e.Text), a.Tokens(e.Text), "%+v %q", o, e.Text)
			if o.MaskNames {
				require.Equal(t, stepwiseIn(a, testContext, e.Text), a.TokensIn(testContext, e.Text), "%+v %q", o, e.Text)
			}
		}
	}
}
