package article

import "testing"

// TestExtractLangSpokeOf: a verb of speaking with what was spoken of, and
// a speech verb with a noun phrase for its object, are the subject's acts
// (intl_spoke.go). Sentences written for the test.
func TestExtractLangSpokeOf(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr a parlé d'un « … »", "fr", "Ivo Kask, candidat du MNV, a parlé d'un « crime » commis contre les électeurs.",
			[]langRemark{{Action, "Ivo Kask", "a parlé d'un « crime » commis contre les électeurs"}}},
		{"de sprach von", "de", "Parteichefin Lena Dal sprach von einem Zeichen für Stabilität.",
			[]langRemark{{Action, "Lena Dal", "sprach von einem Zeichen für Stabilität"}}},
		{"es habló de", "es", "El candidato Ivo Kask habló de un fraude en las mesas del sur.",
			[]langRemark{{Action, "Ivo Kask", "habló de un fraude en las mesas del sur"}}},
		{"ru говорил о", "ru", "Лидер оппозиции Иво Каск говорил о фальсификациях на участках.",
			[]langRemark{{Action, "Иво Каск", "говорил о фальсификациях на участках"}}},
		{"pt falou num «…»", "pt", "O deputado Ivo Kask falou num «golpe de secretaria» preparado antes da votação.",
			[]langRemark{{Action, "Ivo Kask", "falou num «golpe de secretaria» preparado antes da votação"}}},
		{"fr a dénoncé pour sa part un « … »", "fr", "Son allié Ivo Kask a dénoncé pour sa part un « hold-up électoral » rendu possible par une province.",
			[]langRemark{{Action, "Ivo Kask", "a dénoncé pour sa part un « hold-up électoral » rendu possible par une province"}}},
		{"pt denunciou uma farsa", "pt", "O candidato Ivo Kask denunciou uma farsa na contagem.",
			[]langRemark{{Action, "Ivo Kask", "denunciou uma farsa na contagem"}}},
		// counter-cases: speaking with someone, and a speech verb before a
		// preposition or a definite article, are no acts
		{"es habló con", "es", "El candidato Ivo Kask habló con sus seguidores en la plaza.", nil},
		{"de sprach mit", "de", "Parteichefin Lena Dal sprach mit Journalisten in Wien.", nil},
		{"pt falou em Velor is a place", "pt", "O candidato Ivo Kask falou em Velor aos apoiantes.", nil},
		{"es habló de los resultados is a topic", "es", "El candidato Ivo Kask habló de los resultados en la plaza.", nil},
		{"es dijo en la rueda de prensa", "es", "El candidato Ivo Kask dijo en la rueda de prensa del lunes.", nil},
	})
}
