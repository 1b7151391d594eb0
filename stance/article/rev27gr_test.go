package article

import "testing"

// TestRev27gr: "Wie X sagte, …" still names X (wie is no stop), and a
// Russian place after a preposition is no part of the name after it
// (rev27gr_place.go). Sentences written for the test.
func TestRev27gr(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"de Wie X sagte", "de", "Wie Regierungssprecher Tim Vogel mitteilte, gratuliere die Regierung der Siegerin.",
			[]langRemark{{Action, "Tim Vogel", "mitteilte, gratuliere die Regierung der Siegerin"}}},
		{"ru из Европы X", "ru", "«Это не выборы», — заявил «Дождю» по телефону из Европы Тимур Ахмедов.",
			[]langRemark{{Direct, "Тимур Ахмедов", "Это не выборы"}}},
	})
}
