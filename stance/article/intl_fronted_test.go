package article

import "testing"

// TestExtractLangFronted: an office with a name in apposition after an
// adverb that opens the clause, or after a relative adverb of place, is
// the subject of the verb after it (intl_fronted.go), and so is a person
// named after such an adverb before a description between commas
// (openingSubject). Sentences written
// for the test.
func TestExtractLangFronted(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt Já o ministro, X, afirmou", "pt", "Já o ministro dos Negócios Estrangeiros de Valmora, Ivo Kask, afirmou que Lisboa aguarda o fim do recurso.",
			[]langRemark{{Reported, "Ivo Kask", "Lisboa aguarda o fim do recurso"}}},
		{"pt Também o Presidente, X, felicitou", "pt", "Também o Presidente norlandês, Ivo Kask, felicitou o homólogo numa mensagem.",
			[]langRemark{{Action, "Ivo Kask", "felicitou o homólogo numa mensagem"}}},
		{"fr où le porte-parole, X, a indiqué", "fr", "Même ton à Velor, où le porte-parole du gouvernement, Lena Dal, a indiqué que la capitale attendait un décompte vérifiable.",
			[]langRemark{{Reported, "Lena Dal", "la capitale attendait un décompte vérifiable"}}},
		{"es donde el canciller, X, dijo", "es", "La reacción fue distinta en Velor, donde el canciller, Ivo Kask, dijo que esperará el recuento.",
			[]langRemark{{Reported, "Ivo Kask", "esperará el recuento"}}},
		{"ru Вчера X, лидер …, заявил", "ru", "Вчера Иво Каск, лидер движения «Выбор», заявил, что не признаёт итоги выборов.",
			[]langRemark{{Reported, "Иво Каск", "не признаёт итоги выборов"}}},
		{"ru Вчера with no person after it", "ru", "Вчера утром, после подсчёта голосов, заявили, что итоги будут пересмотрены.", nil},
		// counter-case: the office after a verb and an adverb is its
		// object, not a subject
		{"es saludó también al canciller, X, is an object", "es", "Norland saludó también al canciller, Ivo Kask, y a su esposa.",
			[]langRemark{{Action, "Norland", "saludó también al canciller, Ivo Kask, y a su esposa"}}},
	})
}
