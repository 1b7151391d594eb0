package article

import "testing"

// TestExtractLangProseTurn: the answer of a dialogue interview, after a
// dash paragraph that asks a question, is read as prose: the acts it
// narrates are their actors' (intl_turns.go). Sentences written for the
// test.
func TestExtractLangProseTurn(t *testing.T) {
	runLangCases(t, []langCase{
		{"ru answer narrates an act", "ru", "— Кто был первым?\n\n— Первым был Кремль. Во вторник Игорь Волин поздравил Жаркова с победой.",
			[]langRemark{{Direct, "", "Кто был первым?"}, {Direct, "", "Первым был Кремль."}, {Action, "Игорь Волин", "поздравил Жаркова с победой"}}},
		{"es answer narrates an act", "es", "—¿Quién felicitó primero?\n\n—El presidente tarsio, Luis Parra, felicitó al ganador el lunes.",
			[]langRemark{{Direct, "", "¿Quién felicitó primero?"}, {Action, "Luis Parra", "felicitó al ganador el lunes"}}},
		// counter-case: a dash paragraph with an attribution stays dialogue
		{"es attributed dash quote after a question", "es", "—¿Y ahora?\n\n—No lo aceptaremos —dijo el ministro Luis Parra—.",
			[]langRemark{{Direct, "", "¿Y ahora?"}, {Direct, "Luis Parra", "No lo aceptaremos"}}},
	})
}
