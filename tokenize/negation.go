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
}

// newNegationFilter returns the filter for the given negators and contrast
// words, written as the term filter outputs them.
func newNegationFilter(negators, contrast []string, mark bool) negationFilter {
	n := negationFilter{mark: mark}
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
	in := false
	for _, t := range toks {
		var keep bool
		if keep, in = n.token(in, &t); keep {
			out = append(out, t)
		}
	}
	return out
}

// token takes one token and whether the scope was open before it. It
// marks the token and reports whether to keep it and whether the scope is
// open after it.
func (n *negationFilter) token(in bool, t *Token) (keep, next bool) {
	switch t.Kind {
	case Punct:
		return false, false
	case Boundary:
		// Kept, so that n-grams can stop at it; its hash tells the n-gram
		// builder so.
		t.hash, t.negHash = boundaryHash, boundaryHash
		return true, false
	}
	t.Negated, next = n.step(in, t.Kind, t.hash)
	return true, next
}

// step takes a token that is not punctuation, with the hash of its term,
// and whether the scope was open before it. It returns whether the token is
// negated and whether the scope is open after it. Negators and contrast
// words are never negated themselves.
func (n *negationFilter) step(in bool, kind Kind, h uint64) (negated, next bool) {
	if !n.mark {
		return false, false
	}
	if kind == Word && n.sieve[h>>62]&(1<<(h>>56&63)) != 0 {
		if slices.Contains(n.negators, h) {
			return false, true
		}
		if slices.Contains(n.contrast, h) {
			return false, false
		}
	}
	return in, in
}
