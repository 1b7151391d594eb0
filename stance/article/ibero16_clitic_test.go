package article

import "testing"

// TestCliticLo: Spanish "lo" before a verb is an object pronoun that ends
// the office before it, so the office is the verb's subject; the neuter
// "lo que" after a verb of saying stays part of its object. Sentences
// written for the test.
func TestCliticLo(t *testing.T) {
	runLangCases(t, []langCase{
		{"es office lo verb", "es", "El presidente Ivo Kask eligió otro registro. El mandatario lo felicitó por teléfono.",
			[]langRemark{{Action, "Ivo Kask", "lo felicitó por teléfono"}}},
		{"es name lo verb", "es", "La senadora Lena Dal lo había felicitado en público.",
			[]langRemark{{Action, "Lena Dal", "lo había felicitado en público"}}},
		// counter-case: "lo que" after the verb
		{"es dijo lo que", "es", "La senadora Lena Dal dijo que el tribunal hizo lo que debía.",
			[]langRemark{{Reported, "Lena Dal", "el tribunal hizo lo que debía"}}},
	})
}
