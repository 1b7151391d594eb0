package article

import (
	"maps"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// AboutResultLabel is the label of a remark about the election result: one
// that could take a stance on it. Its opposite is [corpus.OffTopic].
const AboutResultLabel corpus.Label = "about_result"

// AboutLabels returns the labels of the about-result judge in their order:
// about_result, off_topic.
func AboutLabels() []corpus.Label { return []corpus.Label{AboutResultLabel, corpus.OffTopic} }

// AboutCorpus returns the training set of the about-result judge: every
// stance statement of corpus.English (recognising, withholding or hostile
// alike) labelled about_result, then every remark of
// corpus.OffTopicRemarks (leaders, officials and researchers on the
// economy, war, disinformation, health, trade, diplomacy, and on elections
// without a stance on a result) labelled off_topic. Each example keeps its
// election context and gets a Meta field "group" for grouped
// cross-validation: the election for a stance statement, "topic:" and the
// topic for an off-topic remark. Held-out groups then ask what the judge
// must do on real articles: read statements about an election it never
// saw, and remarks on a subject it never saw as off-topic.
//
// Each call returns new examples with their own Meta maps.
func AboutCorpus() []corpus.Example {
	return aboutExamples(corpus.English(), corpus.OffTopicRemarks())
}

// aboutExamples labels the stance statements en about_result and appends
// the off-topic remarks off, giving each its cross-validation group.
func aboutExamples(en, off []corpus.Example) []corpus.Example {
	out := make([]corpus.Example, 0, len(en)+len(off))
	for _, e := range en {
		e.Label = AboutResultLabel
		e.Meta = withField(e.Meta, "group", e.Election())
		out = append(out, e)
	}
	for _, e := range off {
		e.Meta = withField(e.Meta, "group", "topic:"+e.Meta["topic"])
		out = append(out, e)
	}
	return out
}

// withField returns a copy of m with key set to value.
func withField(m map[string]string, key, value string) map[string]string {
	m = maps.Clone(m)
	if m == nil {
		m = make(map[string]string, 1)
	}
	m[key] = value
	return m
}

// aboutGroup is the grouping of AboutCorpus's cross-validation folds.
func aboutGroup(e corpus.Example) string { return e.Meta["group"] }

// AboutOptions returns the training options of the default about-result
// judge ([DefaultAboutJudge]): [stance.DefaultOptions] with unigrams only
// and the labels fixed to [AboutLabels]. Unigrams were chosen by 10-fold
// cross-validation on [AboutCorpus] grouped by election and topic
// (README.md, "Articles"; go run ./examples/evaluate -corpus about
// -group-by group -ablation): whether a remark is about the result shows in
// its words (congratulate, recognise, results, WINNER), and longer n-grams
// learn the phrasing of the topics seen in training, which does not carry
// over to a topic never seen.
func AboutOptions() stance.Options {
	o := stance.DefaultOptions()
	o.Tokenizer.NGramMin, o.Tokenizer.NGramMax = 1, 1
	o.Labels = AboutLabels()
	return o
}
