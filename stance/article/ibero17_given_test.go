package article

import "testing"

// TestIbero17GivenDefeat: "dar por bueno" with a defeat or the count's
// figures for object accepts the result; with another object it is no
// act. Sentences written for the test.
func TestIbero17GivenDefeat(t *testing.T) {
	runLangCases(t, []langCase{
		{"es dio por buena la derrota", "es", "El senador Ivo Kask dio por buena la derrota de su partido.",
			[]langRemark{{Action, "Ivo Kask", "dio por buena la derrota de su partido"}}},
		{"pt deu por bons os números", "pt", "O seu presidente, Rui Lobo, deu por bons os números da comissão eleitoral.",
			[]langRemark{{Action, "Rui Lobo", "deu por bons os números da comissão eleitoral"}}},
		// counter-case: an explanation is no result
		{"es dio por buena la explicación", "es", "El senador Ivo Kask dio por buena la explicación de su ministro.",
			nil},
	})
}
