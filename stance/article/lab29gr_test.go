package article

import "testing"

// TestLab29grPreposition: a Russian preposition before a full name opens
// no speaker phrase, so the partner of a talk ("в беседе с X") is not the
// speaker, and the subject named before the adverbial is
// (lab29gr_preposition.go). Sentences written for the test.
func TestLab29grPreposition(t *testing.T) {
	runLangCases(t, []langCase{
		{"ru talk partner", "ru", "Министр Олег Рябов в беседе с Томасом Греем заявил, что итоги голосования законны.",
			[]langRemark{{Reported, "Олег Рябов", "итоги голосования законны"}}},
		{"ru phone partner", "ru", "Президент Игорь Зотов в телефонном разговоре с Анной Лунд настаивал, что выборы прошли честно.",
			[]langRemark{{Reported, "Игорь Зотов", "выборы прошли честно"}}},
		{"ru meeting partner, со", "ru", "Депутат Пётр Лыков на встрече со Станиславом Вечером сказал, что признаёт итоги выборов.",
			[]langRemark{{Reported, "Пётр Лыков", "признаёт итоги выборов"}}},
		// counter-case: with no preposition the name is the subject
		{"ru plain subject", "ru", "Министр Олег Рябов заявил, что итоги голосования законны.",
			[]langRemark{{Reported, "Олег Рябов", "итоги голосования законны"}}},
	})
}

// TestLab29grCompound: a German compound of a description head ("die
// CDU-Politikerin", "der Europapolitiker") refers back to the person
// named last, even one named with another office (lab29gr_compound.go).
// Sentences written for the test.
func TestLab29grCompound(t *testing.T) {
	runLangCases(t, []langCase{
		{"de party compound", "de", "Bundeskanzlerin Eva Brandt gratulierte nicht. Die CDU-Politikerin nannte die Abstimmung „unverzeihlich“.",
			[]langRemark{{Action, "Eva Brandt", "gratulierte nicht"}, {Action, "Eva Brandt", "nannte die Abstimmung „unverzeihlich“"}}},
		{"de field compound", "de", "Außenminister Jan Holm gratulierte nicht. Der Europapolitiker nannte die Wahl eine Farce.",
			[]langRemark{{Action, "Jan Holm", "gratulierte nicht"}, {Action, "Jan Holm", "nannte die Wahl eine Farce"}}},
		// counter-case: a compound with a name of its own is that person
		{"de compound with a name", "de", "Außenminister Jan Holm gratulierte nicht. Die SPD-Politikerin Vera Lind nannte die Wahl eine Farce.",
			[]langRemark{{Action, "Jan Holm", "gratulierte nicht"}, {Action, "Vera Lind", "nannte die Wahl eine Farce"}}},
	})
	ix := &intl{lx: lexicons["de"]}
	for head, want := range map[string]bool{"cdu-politikerin": true, "europapolitiker": true, "politiker": false, "außenminister": false, "politologe": false} {
		if got := ix.lab29grCompoundDescription(head); got != want {
			t.Errorf("lab29grCompoundDescription(%q) = %v, want %v", head, got, want)
		}
	}
}
