package article

import "testing"

// TestExtractLangPerfectList: participles coordinated under one German
// auxiliary share its subject (listedParticiple), and the person who
// opens the clause before the auxiliary is its subject even when a name
// follows the auxiliary ("X hat Y angerufen"), as is a person with an
// apposition between commas before it ("Der Sprecher des …, X, hat …
// bezeichnet"), the act starting at the auxiliary; a part after a comma with
// a subject of its own is not read so, nor an object that opens the
// clause ("Den Wahlsieg von Y hat X …"). Sentences written for the test.
func TestExtractLangPerfectList(t *testing.T) {
	const base = "Paul Mbeki gewann die Wahl in Norland mit 53 Prozent. "
	runLangCases(t, []langCase{
		{"de X hat Y angerufen, ihm gratuliert und … zugesagt", "de", base + "Der velorische Präsident Ivo Kask hat Mbeki noch vor dem Endergebnis angerufen, ihm gratuliert und eine enge Partnerschaft zugesagt.",
			[]langRemark{{Action, "Ivo Kask", "gratuliert und eine enge Partnerschaft zugesagt"}}},
		{"de X hat Y … als Betrug bezeichnet", "de", base + "Noch in der Wahlnacht hatte der Parteisprecher Rui Mota die Zahlen der Kommission als Betrug bezeichnet.",
			[]langRemark{{Action, "Rui Mota", "die Zahlen der Kommission als Betrug bezeichnet"}}},
		{"de Der Sprecher des …, X, hat … als Betrug bezeichnet", "de", base + "Der Sprecher des Außenministeriums, Rui Mota, hat die Bewertung der Beobachter als Betrug bezeichnet.",
			[]langRemark{{Action, "Rui Mota", "hat die Bewertung der Beobachter als Betrug bezeichnet"}}},
		{"de Der Sprecher des …, X, hat … abgetan und angedeutet,", "de", base + "Der Sprecher des Außenministeriums, Rui Mota, hat das Lob der Beobachter als Schönfärberei abgetan und angedeutet, die Wahl sei nicht sauber gewesen.",
			[]langRemark{{Action, "Rui Mota", "hat das Lob der Beobachter als Schönfärberei abgetan"}, {Reported, "Rui Mota", "die Wahl sei nicht sauber gewesen"}}},
		// counter-case: the part after the comma has a subject of its own
		{"de X hat gezögert, die Ministerin hat gratuliert", "de", base + "Ivo Kask hat lange gezögert, die Ministerin Lena Dal hat Mbeki dagegen sofort gratuliert.",
			[]langRemark{{Action, "Lena Dal", "hat Mbeki dagegen sofort gratuliert"}}},
		// counter-cases: an object opens the clause (obliqueOpening), the
		// subject follows the auxiliary
		{"de Den Wahlsieg von Y hat X nicht anerkannt", "de", base + "Den Wahlsieg von Mbeki hat Ivo Kask noch nicht anerkannt.",
			[]langRemark{{Action, "Ivo Kask", "noch nicht anerkannt"}}},
		{"de Dem Wahlsieger Y hat X nicht gratuliert", "de", base + "Dem Wahlsieger Paul Mbeki hat Ivo Kask noch nicht gratuliert.",
			[]langRemark{{Action, "Ivo Kask", "noch nicht gratuliert"}}},
	})
}
