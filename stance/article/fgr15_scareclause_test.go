package article

import "testing"

// TestExtractLangScareClause: a scare quote inside the clause before a
// colon does not hide the clause's speech verb or subject from the
// quotation after the colon. Sentences written for the test.
func TestExtractLangScareClause(t *testing.T) {
	runLangCases(t, []langCase{
		{"de speech verb before a scare quote", "de", "Der Abgeordnete Ivo Kask sprach vor Anhängern in der Hauptstadt von einem „gestohlenen Sieg“: „Dieser Präsident wurde nicht gewählt.“",
			[]langRemark{{Direct, "Ivo Kask", "Dieser Präsident wurde nicht gewählt."}}},
		{"fr subject with a relative clause, scare quote", "fr", "Lena Dal, qui dirige une mission d'observation, juge « prématuré » de se prononcer sur le scrutin tant que son équipe n'a pas fini : « Nous publierons nos conclusions plus tard. »",
			[]langRemark{{Direct, "Lena Dal", "Nous publierons nos conclusions plus tard."}}},
		// counter-case: a quotation of four words or more ends the clause
		// as before; the one after the colon continues its speaker
		{"fr long quotation before the colon", "fr", "Lena Dal a parlé d'« une élection volée par le pouvoir » : « Nous ne céderons pas. »",
			[]langRemark{{Direct, "Lena Dal", "une élection volée par le pouvoir"}, {Direct, "Lena Dal", "Nous ne céderons pas."}}},
		{"de colon after a scare quote, no speaker", "de", "Von einem „gestohlenen Sieg“: „Dieser Präsident wurde nicht gewählt.“",
			[]langRemark{{Direct, "", "Dieser Präsident wurde nicht gewählt."}}},
	})
}
