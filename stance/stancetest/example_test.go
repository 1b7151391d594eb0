package stancetest_test

import (
	"fmt"
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance/stancetest"
)

// reporter prints failures instead of failing, for the example; in a test,
// pass the *testing.T.
type reporter struct{ testing.TB }

func (reporter) Helper()                           {}
func (reporter) Errorf(format string, args ...any) { fmt.Printf("FAIL: "+format+"\n", args...) }
func (reporter) Fatalf(format string, args ...any) { panic(fmt.Sprintf(format, args...)) }

func ExampleValidate() {
	labels := []corpus.Label{"recognising", "withholding", "hostile"}
	examples := []corpus.Example{
		{ID: "1", Text: "We congratulate the winner.", Label: "recognising"},
		{ID: "2", Text: "We await the official results.", Label: "withholding"},
		{ID: "3", Text: "This election was stolen.", Label: "hostile"},
		{ID: "4", Text: "The count was a farce.", Label: "hostile"},
	}
	// A classifier that mistakes one hostile statement for withholding.
	c := stancetest.NewLookup(labels, map[string]corpus.Label{
		"We congratulate the winner.":    "recognising",
		"We await the official results.": "withholding",
		"This election was stolen.":      "hostile",
		"The count was a farce.":         "withholding",
	})
	var t testing.TB = reporter{} // in a test: t *testing.T
	m := stancetest.Validate(t, c, examples, stancetest.Want{
		Accuracy:       0.8,
		PerClassRecall: map[corpus.Label]float64{"hostile": 0.6},
	})
	fmt.Printf("accuracy %.2f, macro-F1 %.2f\n", m.Accuracy, m.MacroF1)
	// Output:
	// FAIL: accuracy = 0.750, want ≥ 0.800 (n = 4)
	// FAIL: class "hostile": recall = 0.500, want ≥ 0.600 (precision 1.000, recall 0.500, F1 0.667, support 2)
	// accuracy 0.75, macro-F1 0.78
}
