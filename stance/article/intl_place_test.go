package article

import "testing"

// TestExtractLangPlaceBeforeName: after a speech verb and a preposition,
// a run of three capitalised words or more is a place and a person named
// in full ("a déclaré à Abidjan Mariam Koné"); two words stay one name.
// Sentences written for the test.
func TestExtractLangPlaceBeforeName(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr à Place Name", "fr", "« Nous saluons une élection apaisée », a déclaré à Lomé Mariam Kodjo.",
			[]langRemark{{Direct, "Mariam Kodjo", "Nous saluons une élection apaisée"}}},
		{"es en Place Name Surname", "es", "«Es un día histórico para la región», declaró en Valmora Luis Parra Gómez.",
			[]langRemark{{Direct, "Luis Parra Gómez", "Es un día histórico para la región"}}},
		{"ru в Place Name", "ru", "«Выборы прошли честно», — заявил в Ростове Игорь Волин.",
			[]langRemark{{Direct, "Игорь Волин", "Выборы прошли честно"}}},
		{"pt a known name after the place", "pt", "O chanceler Rui Costa Mota falou primeiro. \"Foi uma eleição limpa\", disse em Lisboa Rui Costa Mota.",
			[]langRemark{{Direct, "Rui Costa Mota", "Foi uma eleição limpa"}}},
		// counter-case: two capitalised words are left as one name
		{"es two words stay a name", "es", "«Es un día histórico para la región», dijo en Valmora Parra.",
			[]langRemark{{Direct, "Valmora Parra", "Es un día histórico para la región"}}},
	})
}
