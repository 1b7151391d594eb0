package article

import "testing"

// TestExtractLangCongratulationsFrom: congratulations that come from
// several people, the verb before or after the noun, the senders listed
// with a from-word each ("chegaram felicitações do A, do B e do C").
// Sentences written for the test.
func TestExtractLangCongratulationsFromList(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt verb first, list with do", "pt", "Do exterior, chegaram felicitações do tarsio Rui Mota, do ostriano Paulo Lima e da valmorense Ana Lima.",
			[]langRemark{{Action, "Rui Mota", "chegaram felicitações do tarsio Rui Mota, do ostriano Paulo Lima e da valmorense Ana Lima"},
				{Action, "Paulo Lima", "chegaram felicitações do tarsio Rui Mota, do ostriano Paulo Lima e da valmorense Ana Lima"},
				{Action, "Ana Lima", "chegaram felicitações do tarsio Rui Mota, do ostriano Paulo Lima e da valmorense Ana Lima"}}},
		{"es verb first", "es", "Llegaron felicitaciones del presidente Luis Parra y de la canciller Inés Roca.",
			[]langRemark{{Action, "Luis Parra", "Llegaron felicitaciones del presidente Luis Parra y de la canciller Inés Roca"},
				{Action, "Inés Roca", "Llegaron felicitaciones del presidente Luis Parra y de la canciller Inés Roca"}}},
		{"de noun first, list with von", "de", "Glückwünsche kamen von Kanzler Jan Olk, von Präsidentin Eva Lind und von Premierminister Tom Berg.",
			[]langRemark{{Action, "Jan Olk", "Glückwünsche kamen von Kanzler Jan Olk, von Präsidentin Eva Lind und von Premierminister Tom Berg"},
				{Action, "Eva Lind", "Glückwünsche kamen von Kanzler Jan Olk, von Präsidentin Eva Lind und von Premierminister Tom Berg"},
				{Action, "Tom Berg", "Glückwünsche kamen von Kanzler Jan Olk, von Präsidentin Eva Lind und von Premierminister Tom Berg"}}},
		{"ru verb first", "ru", "Пришли поздравления от президента Игоря Волина и от премьер-министра Анны Лебедевой.",
			[]langRemark{{Action, "Игорь Волин", "Пришли поздравления от президента Игоря Волина и от премьер-министра Анны Лебедевой"},
				{Action, "Анна Лебедева", "Пришли поздравления от президента Игоря Волина и от премьер-министра Анны Лебедевой"}}},
		// counter-cases: congratulations from a place, and none that came
		{"pt from places only", "pt", "Chegaram felicitações de Lisboa, de Madri e de Roma.", nil},
		{"pt negated", "pt", "Não chegaram felicitações do presidente Rui Mota.", nil},
		{"pt a comma then de is no sender", "pt", "Chegaram felicitações do presidente Rui Mota, de manhã cedo.",
			[]langRemark{{Action, "Rui Mota", "Chegaram felicitações do presidente Rui Mota, de manhã cedo"}}},
	})
}
