package article

import "testing"

// TestFgr14Tribute: paying tribute with its fixed noun is an act
// (fgr14_tribute.go); the verb with another noun is not. Sentences
// written for the test.
func TestFgr14Tribute(t *testing.T) {
	runLangCases(t, []langCase{
		{"ru отдал должное", "ru", "Премьер-министр Норландии Олаф Берг отдал должное мужеству избирателей.",
			[]langRemark{{Action, "Олаф Берг", "отдал должное мужеству избирателей"}}},
		{"fr a rendu hommage", "fr", "Le Premier ministre Olaf Berg a rendu hommage aux électeurs du pays.",
			[]langRemark{{Action, "Olaf Berg", "a rendu hommage aux électeurs du pays"}}},
		// counter-cases: the verb with another noun
		{"ru отдал голос", "ru", "Премьер-министр Норландии Олаф Берг отдал голос за партию власти.", nil},
		// counter-cases: a tribute to the dead (found probing)
		{"ru отдал должное памяти", "ru", "Премьер-министр Норландии Олаф Берг отдал должное памяти погибших в катастрофе.", nil},
		{"fr hommage aux victimes", "fr", "Le Premier ministre Olaf Berg a rendu hommage aux victimes de l'attentat.", nil},
		{"fr hommage au prédécesseur mort", "fr", "Le Premier ministre Olaf Berg a rendu hommage à son prédécesseur, mort en 2019.", nil},
		{"fr a rendu compte", "fr", "Le Premier ministre Olaf Berg a rendu compte de sa visite.", nil},
	})
}
