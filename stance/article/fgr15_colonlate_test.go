package article

import "testing"

// TestExtractLangColonEndSubject: a person named after the verb who
// closes the clause before a colon speaks the quotation after it.
// Sentences written for the test.
func TestExtractLangColonEndSubject(t *testing.T) {
	runLangCases(t, []langCase{
		{"de inverted subject", "de", "Nüchterner sieht es der konservative Abgeordnete Ivo Kask: „Das Ergebnis gefällt uns nicht, aber die Wähler haben entschieden.“",
			[]langRemark{{Direct, "Ivo Kask", "Das Ergebnis gefällt uns nicht, aber die Wähler haben entschieden."}}},
		{"ru inverted subject", "ru", "Иначе смотрит на это депутат Иво Каск: «Результат нам не нравится, но избиратели решили».",
			[]langRemark{{Direct, "Иво Каск", "Результат нам не нравится, но избиратели решили"}}},
		// counter-cases: a person after a preposition is no subject; nor is
		// a Russian name in an oblique case
		{"de person after a preposition", "de", "Die Glückwünsche gingen sofort an Präsident Ivo Kask: „Das Ergebnis gefällt uns nicht, aber die Wähler haben entschieden.“",
			[]langRemark{{Direct, "", "Das Ergebnis gefällt uns nicht, aber die Wähler haben entschieden."}}},
		{"ru oblique name", "ru", "Вчера все поздравляли Лену Даль: «Результат нам не нравится, но избиратели решили».",
			[]langRemark{{Direct, "", "Результат нам не нравится, но избиратели решили"}}},
	})
}
