package article

import "testing"

// TestFgr16OpenerOffice: a long office with a name in apposition after an
// opening adverbial's comma is the subject of the verb after the name
// (fgr16_openeroffice.go). Sentences written for the test.
func TestFgr16OpenerOffice(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr place, long office", "fr", "À Velor, le vice-président de la commission des affaires étrangères du Sénat de Norland, Ivo Kask, a salué la victoire du président sortant.",
			[]langRemark{{Action, "Ivo Kask", "a salué la victoire du président sortant"}}},
		{"fr region, office the phrase rules do not parse", "fr", "Dans la région, un haut responsable de l'Union des îles du Nord, Lena Dal, a adressé ses félicitations au vainqueur.",
			[]langRemark{{Action, "Lena Dal", "a adressé ses félicitations au vainqueur"}}},
		{"ru place, office", "ru", "В Москве, заместитель председателя комитета, Иво Каск, поздравил победителя.",
			[]langRemark{{Action, "Иво Каск", "поздравил победителя"}}},
		// counter-cases: a party in apposition is no person; an opening
		// clause with a verb is no adverbial
		{"fr party in apposition", "fr", "Dans un communiqué, le principal parti de l'opposition, Union nouvelle, a rejeté les résultats.", nil},
		{"fr opening clause", "fr", "Après avoir félicité Norland, un haut responsable de l'Union des îles du Nord, Lena Dal, a salué la victoire.", nil},
	})
}
