package stancetest_test

import (
	"testing"

	"github.com/stancekit/stancekit/corpus/sentiment"
	"github.com/stancekit/stancekit/stance"
)

// TestPolarityLexiconWeight chooses the weight λ of the VADER lexicon
// prior of the default polarity model by cross-validation on its training
// data, and checks that stance.PolarityLexiconWeight is the choice: the
// λ of the grid with the best criterion of polarityCV.score (the mean of
// the leave-one-source-out accuracy over amazon, imdb, yelp and the posts,
// and the posts' leave-one-domain-out accuracy), with the shipped
// procedure (stance.PolarityCalibration: the VADER term, the UCI
// sentences and the posts). The lexicon's statements are in every
// training part and never tested.
func TestPolarityLexiconWeight(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("trains about 1,400 models: left to runs without -short and -race")
	}
	exs, source := polarityData(t)
	best, bestScore := -1.0, -1.0
	for _, lambda := range []float64{0, 0.5, 1, 2, 4, 8} {
		cv, err := crossSource(exs, source, trainPolarity(lambda, true, false), nil)
		if err != nil {
			t.Fatal(err)
		}
		_, _, score := cv.score(exs, source)
		t.Logf("λ = %-3v %6d lexicon statements: %s", lambda, len(sentiment.LexiconExamples(sentiment.VADER(), lambda)), cv.row(exs, source))
		if score > bestScore {
			best, bestScore = lambda, score
		}
	}
	if best != stance.PolarityLexiconWeight {
		t.Errorf("the cross-validation chooses λ = %v, stance.PolarityLexiconWeight is %v", best, stance.PolarityLexiconWeight)
	}
}
