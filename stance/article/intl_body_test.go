package article

import "testing"

// TestExtractLangNamedBody: an office of a body named with capitals is
// the subject of a verb after a short adverbial (namedBody); Russian
// plural speech verbs and observers as a body. Sentences written for the
// test.
func TestExtractLangNamedBody(t *testing.T) {
	runLangCases(t, []langCase{
		{"ru Наблюдатели X в заявлении указали", "ru", "Наблюдатели ОБСЕ в предварительном заявлении указали, что давление на избирателей поставило под вопрос равенство условий.",
			[]langRemark{{Reported, "Наблюдатели ОБСЕ", "давление на избирателей поставило под вопрос равенство условий"}}},
		{"es la misión de la OEA en su informe señaló", "es", "El jefe de la misión de la OEA en su informe preliminar señaló que el conteo fue limpio y transparente.",
			[]langRemark{{Reported, "jefe de la misión de la OEA", "el conteo fue limpio y transparente"}}},
		// counter-case: a lone office before an adverbial is no subject
		{"ru lone office", "ru", "Наблюдатель в предварительном заявлении указал, что давление на избирателей поставило под вопрос равенство условий.", nil},
	})
}
