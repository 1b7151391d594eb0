package article

import "testing"

// TestExtractLangColonPronoun: a quotation after a colon whose clause has
// a pronoun subject, or a dropped one in a pro-drop language, is the last
// person named's (intl_colon.go). Sentences written for the test.
func TestExtractLangColonPronoun(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr il a été clair :", "fr", "Le président Jean Dumas a parlé le soir. Il a été clair : « Nous ne reconnaîtrons pas ce résultat. »",
			[]langRemark{{Direct, "Jean Dumas", "Nous ne reconnaîtrons pas ce résultat."}}},
		{"de er blieb deutlich:", "de", "Kanzler Jan Olk sprach am Abend. Er blieb deutlich: „Wir erkennen das Ergebnis nicht an.“",
			[]langRemark{{Direct, "Jan Olk", "Wir erkennen das Ergebnis nicht an."}}},
		{"ru он был категоричен:", "ru", "Президент Игорь Волин выступил вечером. Он был категоричен: «Мы не признаем этот результат».",
			[]langRemark{{Direct, "Игорь Волин", "Мы не признаем этот результат"}}},
		{"es fue tajante:", "es", "El presidente tarsio, Luis Parra, habló esa noche. Fue tajante: «No reconoceremos este resultado.»",
			[]langRemark{{Direct, "Luis Parra", "No reconoceremos este resultado."}}},
		{"pt mas continuou:", "pt", "O presidente Rui Mota falou à noite. Mas continuou: «Não reconheceremos este resultado.»",
			[]langRemark{{Direct, "Rui Mota", "Não reconheceremos este resultado."}}},
		// counter-cases: a noun subject, and a name before the colon
		{"es a noun subject", "es", "El presidente tarsio, Luis Parra, habló esa noche. La situación es clara: «No reconoceremos este resultado.»",
			[]langRemark{{Direct, "", "No reconoceremos este resultado."}}},
		{"pt a place before the colon", "pt", "O presidente Rui Mota falou à noite. Em Valmora a reação foi outra: «Não reconheceremos este resultado.»",
			[]langRemark{{Direct, "", "Não reconheceremos este resultado."}}},
	})
}
