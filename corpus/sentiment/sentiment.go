// Package sentiment holds the English sentiment data that stancekit's
// default polarity model is trained on: the UCI "Sentiment Labelled
// Sentences" (Kotzias et al. 2015, CC BY 4.0; attribution and changes in
// corpus/sentiment/NOTICE), short social-media-style posts written by
// the project (posts.tsv, POSTS.md) and critics' one-sentence reviews
// written by the project (reviews.tsv, REVIEWS.md). It is a package of its own so that
// only the programs that need the data embed it: the stance package ships
// the trained model, not the sentences.
package sentiment

import (
	"bytes"
	_ "embed"
	"slices"
	"sync"

	"github.com/stancekit/stancekit/corpus"
)

//go:embed uci.tsv
var uciTSV []byte

var uci = sync.OnceValues(func() ([]corpus.Example, error) {
	return corpus.ReadAll(corpus.ReadLabelTSV(bytes.NewReader(uciTSV),
		corpus.ReadOptions{Name: "uci.tsv", Labels: corpus.PolarityLabels(), AllowDuplicates: true}))
})

// UCI returns the 3,000 sentences of UCI Sentiment Labelled Sentences,
// 1,000 reviews' sentences from each of amazon (phones), imdb (films) and
// yelp (restaurants), 500 positive and 500 negative per domain, in the
// file's order: labels corpus.Positive and corpus.Negative, the domain in
// Meta["group"] (as corpus.ReadLabelTSV reads it), ids "uci.tsv:LINE".
// Eighteen short texts occur twice ("Works great."), never with
// conflicting labels; they are kept, as in every published use.
//
// Parsed on first use; each call returns a new slice whose Meta maps are
// shared and must not be modified. The error can only come from a broken
// build.
func UCI() ([]corpus.Example, error) {
	exs, err := uci()
	return slices.Clone(exs), err
}

//go:embed posts.tsv
var postsTSV []byte

var posts = sync.OnceValues(func() ([]corpus.Example, error) {
	return corpus.ReadAll(corpus.ReadLabelTSV(bytes.NewReader(postsTSV),
		corpus.ReadOptions{Name: "posts.tsv", Labels: corpus.PolarityLabels()}))
})

// Posts returns the short social-media-style posts that the project wrote
// for the polarity model (posts.tsv; how they were written in POSTS.md):
// informal text of the kind reviews lack (slang, emoji, hashtags,
// @-mentions, capitals), 50 positive and 50 negative per
// domain (film_tv, food, sports, …: the domain in Meta["group"]), labels
// corpus.Positive and corpus.Negative, ids "posts.tsv:LINE", in the file's
// order.
//
// Parsed on first use; each call returns a new slice whose Meta maps are
// shared and must not be modified. The error can only come from a broken
// build.
func Posts() ([]corpus.Example, error) {
	exs, err := posts()
	return slices.Clone(exs), err
}

//go:embed reviews.tsv
var reviewsTSV []byte

var reviews = sync.OnceValues(func() ([]corpus.Example, error) {
	return corpus.ReadAll(corpus.ReadLabelTSV(bytes.NewReader(reviewsTSV),
		corpus.ReadOptions{Name: "reviews.tsv", Labels: corpus.PolarityLabels()}))
})

// Reviews returns the critics' one-sentence reviews that the project wrote
// for the polarity model (reviews.tsv; how they were written in
// REVIEWS.md): the literary register of film, book, music, stage, game,
// restaurant, art, hotel and concert criticism ("never less than
// gripping", "no amount of star power can save a script this lazy"),
// which UCI's short customer reviews and the posts lack; 50 positive and
// 50 negative per domain (the domain in Meta["group"]), labels
// corpus.Positive and corpus.Negative, ids "reviews.tsv:LINE", in the
// file's order.
//
// Parsed on first use; each call returns a new slice whose Meta maps are
// shared and must not be modified. The error can only come from a broken
// build.
func Reviews() ([]corpus.Example, error) {
	exs, err := reviews()
	return slices.Clone(exs), err
}

// Polarity returns the training data of stancekit's default polarity model
// (stance.DefaultPolarity): [UCI]'s sentences, then the [Posts], then the
// [Reviews], each with its domain in Meta["group"] (amazon, imdb, yelp,
// the post's topic or the review's field), which the model's calibration
// folds are grouped by. The error can only come from a broken build.
func Polarity() ([]corpus.Example, error) {
	var all []corpus.Example
	for _, part := range []func() ([]corpus.Example, error){UCI, Posts, Reviews} {
		exs, err := part()
		if err != nil {
			return nil, err
		}
		all = append(all, exs...)
	}
	return all, nil
}
