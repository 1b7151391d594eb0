// Package benchmark runs text-classification benchmarks with stancekit's
// models: the sentiment benchmarks (MR, SUBJ, UCI Sentiment Labelled
// Sentences) and SemEval-2016 Task 6's stance in tweets, or any labelled
// file that package corpus reads.
//
// A run ([Run]) reads its data with [ReadData], which tells the format from
// the file and finds a fixed fold file (folds/NAME.folds) beside it; takes
// a [Task] (labels, the headline measure, groups such as SemEval's targets
// and whether each group gets its own model); and makes models by a
// [Method]: a fixed [Spec] (kind, options and tokenizer, in a compact form
// such as "nbsvm a=1 b=0.25 C=0.1 prior bin w1-2 c2-5 tweet stem neg"), or
// a [Search] that chooses one from a grid by repeated cross-validation on
// the training data alone, with decision offsets when the task allows them
// and a nested estimate of what the search is worth.
//
// Two protocols: k-fold cross-validation (the fold file's folds, or folds
// stratified by label within each group), reporting every measure fold by
// fold with its mean and population standard deviation, as Wang & Manning
// (2012) and the sentiment benchmarks' README do; and a fixed train/test
// split, scored once. A search inside a cross-validation runs on each
// fold's training part, so the folds' scores are a nested cross-validation.
//
// Everything is seeded; parallel runs give the same report as sequential
// ones. The data sets themselves are not part of stancekit: pass their
// paths (examples/benchmark is the command line).
package benchmark
