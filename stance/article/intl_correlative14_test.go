package article

import "testing"

// TestExtractLangCorrelatives: "Tanto A como B", "Sowohl A als auch B",
// "Как A, так и B" give the act to both subjects, as "A y B" does; a
// correlative word that opens no pair of subjects changes nothing.
// Sentences written for the test.
func TestExtractLangCorrelatives(t *testing.T) {
	runLangCases(t, []langCase{
		{"es tanto … como", "es", "Tanto el presidente Ivo Kask como la canciller Mara Holt felicitaron a Lena Dal.",
			[]langRemark{{Action, "Ivo Kask", "felicitaron a Lena Dal"}, {Action, "Mara Holt", "felicitaron a Lena Dal"}}},
		{"pt tanto … quanto", "pt", "Tanto Ivo Kask quanto Mara Holt felicitaram Lena Dal.",
			[]langRemark{{Action, "Ivo Kask", "felicitaram Lena Dal"}, {Action, "Mara Holt", "felicitaram Lena Dal"}}},
		{"de sowohl … als auch", "de", "Sowohl Ivo Kask als auch Mara Holt gratulierten Lena Dal.",
			[]langRemark{{Action, "Ivo Kask", "gratulierten Lena Dal"}, {Action, "Mara Holt", "gratulierten Lena Dal"}}},
		{"ru как …, так и", "ru", "Как Иво Каск, так и Мара Холт поздравили Лену Даль.",
			[]langRemark{{Action, "Иво Каск", "поздравили Лену Даль"}, {Action, "Мара Холт", "поздравили Лену Даль"}}},
		// counter-cases: no pair of subjects
		{"ru как и ожидалось", "ru", "Как и ожидалось, Иво Каск поздравил Лену Даль.",
			[]langRemark{{Action, "Иво Каск", "поздравил Лену Даль"}}},
		{"es tanto como el año pasado", "es", "Tanto como el año pasado, Ivo Kask felicitó a Lena Dal.",
			[]langRemark{{Action, "Ivo Kask", "felicitó a Lena Dal"}}},
	})
}
