package article

import "testing"

// TestExtractLangDashAside: an aside between dashes after a subject is
// read as one between commas; a dialogue dash or a dash after a
// quotation is none. Sentences written for the test.
func TestExtractLangDashAside(t *testing.T) {
	runLangCases(t, []langCase{
		{"es rayas", "es", "El líder opositor Ivo Kask —que quedó tercero— rechazó los resultados.",
			[]langRemark{{Action, "Ivo Kask", "rechazó los resultados"}}},
		{"fr tirets", "fr", "Le chef de l'opposition Ivo Kask – arrivé troisième – a rejeté les résultats.",
			[]langRemark{{Action, "Ivo Kask", "a rejeté les résultats"}}},
		{"pt travessões", "pt", "O líder da oposição Ivo Kask – que ficou em terceiro – rejeitou os resultados.",
			[]langRemark{{Action, "Ivo Kask", "rejeitou os resultados"}}},
		// counter-case: the dash after a quotation introduces its speaker
		{"ru dash after a quotation", "ru", "«Мы не признаём итоги», — заявил Иво Каск.",
			[]langRemark{{Direct, "Иво Каск", "Мы не признаём итоги"}}},
	})
}
