package article

import "testing"

// TestIbero17Connective: a connective between commas after a speech verb
// and before its complementizer; a comma and "que" alone still open a
// relative clause. Sentences written for the test.
func TestIbero17Connective(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt no entanto", "pt", "A deputada Lena Dal sublinhou, no entanto, que não houve violência em Velor.",
			[]langRemark{{Reported, "Lena Dal", "não houve violência em Velor"}}},
		{"es sin embargo", "es", "El senador Ivo Kask dijo, sin embargo, que esperará al escrutinio final.",
			[]langRemark{{Reported, "Ivo Kask", "esperará al escrutinio final"}}},
		// counter-case: no connective, the comma and "que" open a relative clause
		{"es relative clause after the verb", "es", "Así lo contó Ivo Kask, que vende pan en el mercado de Velor.",
			nil},
	})
}
