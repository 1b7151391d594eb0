package stance

import (
	"errors"
	"fmt"
	"math"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/tokenize"
)

// Kind is the naive Bayes event model.
type Kind string

const (
	Multinomial Kind = "multinomial"
	Complement  Kind = "complement"
)

// Options configure training. They are saved with the model.
type Options struct {
	Tokenizer tokenize.Options `json:"tokenizer"`
	Kind      Kind             `json:"kind"`
	// Alpha is the smoothing constant α > 0.
	Alpha float64 `json:"alpha"`
	// UniformPrior replaces document-count priors by 1/|C|.
	UniformPrior bool `json:"uniform_prior"`
	// Binary counts a feature at most once per statement.
	Binary bool `json:"binary"`
	// Labels, when set, fixes the label set and its order; an example with
	// another label is an error. When empty, labels are taken from the data
	// and sorted.
	Labels []corpus.Label `json:"labels,omitempty"`
	// Task names what the labels mean: [TaskStance], [TaskTone],
	// [TaskPolarity] or a name of one's own (ASCII letters, digits, '_' and
	// '-', so that it can stand in -task and -model TASK=FILE). It is saved in
	// the model file, so that a program can tell a tone model from a stance
	// model, and Merge refuses to add one to the other. Empty means
	// [TaskStance]: models saved before tasks existed are stance models,
	// and a stance model written today leaves the field out, so its file
	// is what it was.
	Task string `json:"task,omitempty"`
}

// The tasks stancekit ships a default model for (see [Model.Task]).
const (
	// TaskStance: the stance toward an election's declared winner
	// (corpus.LeaderLabels), the model of [Default].
	TaskStance = "stance"
	// TaskTone: the emotional valence of a leader's remark, regardless of
	// its stance (corpus.ToneLabels), the model of [DefaultTone].
	TaskTone = "tone"
	// TaskPolarity: positive or negative sentiment of any English text
	// (corpus.PolarityLabels), the model of [DefaultPolarity].
	TaskPolarity = "polarity"
)

// DefaultOptions returns the analysis and training settings of the default
// model with no fixed label set: complement naive Bayes on word 1–3-grams with
// α = 0.5, negation marking, stemming and spelling normalisation. A model
// trained with them learns its labels from the data (any labels, sorted), so
// they suit a corpus of one's own, e.g. positive and negative reviews. The
// settings were chosen by 10-fold cross-validation on the leaders' corpus,
// stratified and leave-elections-out (README.md, "Results";
// go run ./examples/evaluate -ablation). For the leaders' corpus use
// [LeaderOptions], which also fixes its labels and their order.
func DefaultOptions() Options {
	return Options{
		Tokenizer: tokenize.DefaultOptions(),
		Kind:      Complement,
		Alpha:     0.5,
	}
}

// LeaderOptions returns [DefaultOptions] with the label set fixed to
// [corpus.LeaderLabels] (recognising, withholding, hostile, in that order):
// the options of the default model ([Default]), trained on the leaders'
// corpus. Any other label in the training data is an error, and the model's
// labels keep the canonical order rather than the sorted one.
func LeaderOptions() Options {
	o := DefaultOptions()
	o.Labels = corpus.LeaderLabels()
	return o
}

// ToneOptions returns the options of the default tone model
// ([DefaultTone]): the analysis of [DefaultOptions] with multinomial naive
// Bayes instead of complement, α = 0.5, the label set fixed to
// corpus.ToneLabels (positive, neutral, negative) and the task
// [TaskTone]. Multinomial NB was chosen by leave-elections-out 10-fold
// cross-validation on the corpus's tones, where it beat complement NB by
// 0.010 macro-F1 (95% CI [+0.002, +0.019]); no other single change of the
// ablation helped beyond its noise (README.md, "Sentiment";
// go run ./examples/evaluate -task tone -group-by election -kind mnb -ablation).
func ToneOptions() Options {
	o := DefaultOptions()
	o.Kind = Multinomial
	o.Labels = corpus.ToneLabels()
	o.Task = TaskTone
	return o
}

