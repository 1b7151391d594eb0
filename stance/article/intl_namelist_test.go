package article

import "testing"

// TestExtractLangNameList: two people coordinated as the subject, each
// with a description after the name, are both subjects of the verb
// (intl_namelist.go); French "dénoncer" with any object is an act
// (lexicon_fr.go). Sentences written for the test.
func TestExtractLangNameList(t *testing.T) {
	const fr = "Ivo Kask a remporté l'élection présidentielle en Norlande. "
	const de = "Ivo Kask hat die Wahl in Norland gewonnen. "
	runLangCases(t, []langCase{
		{"fr A, …, et B, …, ont félicité", "fr", fr + "Lena Dal, troisième avec 6 %, et Olaf Berg, candidat du SDF, ont félicité Kask.",
			[]langRemark{{Action, "Lena Dal", "ont félicité Kask"}, {Action, "Olaf Berg", "ont félicité Kask"}}},
		{"de A, …, und B, …, gratulierten", "de", de + "Lena Dal, Chefin der Grünen, und Olaf Berg, Fraktionschef der Linken, gratulierten Kask.",
			[]langRemark{{Action, "Lena Dal", "gratulierten Kask"}, {Action, "Olaf Berg", "gratulierten Kask"}}},
		{"fr a dénoncé des fraudes", "fr", fr + "Lena Dal a dénoncé des fraudes massives.",
			[]langRemark{{Action, "Lena Dal", "a dénoncé des fraudes massives"}}},
		// counter-case: the first name does not open the sentence
		{"fr after an object", "fr", fr + "Kask a reçu Lena Dal, troisième avec 6 %, et Olaf Berg, candidat du SDF, ont félicité le président.", nil},
	})
}
