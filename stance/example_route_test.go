package stance_test

import (
	"fmt"

	"github.com/stancekit/stancekit/stance"
)

// A Router labels each statement with the model of its language and
// refuses, with an empty label, the statements in languages without one.
func ExampleRouter() {
	r, err := stance.DefaultRouter()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range []string{
		"Warm congratulations to the president-elect on a clear victory.",
		"Il governo italiano si congratula con il presidente eletto e auspica una proficua collaborazione.",
	} {
		p, err := r.Predict(s)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s %q unsupported=%v\n", p.Lang, p.Label, p.Unsupported)
	}
	// A statement pinned to a language is not detected.
	p, err := r.PredictLang("en", stance.Context{}, "We are not ready to recognise him.")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Lang, p.Label)
	// Output:
	// en "recognising" unsupported=false
	// und "" unsupported=true
	// en withholding
}
