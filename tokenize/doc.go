// Package tokenize turns a statement into the tokens and features that the
// stance models count: an [Analyzer], built by [New] from [Options], gives
// a statement's tokens (with spans into the text, for explanations), its
// features as text ([Analyzer.Features]) and, on the prediction hot path,
// its features' 64-bit ids without building any string
// ([Analyzer.AppendHashes]).
//
// Options is the only way to configure an analyzer. It is plain data with
// JSON tags and a version, saved inside every model, so that a loaded model
// tokenizes exactly as it was trained; an analyzer assembled from steps of
// the user's choosing could not be saved that way.
//
// # Steps
//
// Inside, an analyzer is a short pipeline of steps, in the manner of
// bleve's analysis package, each a small value with one job:
//
//	text ─▶ wordTokenizer ─▶ termFilter ─▶ negationFilter ─▶ n-gram features
//
// The tokenizer splits the text into words, numbers, URLs, handles,
// hashtags and punctuation. The term filter normalises each term through a
// chain of termMappers — lower-case, fold typographic apostrophes, cut
// elongations (tweets), respell British English, drop stop words, stem —
// and removes the tokens whose term it drops. The negation filter marks
// the tokens in a negation scope and removes punctuation, unless
// Options.Punctuation keeps it (and other symbols) as terms. Each step can run
// over a whole token slice (the pipeline's definition, which the tests run)
// or one token at a time (what the fused path below runs). Options decide
// which mappers the chain holds.
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
// Pang, Lee & Vaithyanathan (2002). Options.NegationWindow ends a scope after
// a fixed number of tokens as well, the window variant of the same
// literature, so that a content word far from the negator keeps its plain
// feature; no default model uses it (README, "Negation scopes of 3 tokens").
//
// # Features and hashing
//
// Features are n-grams of terms joined by a space ("not readi", "NOT_readi
// NOT_to"), and optionally character n-grams of each term ("c: re"). Each
// has a 64-bit id: FNV-1a of a term's text, n-gram ids combined from their
// terms' ids, character n-grams hashed whole (see hash.go for the scheme).
// The id of a feature equals [Hash] of its text, which the tests and the
// fuzz targets check. Saved models hold these ids: the scheme never changes.
//
// # The term cache
//
// Stemming costs about as much as everything else together, so the term
// filter caches its entry — term and hashes — for every surface form it
// meets. Readers take an immutable snapshot without locking; misses are
// published in a new snapshot now and then (see termCache). A snapshot
// also holds its words of up to 15 bytes in a table keyed by the words'
// bytes themselves (see wordTable), which a plain word reaches without
// hashing a string. The cache is bounded in entries and in the length of
// the surfaces it keeps. Analyzers whose options normalise terms alike
// share a cache; the package keeps the caches of the last few such
// configurations (see New).
//
// # The fused path
//
// [Analyzer.AppendTokens] does not run the steps one after the other over
// a slice of tokens: it walks the text once, takes a plain ASCII word
// (unless tweet handling is on) straight to the term cache — its end found
// eight bytes at a time — tracks the negation scope as it goes, and hands
// anything else (numbers, URLs, contractions, hyphenated or non-ASCII
// words, punctuation) to the tokenizer's general step and the filters'
// per-token steps, one token at a time. AppendHashes takes the same walk
// but keeps of each token only the hash its n-grams start from, so that
// prediction builds no tokens and, once the cache is warm, allocates
// nothing.
//
// It is the same pipeline, specialised, and the tests hold it to the steps
// run one after the other: on the whole corpus for a grid of options
// (TestWalkMatchesStepwiseOnCorpus), on tricky statements
// (TestAppendHashesMatchesFeatures), and on arbitrary text (FuzzPlainPath,
// FuzzAnalyzer). Since the fast path's answers come from the cache, the
// fuzz targets check each input on an analyzer with an empty cache of its
// own, with every word a miss, then pending, then published in the
// snapshot and its table, so that what they find depends on the input
// alone and can be minimised and saved; TestCacheStateDoesNotChangeResults
// checks that what the analyzer saw before, up to a full cache, changes
// nothing.
package tokenize
