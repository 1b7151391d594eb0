package stance_test

import (
	"fmt"

	"github.com/stancekit/stancekit/stance"
)

// Each language's tone is read by the tone model of that language; a
// Router with DefaultToneRouterOptions picks it by detection.
func ExampleDefaultToneLanguage() {
	m, err := stance.DefaultToneLanguage("es")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.Task(), m.Labels())
	fmt.Println(m.Predict("Con enorme alegría felicitamos al pueblo hermano por una jornada electoral ejemplar.").Label)

	r, err := stance.NewRouter(stance.DefaultToneRouterOptions())
	if err != nil {
		fmt.Println(err)
		return
	}
	p, err := r.Predict("Die Bundesregierung nimmt das vorläufige Ergebnis zur Kenntnis.")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Lang, p.Label)
	// Output:
	// tone [positive neutral negative]
	// positive
	// de neutral
}
