package stance

import (
	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/tokenize"
)

// Context is the election context of a statement: the declared winner's
// name forms and the rivals'. A model whose tokenizer masks names
// (tokenize.Options.MaskNames) turns their mentions into the placeholder
// terms WINNER and RIVAL before making n-grams, so that "we congratulate
// RIVAL" and "we congratulate WINNER" are different evidence; see
// tokenize.Context for how mentions are found. A zero Context is the text
// alone.
type Context = tokenize.Context

// ContextOf returns the election context that an example carries in its
// winner and rivals fields (corpus.Example.Winner and Rivals).
func ContextOf(e corpus.Example) Context {
	return Context{Winner: e.Winner(), Rivals: e.Rivals()}
}
