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

// ContextIn returns the context of a statement whose own fields (a record's
// or an example's Meta) may name the winner and the rivals, with base for
// what they leave out: a "winner" field replaces base's winner, a "rivals"
// field base's rivals. Each field is read by corpus.ParseNames (a JSON
// array or a |-separated list).
func ContextIn(fields map[string]string, base Context) Context {
	if w := corpus.ParseNames(fields["winner"]); w != nil {
		base.Winner = w
	}
	if r := corpus.ParseNames(fields["rivals"]); r != nil {
		base.Rivals = r
	}
	return base
}

// ContextOf returns the election context that an example carries in its
// winner and rivals fields (corpus.Example.Winner and Rivals).
func ContextOf(e corpus.Example) Context {
	return ContextIn(e.Meta, Context{})
}
