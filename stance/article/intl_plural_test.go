package article

import "testing"

// TestExtractLangPluralApposition: coordinated subjects with a plural
// description between commas before the verb each act, and a Spanish call
// to a person is an act (intl_plural.go, intl_call.go). Sentences written
// for the test.
func TestExtractLangPluralApposition(t *testing.T) {
	runLangCases(t, []langCase{
		{"es A y B, presidentes de …, felicitaron", "es", "El velorano Juan Pérez y el tarsio Luis Sal, presidentes de los países vecinos, felicitaron a Kask.",
			[]langRemark{{Action, "Juan Pérez", "felicitaron a Kask"}, {Action, "Luis Sal", "felicitaron a Kask"}}},
		{"es llamaron a X", "es", "Juan Pérez y Luis Sal, presidentes de los países vecinos, llamaron a Kask el lunes.",
			[]langRemark{{Action, "Juan Pérez", "llamaron a Kask el lunes"}, {Action, "Luis Sal", "llamaron a Kask el lunes"}}},
		// counter-cases: a call for calm, and a description that is no
		// office
		{"es llamó a la calma", "es", "El presidente Juan Pérez llamó a la calma.", nil},
		{"es A y B, vecinos de …, felicitaron", "es", "Juan Pérez y Luis Sal, conocidos del barrio, felicitaron a Kask.", nil},
	})
}
