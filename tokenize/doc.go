// Package tokenize turns a statement into the tokens and features that the
// stance models count.
//
// Text flows through a small pipeline, in the manner of bleve's analysis
// package:
//
//	text ─▶ WordTokenizer ─▶ TermFilter (lower-case, fold, spelling, stop words, stem)
//	     ─▶ NegationFilter ─▶ punctuation dropped ─▶ n-gram features
//
// Each step is a value with one method. The whole pipeline is described by
// one [Options] value, plain data with JSON tags and a version, which every
// saved model carries so that a loaded model tokenizes exactly as it was
// trained.
//
// Tokens keep byte offsets into the original text, so explanations and
// article spans can point back at what the speaker said, and a Negated flag
// set by the negation filter.
//
// # Negation scope
//
// After a negator (not, no, never, nor, neither, nobody, nothing, none,
// nowhere, cannot, without, and the "n't" of a contraction) every following
// token is marked negated until clause punctuation (. , ; : ! ? … — – and
// brackets) or a contrast word (but, however, although, though, whereas,
// nevertheless, nonetheless, yet is NOT one: "not yet" stays in scope). A
// negated token's feature is written "NOT_" + term, so "not ready to
// recognise" yields NOT_readi and NOT_recogn instead of the plain stems that
// also appear in congratulations. The negator itself is kept as an ordinary
// token. A negator inside a scope restarts the scope rather than cancelling
// it: double negation is rare in these statements and the measured effect of
// toggling was not worth the surprise. The rule follows Das & Chen (2001) and
// Pang, Lee & Vaithyanathan (2002).
//
// # Features and hashing
//
// Features are n-grams of terms joined by a space ("not readi", "NOT_readi
// NOT_to"), and optionally character n-grams of each term ("c: re"). Each
// has a 64-bit id: FNV-1a of a term's text, n-gram ids combined from their
// terms' ids, character n-grams hashed whole (see hash.go for the scheme).
// [Analyzer.AppendHashes] computes the ids without building any string,
// reusing pooled scratch space and a lock-free cache of term forms, so the
// prediction hot path does not allocate; the id of a feature equals [Hash]
// of its text, which the tests and a fuzz target check.
//
// # The fused path
//
// AppendTokens, Tokens, Features and AppendHashes do not run the steps one
// after the other over a slice of tokens: they walk the text once, take a
// plain ASCII word (unless tweet handling is on) straight to the term cache
// — its end found eight bytes at a time, its cache key the same bytes
// packed into two integers — track the negation scope as they go, and hand
// anything else (numbers, URLs, contractions, hyphenated or non-ASCII words,
// punctuation) to the tokenizer's general step and the filters' per-token
// steps, one token at a time. AppendHashes keeps only each term's hash and
// builds no tokens at all. It is the same pipeline, specialised: the tests
// hold the walk to the steps run one after the other (the tokenizer over the
// whole text, then each filter over the whole slice) on the whole corpus for
// a grid of options (TestWalkMatchesStepwiseOnCorpus) and on arbitrary text
// (FuzzPlainPath, FuzzAnalyzer).
package tokenize
