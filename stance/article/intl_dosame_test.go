package article

import "testing"

// TestExtractLangDoSame: "did the same" copies the last act to its
// subject, before the verb or listed after the phrase; a middle initial
// stays in a name (intl_dosame.go, intl_initial.go). Sentences written
// for the test.
func TestExtractLangDoSame(t *testing.T) {
	runLangCases(t, []langCase{
		{"es hicieron lo propio A, B y C", "es", "Luis Parra llamó a Kask para felicitarlo; ese mismo día hicieron lo propio Juan Sal, el colombiano Pedro Ruiz y el primer ministro de Velor, Ana Mora.",
			[]langRemark{{Action, "Luis Parra", "llamó a Kask para felicitarlo"}, {Action, "Juan Sal", "llamó a Kask para felicitarlo"},
				{Action, "Pedro Ruiz", "llamó a Kask para felicitarlo"}, {Action, "Ana Mora", "llamó a Kask para felicitarlo"}}},
		{"fr a fait de même", "fr", "Lena Dal a félicité Ivo Kask. Paul Berg a fait de même.",
			[]langRemark{{Action, "Lena Dal", "a félicité Ivo Kask"}, {Action, "Paul Berg", "a félicité Ivo Kask"}}},
		{"es middle initial", "es", "Luis Parra felicitó a Kask. Juan T. Sal hizo lo mismo.",
			[]langRemark{{Action, "Luis Parra", "felicitó a Kask"}, {Action, "Juan T. Sal", "felicitó a Kask"}}},
		// counter-cases: negated, and "hizo" with another object
		{"es no hizo lo mismo", "es", "Luis Parra felicitó a Kask. Juan Sal no hizo lo mismo.",
			[]langRemark{{Action, "Luis Parra", "felicitó a Kask"}}},
		{"es hizo un llamado", "es", "Luis Parra felicitó a Kask. Juan Sal hizo un llamado a la calma.",
			[]langRemark{{Action, "Luis Parra", "felicitó a Kask"}}},
	})
}
