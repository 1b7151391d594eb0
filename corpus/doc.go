// Package corpus reads, validates and splits labelled corpora of statements
// that politicians made about election results.
//
// A corpus is a sequence of [Example] values, each with an ID, the statement
// Text, a Label and free-form metadata. Corpora are stored as JSON Lines (one
// JSON object per line) or as CSV/TSV with a header row; public benchmarks
// come as headerless label<TAB>text lines ([ReadLabelTSV]) or in SemEval-2016
// Task 6's format ([ReadSemEval]). [ReadJSONL], [ReadCSV] and [ReadFile]
// return iterators that yield examples one at a time together with
// validation errors; [ReadAll] collects them. Every error they yield is an
// [*Error] naming the file, line and field, and wraps one of the sentinel
// errors such as [ErrUnknownLabel], so callers can test for a class of
// problem with [errors.Is].
//
// [StratifiedSplit], [StratifiedKFold] and [GroupKFold] divide a corpus into
// training and test parts deterministically for a given seed; a benchmark's
// published folds are read with [ReadFoldIDs] and [FoldsFromIDs].
//
// The package embeds the project's corpora, each parsed on first use:
// [Leaders] (the original English statements, labelled with one of
// [LeaderLabels]; see corpus/GUIDELINES.md for the labelling rules),
// [Hard] (English statements written for the cases a bag of words gets
// wrong), [English] (both), [Language] (statements written natively in
// another language), [OffTopicRemarks] (remarks that take no stance) and
// [Articles] (news articles with gold speakers). corpus/SCHEMA.md defines
// their fields.
//
// A stance is relative to an election's declared winner. [Elections] holds
// the facts: for each election the statements name, the declared winner's
// and the rivals' name forms. Every statement an accessor returns carries
// them as its context, [Example.Winner] and [Example.Rivals], unless the
// statement names its own; files read from disk may carry them as "winner"
// and "rivals" fields (JSON arrays, or "|"-separated cells: [ParseNames]).
package corpus
