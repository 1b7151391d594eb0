package plot_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/evaluate"
	"github.com/stancekit/stancekit/stance/evaluate/plot"
)

func ExampleWriteFiles() {
	labels := []corpus.Label{"recognising", "withholding", "hostile"}
	truth := []corpus.Label{"recognising", "withholding", "hostile", "hostile"}
	preds := []stance.Prediction{
		stance.NewPrediction(labels, []float64{0.9, 0.05, 0.05}),
		stance.NewPrediction(labels, []float64{0.2, 0.7, 0.1}),
		stance.NewPrediction(labels, []float64{0.1, 0.3, 0.6}),
		stance.NewPrediction(labels, []float64{0.3, 0.6, 0.1}),
	}
	p, err := evaluate.NewPredictions(labels, truth, preds)
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := evaluate.NewReport(p, evaluate.ReportOptions{Model: "mnb"})
	if err != nil {
		fmt.Println(err)
		return
	}
	dir, err := os.MkdirTemp("", "plots")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	paths, err := plot.WriteFiles(dir, r)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, path := range paths {
		fmt.Println(filepath.Base(path))
	}
	// Output:
	// confusion.png
	// reliability.png
}
