package stance

import (
	_ "embed"
	"fmt"
	"sync"
)

//go:generate go run ./internal/gendefault -out default.bin
//go:generate go run ./internal/gendefault -task tone -out tone.bin
//go:generate go run ./internal/gendefault -task polarity -out polarity.bin

// defaultBin is the model that LeaderOptions train on the embedded English
// stance corpus (corpus.English: the leaders' statements and the hard
// cases, each in its election's context), with its calibration
// (trainDefault), stored in the compact encoding so that Default decodes it
// instead of retraining, which costs much more (BenchmarkDefaultDecode and
// BenchmarkDefault measure both). TestDefaultIsCurrent retrains it and
// fails if this file is stale; `go generate ./stance` rewrites it.
//
//go:embed default.bin
var defaultBin []byte

var defaultModel = sync.OnceValues(func() (*Model, error) {
	m, err := decodeCompact(defaultBin)
	if err != nil {
		return nil, fmt.Errorf("the embedded default model: %w", err)
	}
	return m, nil
})

// Default returns the model trained with LeaderOptions on the embedded
// leaders' corpus (package corpus) and calibrated on out-of-fold scores of
// it ([TrainCalibrated], the folds grouped by election), with no file and
// no network. It is decoded once, on first use, from a copy embedded in the
// binary that the tests check against a fresh training run; later calls
// return the same model. The error can only come from a broken build.
func Default() (*Model, error) { return defaultModel() }

// toneBin is the default tone model ([DefaultTone]) in the compact
// encoding, written by `go generate ./stance` and checked by
// TestDefaultToneIsCurrent, as defaultBin is.
//
//go:embed tone.bin
var toneBin []byte

var toneModel = sync.OnceValues(func() (*Model, error) {
	m, err := decodeCompact(toneBin)
	if err != nil {
		return nil, fmt.Errorf("the embedded default tone model: %w", err)
	}
	return m, nil
})

// DefaultTone returns the default tone model: [ToneOptions] trained on the
// "tone" field of the embedded English corpus (corpus.English relabelled by
// corpus.Relabel: positive, neutral or negative, the wording's emotional
// valence whatever its stance, GUIDELINES.md "Tone") and calibrated on
// out-of-fold scores with the folds grouped by election, as [Default] is.
// Its task is [TaskTone]. Like Default it is decoded once, on first use,
// from a copy embedded in the binary, and the error can only come from a
// broken build. It reads English; [DefaultToneLanguage] returns the tone
// model of another language.
func DefaultTone() (*Model, error) { return toneModel() }

// polarityBin is the default polarity model ([DefaultPolarity]) in the
// compact encoding, written by `go generate ./stance` and checked by
// TestDefaultPolarityIsCurrent.
//
//go:embed polarity.bin
var polarityBin []byte

var polarityModel = sync.OnceValues(func() (*Model, error) {
	m, err := decodeCompact(polarityBin)
	if err != nil {
		return nil, fmt.Errorf("the embedded default polarity model: %w", err)
	}
	return m.WithAbstention(PolarityBand()), nil
})

// PolarityBand returns the neutral band of [DefaultPolarity]: a prediction
// whose calibrated probability is below MinProbability is marked
// Abstained (its label is still given), so that text with little or mixed
// sentiment reads as neither. The threshold is the smallest one at which
// the out-of-fold accuracy of the answered sentences reaches 90 % in
// 10-fold cross-validation of the calibrated model on its training data
// (calibration nested in each fold; evaluate.CrossValidateCalibrated,
// evaluate.PickThreshold), checked by TestDefaultPolarityCrossValidation
// in stance/stancetest.
func PolarityBand() Abstention { return Abstention{MinProbability: polarityMinProbability} }

// DefaultPolarity returns the default polarity model: positive or negative
// sentiment of any English text (reviews, posts, comments), with the
// neutral band [PolarityBand] as its abstention. It is [PolarityOptions]
// trained on the 3,000 sentences of UCI Sentiment Labelled Sentences
// (Kotzias et al. 2015, CC BY 4.0: amazon, imdb and yelp reviews),
// 1,600 short social-media-style posts of 16 topics and 1,000 critics'
// one-sentence reviews of 10 fields that the project wrote (package
// corpus/sentiment, attribution in corpus/sentiment/NOTICE). Its
// calibration ([PolarityCalibration]) stacks it with VADER (Hutto &
// Gilbert 2014, MIT), whose lexicon and rules read the sentiment words
// the data never used. (A prior from VADER's lexicon as virtual training
// statements, [PolarityLexiconWeight], is 0.5: with the VADER term every
// weight of it scored within noise in cross-validation across sources.)
//
// The calibration adds VADER's compound score v(x) to the log-odds:
//
//	log(P(positive|x) / P(negative|x)) = (score(positive) − score(negative))/T + w·v(x) + b
//
// with T, w and b fitted by logistic regression on out-of-fold scores
// (see [Calibration]): naive Bayes brings what
// the data taught it, VADER its rules for negation, "but", intensifiers,
// capitals and "!". Its task is [TaskPolarity]. Like [Default] it is
// decoded once, on first use, from a copy embedded in the binary; the
// error can only come from a broken build. Use
// WithAbstention(Abstention{}) for no band.
func DefaultPolarity() (*Model, error) { return polarityModel() }

// DefaultFor returns the default model of a task: [Default] for
// [TaskStance] (or ""), [DefaultTone] for [TaskTone], [DefaultPolarity]
// for [TaskPolarity]. Another task has no default model: train one.
func DefaultFor(task string) (*Model, error) {
	switch task {
	case TaskStance, "":
		return Default()
	case TaskTone:
		return DefaultTone()
	case TaskPolarity:
		return DefaultPolarity()
	}
	return nil, fmt.Errorf("stance: no default model for task %q (have %s, %s, %s): train one and give its file", task, TaskStance, TaskTone, TaskPolarity)
}

// polarityMinProbability: see PolarityBand.
const polarityMinProbability = 0.70
