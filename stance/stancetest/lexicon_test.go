package stancetest_test

import (
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/corpus/sentiment"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/evaluate"
)

// TestPolarityLexiconWeight chooses the weight λ of the VADER lexicon
// prior of the default polarity model by cross-validation on its training
// data, and checks that stance.PolarityLexiconWeight is the choice: the
// λ of the grid with the highest mean of two accuracies on UCI, leave one
// review domain out (train on two, test on the third: the protocol of
// text from a domain the model never saw) and stratified 10-fold (seed 1);
// the lexicon's statements are in every training part and never tested.
func TestPolarityLexiconWeight(t *testing.T) {
	if testing.Short() {
		t.Skip("trains 65 models")
	}
	exs, err := sentiment.UCI()
	if err != nil {
		t.Fatal(err)
	}
	lex := sentiment.VADER()
	o := stance.PolarityOptions()
	byDomain := func(e corpus.Example) string { return e.Meta["group"] }
	best, bestScore := -1.0, -1.0
	for _, lambda := range []float64{0, 0.5, 1, 2, 4, 8} {
		prior := sentiment.LexiconExamples(lex, lambda)
		train := func(part []corpus.Example) (stance.Classifier, error) {
			return stance.TrainExamples(append(part[:len(part):len(part)], prior...), o)
		}
		cross, err := evaluate.CrossValidate(exs, train, evaluate.CVOptions{Folds: 3, Seed: 1, Group: byDomain})
		if err != nil {
			t.Fatal(err)
		}
		pooled, err := evaluate.CrossValidate(exs, train, evaluate.CVOptions{Folds: 10, Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		a, b := evaluate.Compute(cross).Accuracy, evaluate.Compute(pooled).Accuracy
		t.Logf("λ = %-3v %6d lexicon statements: leave-domain-out %.4f, 10-fold %.4f, mean %.4f", lambda, len(prior), a, b, (a+b)/2)
		if lambda == stance.PolarityLexiconWeight || lambda == 0 {
			logDomains(t, exs, cross)
		}
		if (a+b)/2 > bestScore {
			best, bestScore = lambda, (a+b)/2
		}
	}
	if best != stance.PolarityLexiconWeight {
		t.Errorf("the cross-validation chooses λ = %v, stance.PolarityLexiconWeight is %v", best, stance.PolarityLexiconWeight)
	}
}

// logDomains logs the leave-domain-out accuracy of each domain.
func logDomains(t *testing.T, exs []corpus.Example, p *evaluate.Predictions) {
	right, n := map[string]int{}, map[string]int{}
	for i, e := range exs {
		d := e.Meta["group"]
		n[d]++
		if p.Pred[i] == p.True[i] {
			right[d]++
		}
	}
	for _, d := range []string{"amazon", "imdb", "yelp"} {
		t.Logf("    → %s %.4f", d, float64(right[d])/float64(n[d]))
	}
}
