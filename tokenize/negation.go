package tokenize

import "slices"

// negationFilter is the pipeline's third step: it marks the tokens in a
// negation scope (see the package doc) and removes punctuation, which only
// served to end scopes.
type negationFilter struct {
	// negators and contrast hold the hashes of terms as they leave the
	// term filter (stemmed when stemming is on). A handful of values: a
	// linear scan beats a map.
	negators, contrast []uint64
	// sieve has bit h>>56 set for the hash h of every negator and contrast
	// word, so that most terms are ruled out by one bit test.
	sieve [4]uint64
	// mark turns marking on; without it the filter only removes punctuation.
	mark bool
	// keepPunct keeps punctuation and symbols as terms (Options.Punctuation);
	// they are never negated.
	keepPunct bool
	// window is Options.NegationWindow: the number of tokens a scope
	// marks, 0 for no limit.
	window scope
}

// scope is the state of negation marking between tokens: the number of
// tokens the open scope will still mark, 0 when none is open. A scope
// without a limit starts at unbounded and never counts down.
type scope int32

const unbounded scope = 1 << 30

// newNegationFilter returns the filter for the given negators and contrast
// words, written as the term filter outputs them.
func newNegationFilter(negators, contrast []string, mark bool, window int) negationFilter {
	n := negationFilter{mark: mark, window: scope(window)}
	for _, w := range negators {
		n.negators = append(n.negators, fnvString(fnvOffset, w))
	}
	for _, w := range contrast {
		n.contrast = append(n.contrast, fnvString(fnvOffset, w))
	}
	for _, h := range append(slices.Clone(n.negators), n.contrast...) {
		n.sieve[h>>62] |= 1 << (h >> 56 & 63)
	}
	return n
}

// filter is the step run over a whole token slice, in place.
func (n *negationFilter) filter(toks []Token) []Token {
	out := toks[:0]
	var in scope
	for _, t := range toks {
		var keep bool
		if keep, in = n.token(in, &t); keep {
			out = append(out, t)
		}
	}
	return out
}

// token takes one token and the scope before it. It marks the token and
// reports whether to keep it and the scope after it.
func (n *negationFilter) token(in scope, t *Token) (keep bool, next scope) {
	switch t.Kind {
	case Punct:
		return n.keepPunct, 0
	case Symbol:
		// A quote or a dash neither opens nor ends a scope, nor uses up
		// a window: without the option it is not a token at all.
		return true, in
	case Boundary:
		// Kept, so that n-grams can stop at it; its hash tells the n-gram
		// builder so.
		t.hash, t.negHash = boundaryHash, boundaryHash
		return true, 0
	}
	t.Negated, next = n.step(in, t.Kind, t.hash)
	return true, next
}

// step takes a token that is not punctuation, with the hash of its term,
// and the scope before it. It returns whether the token is
// negated and the scope after it. Negators and contrast words are never
// negated themselves; a negator opens a new scope of the window's length.
func (n *negationFilter) step(in scope, kind Kind, h uint64) (negated bool, next scope) {
	if !n.mark {
		return false, 0
	}
	if kind == Word && n.sieve[h>>62]&(1<<(h>>56&63)) != 0 {
		if slices.Contains(n.negators, h) {
			if n.window > 0 {
				return false, n.window
			}
			return false, unbounded
		}
		if slices.Contains(n.contrast, h) {
			return false, 0
		}
	}
	if in == 0 {
		return false, 0
	}
	if n.window > 0 {
		return true, in - 1
	}
	return true, in
}
