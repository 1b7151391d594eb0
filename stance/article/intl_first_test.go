package article

import "testing"

// TestExtractLangFirstToReact: among the first to react or write is an
// act (lexicon_rules.go, under intl_first.go). Sentences written for the test.
func TestExtractLangFirstToReact(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt foi dos primeiros a escrever", "pt", "Rui Mota foi dos primeiros a escrever nas redes sociais, falando numa vitória do povo.",
			[]langRemark{{Action, "Rui Mota", "foi dos primeiros a escrever nas redes sociais, falando numa vitória do povo"}}},
		{"es fue de los primeros en reaccionar", "es", "Luis Parra fue de los primeros en reaccionar con un mensaje al ganador.",
			[]langRemark{{Action, "Luis Parra", "fue de los primeros en reaccionar con un mensaje al ganador"}}},
		// counter-case: the first to arrive is no reaction
		{"pt foi dos primeiros a chegar", "pt", "Rui Mota foi dos primeiros a chegar ao comício.", nil},
	})
}

// TestExtractLangReflexiveLimit: "se limitó a …" is an act despite its
// reflexive (limitVerbs in lexicon_rules.go). Sentences written for the
// test.
func TestExtractLangReflexiveLimit(t *testing.T) {
	runLangCases(t, []langCase{
		{"es se limitó a saludar", "es", "El portavoz del Gobierno velorano, Juan Sal, se limitó a saludar a los votantes.",
			[]langRemark{{Action, "Juan Sal", "se limitó a saludar a los votantes"}}},
		// counter-case: a reflexive speech verb stays speech only
		{"es no se ha manifestado", "es", "El portavoz del Gobierno velorano, Juan Sal, no se ha manifestado.", nil},
	})
}