// PolarityOptions returns the options of the default polarity model
// ([DefaultPolarity]): [DefaultOptions] (complement NB, word 1–3-grams,
// α = 0.5, negation marking, stemming) with the label set fixed to
// corpus.PolarityLabels (positive, negative) and the task [TaskPolarity].
// On UCI Sentiment Labelled Sentences no single change of them did better
// than fold noise in 10-fold cross-validation on the published folds
// (README.md, "Sentiment"; go run ./examples/benchmark -data
// corpus/sentiment/uci.tsv -folds 10 -json with the flags of each change).
// Emoji read as the words of their descriptions (tokenize.Options.Emoji),
// which changes nothing on the reviews, none of which has an emoji, and
// lets the model learn them from the posts: on 60 short posts written for
// the test (corpus/sentiment/testdata/emoji_posts.tsv) the default model
// is right on 54 with it and 54 without (VADER's term reads emoji itself),
// VADER alone on 48 (TestPolarityEmoji in stance/stancetest).
func PolarityOptions() Options {
	o := DefaultOptions()
	o.Labels = corpus.PolarityLabels()
	o.Task = TaskPolarity
	o.Tokenizer.Emoji = true
	return o
}

// ErrOptions is wrapped by every error about invalid options.
var ErrOptions = errors.New("invalid stance options")

// Validate reports whether o can train a model.
func (o Options) Validate() error {
	if err := o.Tokenizer.Validate(); err != nil {
		return fmt.Errorf("%w: %w", ErrOptions, err)
	}
	if o.Kind != Multinomial && o.Kind != Complement {
		return fmt.Errorf("%w: kind %q (want %q or %q)", ErrOptions, o.Kind, Multinomial, Complement)
	}
	if !(o.Alpha > 0) || math.IsInf(o.Alpha, 0) {
		return fmt.Errorf("%w: alpha %v (want a finite number > 0)", ErrOptions, o.Alpha)
	}
	if err := ValidateTask(o.Task); err != nil {
		return fmt.Errorf("%w: %w", ErrOptions, err)
	}
	seen := make(map[corpus.Label]bool)
	for i, l := range o.Labels {
		if l == "" {
			return fmt.Errorf("%w: empty label", ErrOptions)
		}
		if seen[l] {
			return fmt.Errorf("%w: label %q listed twice", ErrOptions, l)
		}
		if err := caseClash(o.Labels[:i], l); err != nil {
			return fmt.Errorf("%w: %w", ErrOptions, err)
		}
		seen[l] = true
	}
	return nil
}

// ValidateTask reports whether name can be a task ([Options.Task]):
// empty (stance) or ASCII letters, digits, '_' and '-', which keeps
// "-task a,b" and "-model a=FILE" unambiguous.
func ValidateTask(name string) error {
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return fmt.Errorf("task %q: want ASCII letters, digits, '_' and '-' only", name)
		}
	}
	return nil
}

// TaskOf returns o's task, [TaskStance] when none is set.
func (o Options) TaskOf() string {
	if o.Task == "" {
		return TaskStance
	}
	return o.Task
}

// PolarityLexiconWeight is λ, the weight of the VADER lexicon prior of
// the default polarity model: each lexicon word of valence v adds
// round(λ·|v|) virtual one-word statements of its sign to the training
// data (sentiment.LexiconExamples states the formula). It was chosen from
// {0, 0.5, 1, 2, 4, 8} by cross-validation on the training data across
// sources and domains, with the VADER term of [PolarityCalibration]
// (TestPolarityLexiconWeight in stance/stancetest): 0.5 since the
// critics' reviews joined the training data (criterion 81.67 against 81.58
// for 0 and 1 and 81.46 for 2: within noise; the VADER term carries the
// lexicon; before it, λ = 2 added 2.8 points across UCI's domains). Until
// then 0, within 0.1 point of 0.5, 1 and 2.
const PolarityLexiconWeight = 0.5
