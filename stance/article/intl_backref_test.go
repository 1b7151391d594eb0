package article

import "testing"

// TestExtractLangBackRefEarlier: an office that refers back is the person
// the previous sentence named, even when its own sentence names another
// person after it (backRef, earlierNamed). Sentences written for the
// test.
func TestExtractLangBackRefEarlier(t *testing.T) {
	runLangCases(t, []langCase{
		{"ru лидер поздравил X after Y позвонил", "ru", "Президент Ростании Иво Каск в понедельник позвонил норландскому коллеге. Как сообщила его пресс-служба, ростанский лидер поздравил Пабло Норланда с победой.",
			[]langRemark{{Action, "Иво Каск", "поздравил Пабло Норланда с победой"}}},
		{"es el mandatario felicitó a X after Y llamó", "es", "El presidente de Tarsia, Ivo Kask, llamó el lunes a Velor. Según su oficina, el mandatario tarsio felicitó a Pablo Norland por su victoria.",
			[]langRemark{{Action, "Ivo Kask", "felicitó a Pablo Norland por su victoria"}}},
		// counter-case: a person named two sentences back is not referred to
		{"ru two sentences back", "ru", "Президент Ростании Иво Каск в понедельник позвонил норландскому коллеге. День прошёл спокойно. Ростанский лидер поздравил Пабло Норланда с победой.",
			[]langRemark{{Action, "Ростанский лидер", "поздравил Пабло Норланда с победой"}}},
	})
}
