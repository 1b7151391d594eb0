package evaluate_test

import (
	"fmt"
	"os"

	"gonum.org/v1/gonum/mat"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/evaluate"
)

// statements returns a small synthetic corpus: each label has its own
// words, and every fifth statement uses another label's words.
func statements() []corpus.Example {
	words := map[corpus.Label][]string{
		"recognising": {"congratulate", "welcome", "respect", "wishes"},
		"withholding": {"await", "official", "verify", "premature"},
		"hostile":     {"fraud", "rigged", "stolen", "reject"},
	}
	var exs []corpus.Example
	for i := range 60 {
		l := corpus.LeaderLabels()[i%3]
		src := l
		if i%5 == 4 {
			src = corpus.LeaderLabels()[(i+1)%3]
		}
		w := words[src]
		exs = append(exs, corpus.Example{
			ID:    fmt.Sprint(i),
			Text:  fmt.Sprintf("we %s the %s of vote %d", w[i%4], w[(i+1)%4], i),
			Label: l,
		})
	}
	return exs
}

func ExampleCrossValidate() {
	p, err := evaluate.CrossValidate(statements(), stance.NaiveBayes(stance.DefaultOptions()),
		evaluate.CVOptions{Folds: 5, Seed: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	m := evaluate.Compute(p)
	fmt.Println(p.Len(), "out-of-fold predictions")
	fmt.Println("better than chance:", m.Kappa > 0)
	// The exact numbers depend on the tokenizer's defaults:
	// fmt.Printf("accuracy %.2f, macro-F1 %.2f\n", m.Accuracy, m.MacroF1)
	// accuracy 0.80, macro-F1 0.80

	// Output:
	// 60 out-of-fold predictions
	// better than chance: true
}

func ExampleNewReport() {
	p, err := evaluate.CrossValidate(statements(), stance.NaiveBayes(stance.DefaultOptions()),
		evaluate.CVOptions{Folds: 5, Seed: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := evaluate.NewReport(p, evaluate.ReportOptions{Bootstrap: evaluate.BootstrapOptions{Seed: 1}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.MacroF1CI95.Contains(r.MacroF1), r.Confusion.Labels)
	// r.WriteText(os.Stdout) writes the full report, as in
	// testdata/report.txt; json.NewEncoder(os.Stdout).Encode(r) the JSON
	// one, as in testdata/report.json.
	_ = os.Stdout
	// DefaultOptions learn the labels from the data, sorted; LeaderOptions
	// would fix them to corpus.LeaderLabels() in that order.
	// Output:
	// true [hostile recognising withholding]
}

func ExampleKappa() {
	// 50 items rated by two raters (rows: first rater, columns: second).
	conf := mat.NewDense(2, 2, []float64{
		20, 5,
		10, 15,
	})
	// p_o = 35/50 = 0.7, p_e = (25·30 + 25·20)/50² = 0.5, κ = 0.2/0.5.
	fmt.Printf("%.2f\n", evaluate.Kappa(conf))
	// Output: 0.40
}

func ExampleWilson() {
	fmt.Println(evaluate.Wilson(8, 10, 0.95))
	fmt.Println(evaluate.Wilson(10, 10, 0.95))
	// Output:
	// [0.490, 0.943]
	// [0.722, 1.000]
}

func ExampleMcNemarTest() {
	// Classifier A is right and B wrong on one item; the converse on six.
	a := []bool{true, false, false, false, false, false, false, true}
	b := []bool{false, true, true, true, true, true, true, true}
	r, err := evaluate.McNemarTest(a, b)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("b=%d c=%d exact=%v p=%.3f\n", r.B, r.C, r.Exact, r.P)
	// Output: b=1 c=6 exact=true p=0.125
}

func ExampleRiskCoverage() {
	labels := []corpus.Label{"yes", "no"}
	truth := []corpus.Label{"yes", "yes", "no", "no"}
	preds := []stance.Prediction{
		stance.NewPrediction(labels, []float64{0.95, 0.05}), // right, sure
		stance.NewPrediction(labels, []float64{0.40, 0.60}), // wrong, unsure
		stance.NewPrediction(labels, []float64{0.20, 0.80}), // right
		stance.NewPrediction(labels, []float64{0.70, 0.30}), // wrong
	}
	p, err := evaluate.NewPredictions(labels, truth, preds)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, pt := range evaluate.RiskCoverage(p, []float64{0.5, 0.75, 0.9}) {
		fmt.Printf("≥ %.2f: coverage %.2f, accuracy %.2f\n", pt.Threshold, pt.Coverage, pt.Accuracy)
	}
	// Output:
	// ≥ 0.50: coverage 1.00, accuracy 0.50
	// ≥ 0.75: coverage 0.50, accuracy 1.00
	// ≥ 0.90: coverage 0.25, accuracy 1.00
}
