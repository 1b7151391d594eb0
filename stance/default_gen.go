package stance

import "github.com/stancekit/stancekit/corpus"

// EncodeDefault trains LeaderOptions on the embedded English stance corpus
// (corpus.English), calibrates it (see defaultCalibration), and returns the
// model's compact encoding, the content of the embedded default.bin. It
// exists for `go generate` and the test that checks the embedded copy;
// applications use [Default].
func EncodeDefault() ([]byte, error) {
	m, err := trainDefault()
	if err != nil {
		return nil, err
	}
	return m.encodeCompact()
}

// defaultCalibration is how the default model is calibrated: a temperature
// fitted on 10-fold out-of-fold scores of the corpus, seed 1, the folds
// grouped by election (every statement of the corpus names one), so that
// each score comes from a model that never saw the statement's election.
// Leave-elections-out CV of this procedure, nested (go run
// ./examples/evaluate -calibrate -group-by election), measures it.
var defaultCalibration = CalibrateOptions{Folds: 10, Seed: 1}

// trainDefault trains and calibrates the default model from the corpus.
func trainDefault() (*Model, error) {
	return TrainCalibrated(corpus.English(), LeaderOptions(), defaultCalibration)
}

// EncodeDefaultTone trains ToneOptions on the tones of the embedded English
// corpus (corpus.Relabel(corpus.English(), "tone")), calibrates it as the
// stance default is calibrated, and returns its compact encoding, the
// content of the embedded tone.bin. It exists for `go generate` and the
// test that checks the embedded copy; applications use [DefaultTone].
func EncodeDefaultTone() ([]byte, error) {
	m, err := trainDefaultTone()
	if err != nil {
		return nil, err
	}
	return m.encodeCompact()
}

// trainDefaultTone trains and calibrates the default tone model: its
// calibration folds are grouped by election, as the stance default's.
func trainDefaultTone() (*Model, error) {
	exs, err := corpus.Relabel(corpus.English(), TaskTone)
	if err != nil {
		return nil, err
	}
	return TrainCalibrated(exs, ToneOptions(), defaultCalibration)
}

// EncodeDefaultPolarity trains PolarityOptions on exs, the polarity
// training data (package corpus/sentiment: the UCI Sentiment Labelled
// Sentences and the project's posts), with prior, the VADER lexicon's
// virtual statements at weight PolarityLexiconWeight, none at the shipped
// weight 0 (corpus/sentiment is not imported here so
// that programs using stance do not embed the sentences or the lexicon),
// calibrates it with its VADER term (PolarityCalibration), and returns
// its compact encoding, the content of the embedded polarity.bin. It
// exists for `go generate` and the test that checks the embedded copy;
// applications use [DefaultPolarity].
func EncodeDefaultPolarity(exs, prior []corpus.Example) ([]byte, error) {
	m, err := TrainCalibrated(exs, PolarityOptions(), PolarityCalibration(prior))
	if err != nil {
		return nil, err
	}
	return m.encodeCompact()
}

// PolarityCalibration returns how the default polarity model is
// calibrated: a temperature and a VADER term ([Calibration]) fitted
// together on 10-fold out-of-fold scores of the training statements,
// seed 1, grouped by domain (Meta["group"]: amazon, imdb, yelp, a post's
// topic, a review's field), so that each text is scored by a model that
// never saw its domain, as the model will meet new domains; with the
// lexicon's virtual statements prior in every fold's training part and
// never scored. The VADER term, and folds grouped by domain rather than
// stratified by label, were chosen by leave-source-out cross-validation
// (TestPolarityLeaveSourceOut in stance/stancetest; grouped folds were
// the choice once the critics' reviews joined the training data, by
// 81.58 % to 81.49 %, a tie within noise that the test's rule resolves).
func PolarityCalibration(prior []corpus.Example) CalibrateOptions {
	return CalibrateOptions{Folds: 10, Seed: 1, Always: prior, VADER: true, Group: polarityDomain}
}

// polarityDomain is a polarity example's domain.
func polarityDomain(e corpus.Example) string { return e.Meta["group"] }
