package article

import "testing"

// TestExtractLangRelative: an act in a subject relative clause after a
// person is that person's, and ends with the clause (intl_relative.go).
// Sentences written for the test.
func TestExtractLangRelative(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr qui a félicité", "fr", "Paul Kodjo, qui a félicité le vainqueur dimanche, a aussi invité le président élu à Valmor.",
			[]langRemark{{Action, "Paul Kodjo", "a félicité le vainqueur dimanche"}}},
		{"fr qui a été parmi les premiers", "fr", "Paul Kodjo, qui a été l’un des premiers à le féliciter, a aussi invité le président élu.",
			[]langRemark{{Action, "Paul Kodjo", "a été l’un des premiers à le féliciter"}}},
		{"es que felicitó", "es", "Luis Parra, que felicitó a Ramírez el lunes, viajará a la capital.",
			[]langRemark{{Action, "Luis Parra", "felicitó a Ramírez el lunes"}}},
		{"pt que parabenizou", "pt", "Rui Mota, que parabenizou o vencedor no domingo, viajará a Valmora.",
			[]langRemark{{Action, "Rui Mota", "parabenizou o vencedor no domingo"}}},
		{"de der … gratulierte", "de", "Jan Olk, der dem Wahlsieger gratulierte, reist nach Valmor.",
			[]langRemark{{Action, "Jan Olk", "dem Wahlsieger gratulierte"}}},
		{"ru который поздравил", "ru", "Игорь Волин, который поздравил победителя, прибудет в столицу.",
			[]langRemark{{Action, "Игорь Волин", "поздравил победителя"}}},
		// counter-cases: an object relative, and a relative after a
		// coordinated subject is the last person's only
		{"es que X felicitó is an object's", "es", "Luis Parra, que Ramírez felicitó el lunes, viajará a la capital.", nil},
		// a noun after an article is no speaker after the verb: "die
		// Wahl" was read as the speaker of the relative clause before it
		{"de der … kritisierte die Wahl", "de", "Karl Brandt, der Lima nicht gratulierte, kritisierte die Wahl.",
			[]langRemark{{Action, "Karl Brandt", "Lima nicht gratulierte"}}},
		{"de sagte die Kanzlerin X keeps its speaker", "de", "Die Wahl sei nicht fair gewesen, sagte die Kanzlerin Anna Berg.",
			[]langRemark{{Reported, "Anna Berg", "Die Wahl sei nicht fair gewesen"}}},
		{"ru который after a list", "ru", "Поздравления направили президент Ростании Игорь Волин и премьер Валмории Олег Жарков, который выразил надежду на сотрудничество.",
			[]langRemark{{Action, "Игорь Волин", "Поздравления направили президент Ростании Игорь Волин"},
				{Action, "Олег Жарков", "Поздравления направили президент Ростании Игорь Волин"},
				{Action, "Олег Жарков", "выразил надежду на сотрудничество"}}},
	})
}
