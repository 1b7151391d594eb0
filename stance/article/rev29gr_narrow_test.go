package article

import "testing"

// TestRev29grPastPartner: a Russian phrase that opens with the partner of
// a preposition and runs on into the subject gives the subject its tail
// (rev29gr_narrow.go). Sentences written for the test.
func TestRev29grPastPartner(t *testing.T) {
	runLangCases(t, []langCase{
		{"ru partner then a full name", "ru", "После разговора с Анной Лунд Олег Рябов заявил, что итоги выборов законны.",
			[]langRemark{{Reported, "Олег Рябов", "итоги выборов законны"}}},
		{"ru partner then an office", "ru", "На встрече с Мирой Сендал посол Виктор Белов сказал, что итоги выборов законны.",
			[]langRemark{{Reported, "Виктор Белов", "итоги выборов законны"}}},
		{"ru place then a full name", "ru", "Пенсионерка из Твери Мария Зуева рассказала, что итоги выборов законны.",
			[]langRemark{{Reported, "Мария Зуева", "итоги выборов законны"}}},
		// near-miss: a partner of three words leaves a lone surname, no subject
		{"ru three-word partner", "ru", "Министр Олег Рябов в беседе с Джоном Фицджеральдом Кеннеди заявил, что итоги выборов законны.",
			[]langRemark{{Reported, "Олег Рябов", "итоги выборов законны"}}},
	})
}

// TestRev29grCompoundFits: a German compound description does not refer
// back when it is plural, of the other gender than the office of the
// person named last, or when that sentence named a second person with an
// office (rev29gr_narrow.go). Sentences written for the test.
func TestRev29grCompoundFits(t *testing.T) {
	runLangCases(t, []langCase{
		{"de plural compound", "de", "Kanzlerin Eva Brandt gratulierte nicht. Die CDU-Politiker im Landtag nannten die Wahl eine Farce.",
			[]langRemark{{Action, "Eva Brandt", "gratulierte nicht"}, {Action, "CDU-Politiker", "im Landtag nannten die Wahl eine Farce"}}},
		{"de feminine compound after a masculine office", "de", "Außenminister Jan Holm gratulierte nicht. Die CDU-Politikerin nannte die Wahl eine Farce.",
			[]langRemark{{Action, "Jan Holm", "gratulierte nicht"}, {Action, "CDU-Politikerin", "nannte die Wahl eine Farce"}}},
		{"de second person with an office", "de", "Kanzlerin Eva Brandt traf SPD-Chef Jan Holm. Der SPD-Politiker nannte die Wahl eine Farce.",
			[]langRemark{{Action, "SPD-Politiker", "nannte die Wahl eine Farce"}}},
		// still fires: same gender, one person named
		{"de feminine compound after a feminine office", "de", "Umweltministerin Hanna Roth gratulierte nicht. Die Grünen-Politikerin nannte die Wahl eine Farce.",
			[]langRemark{{Action, "Hanna Roth", "gratulierte nicht"}, {Action, "Hanna Roth", "nannte die Wahl eine Farce"}}},
	})
	for role, want := range map[string]int{"Bundeskanzlerin": 1, "Außenminister": -1, "Vorsitzende": 0, "": 0, "Ihr Vize": 0} {
		if got := rev29grRoleFeminine(role); got != want {
			t.Errorf("rev29grRoleFeminine(%q) = %d, want %d", role, got, want)
		}
	}
}
