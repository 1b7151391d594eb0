package article

import "testing"

// TestFgr16Member: a person put among those who did something did it
// (memberSubject, fgr16_member.go). Sentences written for the test.
func TestFgr16Member(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr figure parmi … qui", "fr", "L'ancien ministre Ivo Kask, arrivé troisième, figure lui aussi parmi les sept candidats qui ont rejeté les chiffres de la Commission.",
			[]langRemark{{Action, "Ivo Kask", "ont rejeté les chiffres de la Commission"}}},
		{"fr fait partie de ceux qui, speech", "fr", "Un autre candidat, Ivo Kask, fait partie de ceux qui avaient annoncé, avant la proclamation, qu'ils ne reconnaîtraient pas les chiffres.",
			[]langRemark{{Reported, "Ivo Kask", "qu'ils ne reconnaîtraient pas les chiffres"}}},
		{"ru входит в число тех, кто", "ru", "Иво Каск входит в число тех, кто отказался признать итоги выборов.",
			[]langRemark{{Action, "Иво Каск", "отказался признать итоги выборов"}}},
		{"ru оказался среди тех, кто", "ru", "Лена Даль оказалась среди тех, кто поздравил Жана Дюма.",
			[]langRemark{{Action, "Лена Даль", "поздравил Жана Дюма"}}},
		// counter-cases: a group the person does not join ("a reçu", "a
		// écrit aux")
		{"fr wrote to the group", "fr", "Ivo Kask a écrit aux candidats qui ont rejeté les chiffres.", nil},
		{"fr no membership verb", "fr", "Ivo Kask a reçu parmi d'autres les candidats qui ont rejeté les chiffres.", nil},
	})
}
