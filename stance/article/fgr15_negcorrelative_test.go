package article

import "testing"

// TestExtractLangNegativeCorrelatives: "Ni X ni Y n'ont …" and "Ни X, ни Y
// не …" make both people subjects of the negated act. Sentences written
// for the test.
func TestExtractLangNegativeCorrelatives(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr ni … ni", "fr", "Ni Ivo Kask ni Lena Dal n'ont félicité le vainqueur.",
			[]langRemark{{Action, "Ivo Kask", "n'ont félicité le vainqueur"}, {Action, "Lena Dal", "n'ont félicité le vainqueur"}}},
		{"fr ni … ni with titles", "fr", "Ni le président Ivo Kask ni la ministre Lena Dal ne reconnaissent le résultat.",
			[]langRemark{{Action, "Ivo Kask", "ne reconnaissent le résultat"}, {Action, "Lena Dal", "ne reconnaissent le résultat"}}},
		{"ru ни …, ни", "ru", "Ни Иво Каск, ни Лена Даль не поздравили победителя.",
			[]langRemark{{Action, "Иво Каск", "не поздравили победителя"}, {Action, "Лена Даль", "не поздравили победителя"}}},
		// counter-cases: no pair of names; German, whose act lacks the
		// negation, is left alone
		{"ru ни один", "ru", "Ни один из лидеров не поздравил Иво Каска.", nil},
		{"de weder … noch", "de", "Weder Ivo Kask noch Lena Dal gratulierten dem Sieger.", nil},
	})
}
