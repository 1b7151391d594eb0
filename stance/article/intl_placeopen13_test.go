package article

import "testing"

// TestExtractLangOpeningPlace: a place that opens the sentence after a
// preposition of place is no person, so the next sentence's pronoun
// refers to the person the sentence named after it (openingPlace); a
// name after the place without a comma, in French, is still a person.
// Sentences written for the test.
func TestExtractLangOpeningPlace(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr À Port Velor, le X, Lena Dal, … Il a demandé", "fr", "À Port Velor, le secrétaire général de l'Union, Lena Dal, s'est dit « très inquiet » par les violences. Il a demandé que les recours soient examinés avant toute conclusion.",
			[]langRemark{{Action, "Lena Dal", "s'est dit « très inquiet » par les violences"}, {Action, "Lena Dal", "a demandé que les recours soient examinés avant toute conclusion"}}},
		{"de In Port Velor sagte X … Er fügte hinzu", "de", "In Port Velor äußerte sich Minister Ivo Kask „sehr besorgt“ über die Gewalt. Er forderte, die Beschwerden vor jedem Urteil zu prüfen.",
			[]langRemark{{Reported, "Ivo Kask", "die Beschwerden vor jedem Urteil zu prüfen"}}},
		{"es Desde Port Velor, el presidente X, que …, se apresuró …: dijo", "es", "Desde Port Velor, el presidente electo Ivo Kask, que la semana pasada había cenado en Norland con su rival, se apresuró a tender puentes: dijo que la relación con Norland será excelente.",
			[]langRemark{{Reported, "Ivo Kask", "la relación con Norland será excelente"}}},
		{"pt Em Port Velor, a X, … Ela", "pt", "Em Port Velor, a ministra Lena Dal, da comissão de Negócios Estrangeiros, felicitou o vencedor. Ela disse que o resultado é claro.",
			[]langRemark{{Action, "Lena Dal", "felicitou o vencedor"}, {Reported, "Lena Dal", "o resultado é claro"}}},
		// counter-cases: the person after the place is still the subject,
		// and a place in the middle of the sentence is left alone
		{"fr À Velor, Lena Dal a déclaré", "fr", "À Velor, Lena Dal a déclaré que le scrutin était truqué. Elle a demandé un recomptage.",
			[]langRemark{{Reported, "Lena Dal", "le scrutin était truqué"}, {Action, "Lena Dal", "a demandé un recomptage"}}},
		{"es En Velor, Lena Dal dijo", "es", "En Velor, Lena Dal dijo que el escrutinio fue limpio.",
			[]langRemark{{Reported, "Lena Dal", "el escrutinio fue limpio"}}},
		{"ru В Москве министр X заявил", "ru", "В Москве министр Ивар Каск заявил, что не признаёт итоги выборов.",
			[]langRemark{{Reported, "Ивар Каск", "не признаёт итоги выборов"}}},
	})
}
