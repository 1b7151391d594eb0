package article

import "testing"

// TestExtractLangLexicon11: French party names with a lower-case
// adjective ("le Parti socialiste", "le Front patriotique"), adverbs
// between the auxiliary and the participle ("a même déclaré", "a toutefois
// estimé"), "maintient que"; Russian speech verbs in the present and the
// imperfective ("утверждает, что", "настаивает", "предупреждал") and acts
// ("обвинила", "упрекнул") (lexicon_fr.go, lexicon_ru.go,
// intl_institution.go). Sentences written for the test.
func TestExtractLangLexicon11(t *testing.T) {
	const fr = "Ivo Kask a remporté l'élection présidentielle en Norlande. "
	const ru = "Выборы в Норландии выиграл Ивар Каск. Его соперник Олаф Берг не признал итоги. "
	runLangCases(t, []langCase{
		{"fr Parti socialiste", "fr", fr + "Le Parti socialiste a dénoncé un scrutin truqué.",
			[]langRemark{{Action, "Parti socialiste", "a dénoncé un scrutin truqué"}}},
		{"fr Front patriotique", "fr", fr + "Le Front patriotique a salué la victoire de Kask.",
			[]langRemark{{Action, "Front patriotique", "a salué la victoire de Kask"}}},
		{"fr a même déclaré", "fr", fr + "Lena Dal a même déclaré que le scrutin avait été truqué.",
			[]langRemark{{Reported, "Lena Dal", "le scrutin avait été truqué"}}},
		{"fr a toutefois estimé", "fr", fr + "Lena Dal a toutefois estimé que le scrutin avait été truqué.",
			[]langRemark{{Reported, "Lena Dal", "le scrutin avait été truqué"}}},
		{"fr maintient que", "fr", fr + "Lena Dal maintient que le scrutin a été truqué.",
			[]langRemark{{Reported, "Lena Dal", "le scrutin a été truqué"}}},
		// counter-case: a lower-case word after a person's name still ends it
		{"fr name then socialiste", "fr", fr + "Lena Dal, socialiste convaincue, a salué la victoire.",
			[]langRemark{{Action, "Lena Dal", "a salué la victoire"}}},
		// counter-case: "maintient" with an object is no speech
		{"fr maintient son recours", "fr", fr + "Lena Dal maintient son recours devant la Cour.", nil},
		{"ru утверждает", "ru", ru + "Берг утверждает, что на самом деле победил именно он.",
			[]langRemark{{Action, "Олаф Берг", "не признал итоги"}, {Reported, "Олаф Берг", "на самом деле победил именно он"}}},
		{"ru предупреждал", "ru", ru + "Лидер партии Лена Даль предупреждала, что делать выводы рано.",
			[]langRemark{{Action, "Олаф Берг", "не признал итоги"}, {Reported, "Лена Даль", "делать выводы рано"}}},
		{"ru обвинила", "ru", ru + "Лидер партии Лена Даль обвинила Каска в фальсификациях.",
			[]langRemark{{Action, "Олаф Берг", "не признал итоги"}, {Action, "Лена Даль", "обвинила Каска в фальсификациях"}}},
	})
}
