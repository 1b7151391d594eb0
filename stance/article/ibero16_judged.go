package article

// A verb of judging with its predicate before the object, in Spanish and
// Portuguese: "considerou prematuro qualquer comentário antes de …",
// "consideró prematura cualquier valoración", "X considerou “prematuro”
// qualquer comentário". A reporter puts the adjective first when the
// object is long; judgedObject read only the object first ("considerou as
// eleições transparentes"). The predicate is a lower-case word (or a
// quotation of one or two words) that is no stop, determiner, verb or
// complementizer, and a determiner or a quantifier (iberoQuantifiers)
// with a lower-case noun follows it. "consideró necesario que …" has no
// object and is read as speech.

// judgedPredicateFirst reports whether the verb of judging toks[v] takes
// a predicate and then its object.
func (ix *intl) judgedPredicateFirst(toks []token, v int) bool {
	lx, k := ix.lx, v+1
	q := iberoQuantifiers[lx.code]
	if q == nil || !judgedVerbs[lx.code][toks[v].lower] || k+2 >= len(toks) || !ix.fittingPredicate(toks, k) {
		return false
	}
	det, noun := toks[k+1], toks[k+2]
	return det.word() && (lx.determiners[det.lower] || q[det.lower]) && noun.word() && !noun.cap && !lx.stops[noun.lower] && !lx.determiners[noun.lower]
}

// fittingPredicate reports whether toks[k] may be a predicate adjective:
// a lower-case word of no other part, or a short quotation of one.
func (ix *intl) fittingPredicate(toks []token, k int) bool {
	t, lx := toks[k], ix.lx
	if t.kind == tQuote {
		qt := ix.x.quotes[t.q]
		return qt.words <= 2 && !qt.term && !ix.titleQuote(toks, k)
	}
	return t.word() && !t.cap && !lx.stops[t.lower] && !lx.determiners[t.lower] && !lx.complementizers[t.lower] && !lx.conjunctions[t.lower] && !lx.speechVerbs[t.lower] && !ix.verbLike(t.lower) && !lx.rolePreps[t.lower]
}
