package stancetest_test

import (
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/evaluate"
	"github.com/stancekit/stancekit/stance/stancetest"
)

// languageMacroF1Floors are the lowest acceptable macro-F1 of
// leave-elections-out 10-fold cross-validation (seed 1) of
// stance.LanguageOptions(code) on corpus.Language(code): the measured
// value minus 0.02. Re-record them, as defaultMacroF1Floor is, with
//
//	go test ./stance/stancetest -run TestLanguageDefaultsCrossValidation -v
var languageMacroF1Floors = map[string]float64{
	"es": 0.8399, // measured 0.8599 (1,520 statements; 0.8468 on the 1,070 before the nineteenth session's batch, 0.8468 on the 980 before the sixteenth's)
	"fr": 0.8671, // 0.8871 (0.8742; 0.8831)
	"ru": 0.8747, // 0.8947 (0.8820; 0.8714)
	"pt": 0.8506, // 0.8706 (0.8454; 0.8473)
	"de": 0.8600, // 0.8800 (0.8683; 0.8794)
}

// stratifiedMacroF1Floors are the same for stratified 10-fold
// cross-validation (seed 1): measured minus 0.02.
var stratifiedMacroF1Floors = map[string]float64{
	"es": 0.8523, // measured 0.8723 (0.8679 on 1,070; 0.8566 on 980)
	"fr": 0.8677, // 0.8877 (0.8731; 0.8801)
	"ru": 0.8669, // 0.8869 (0.8821; 0.8786)
	"pt": 0.8592, // 0.8792 (0.8651; 0.8772)
	"de": 0.8612, // 0.8812 (0.8779; 0.8768)
}

// languageData returns a language's embedded statements and its default
// model's options.
func languageData(t *testing.T, code string) ([]corpus.Example, stance.Options) {
	t.Helper()
	exs, err := corpus.Language(code)
	if err != nil {
		t.Fatal(err)
	}
	o, err := stance.LanguageOptions(code)
	if err != nil {
		t.Fatal(err)
	}
	return exs, o
}

func TestLanguageDefaultsCrossValidation(t *testing.T) {
	for _, code := range []string{"es", "fr", "ru", "pt", "de"} {
		t.Run(code, func(t *testing.T) {
			exs, o := languageData(t, code)
			floor := languageMacroF1Floors[code]
			m := stancetest.CrossValidate(t, stance.NaiveBayes(o), exs,
				evaluate.CVOptions{Folds: 10, Seed: 1, Group: corpus.Example.Election}, stancetest.Want{MacroF1: floor})
			t.Logf("%s: leave-elections-out 10-fold CV on %d statements: macro-F1 %.4f, accuracy %.4f (floor %.4f)", code, m.N, m.MacroF1, m.Accuracy, floor)
			// Stratified folds share elections between training and test;
			// on these 1,520-statement corpora that makes them score the same
			// or up to 0.02 higher (fold noise is ±0.02), so they have floors
			// of their own.
			floor = stratifiedMacroF1Floors[code]
			s := stancetest.CrossValidate(t, stance.NaiveBayes(o), exs,
				evaluate.CVOptions{Folds: 10, Seed: 1}, stancetest.Want{MacroF1: floor})
			t.Logf("%s: stratified 10-fold CV: macro-F1 %.4f, accuracy %.4f (floor %.4f)", code, s.MacroF1, s.Accuracy, floor)
		})
	}
}

// parallelAgreementFloor is the lowest acceptable share of the parallel
// statements (a language's statements with parallel_to naming an English
// one: at most a fifth of each language's corpus) on which the language's
// cross-validated prediction and the English one's agree: measured 0.7842
// (229 of 292 pairs over the five languages; 0.7671 before the sixteenth
// session's batch), minus 0.03. With the nineteenth session's batch 0.7774
// (227 of 292): the floor stays.
const parallelAgreementFloor = 0.7542

// Cross-lingual consistency: each side predicted out of fold, in its own
// corpus's leave-elections-out cross-validation, so neither model saw the
// statement or its election.
func TestParallelConsistency(t *testing.T) {
	cv := evaluate.CVOptions{Folds: 10, Seed: 1, Group: corpus.Example.Election}
	english := corpus.English()
	enPred, err := evaluate.CrossValidate(english, stance.NaiveBayes(stance.LeaderOptions()), cv)
	if err != nil {
		t.Fatal(err)
	}
	enLabel := make(map[string]int, len(english))
	for i, e := range english {
		enLabel[e.ID] = enPred.Pred[i]
	}
	agree, total := 0, 0
	for _, code := range []string{"es", "fr", "ru", "pt", "de"} {
		exs, o := languageData(t, code)
		p, err := evaluate.CrossValidate(exs, stance.NaiveBayes(o), cv)
		if err != nil {
			t.Fatal(err)
		}
		a, n := 0, 0
		for i, e := range exs {
			en, ok := enLabel[e.Meta["parallel_to"]]
			if !ok {
				continue
			}
			n++
			if p.Labels[p.Pred[i]] == enPred.Labels[en] {
				a++
			}
		}
		t.Logf("%s: %d of %d parallel statements get the English statement's predicted label (%.3f)", code, a, n, float64(a)/float64(n))
		agree, total = agree+a, total+n
	}
	share := float64(agree) / float64(total)
	t.Logf("all: %d of %d (%.4f; floor %.4f)", agree, total, share, parallelAgreementFloor)
	if total == 0 || share < parallelAgreementFloor {
		t.Errorf("parallel agreement %.4f over %d pairs, below the floor %.4f", share, total, parallelAgreementFloor)
	}
}
