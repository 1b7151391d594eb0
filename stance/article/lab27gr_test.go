package article

import "testing"

// TestLab27grEmbeddedQuote: a quotation a German or Russian reported
// clause goes on past stays in the clause's text (lab27gr_embedded.go).
// Sentences written for the test.
func TestLab27grEmbeddedQuote(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"de respektiere „…“ und betrachte", "de", "Ein Sprecher des Außenministeriums, Karl Wenz, erklärte lediglich, Velor respektiere „die Wahl des ganzen Volkes“ und betrachte die Vorgänge als innere Angelegenheit.",
			[]langRemark{{Reported, "Karl Wenz", "Velor respektiere „die Wahl des ganzen Volkes“ und betrachte die Vorgänge als innere Angelegenheit"}}},
		{"de wollten „…“ sprechen, sagte X", "de", "Die Grünen wollten „mit allen demokratischen Parteien“ sprechen, sagte die Parteichefin Petra Lenz am Abend.",
			[]langRemark{{Reported, "Petra Lenz", "Die Grünen wollten „mit allen demokratischen Parteien“ sprechen"}}},
		{"ru что «…», способной …, не поступило", "ru", "Глава комиссии Лена Даль заявила журналистам, что «ни одной серьёзной жалобы», способной повлиять на итог, не поступило.",
			[]langRemark{{Reported, "Лена Даль", "«ни одной серьёзной жалобы», способной повлиять на итог, не поступило"}}},
		// counter-case: a quotation that ends the clause still stops it
		{"de sagte, er sei „…“.", "de", "Der Minister Karl Wenz sagte, man sei „mit dem Verlauf der Abstimmung sehr zufrieden“.",
			[]langRemark{{Direct, "Karl Wenz", "mit dem Verlauf der Abstimmung sehr zufrieden"}}},
		// counter-case: a quotation that is a sentence of its own stops it
		{"de sagte: „…“ and more", "de", "Karl Wenz erklärte, es gebe Fragen: „Die Wahl war nicht frei.“ Dann ging er.",
			[]langRemark{{Reported, "Karl Wenz", "es gebe Fragen:"}, {Direct, "Karl Wenz", "Die Wahl war nicht frei."}}},
	})
}

// TestLab27grDeStops: a German sentence opening with a preposition or a
// question word has no speaker in the words after it; the subject comes
// after the verb (lexicon_lab27gr.go). Sentences written for the test.
func TestLab27grDeStops(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"de Zu X selbst äußerte er sich nicht", "de", "Der frühere Präsident Karl Mena erklärte, er respektiere die Wahl. Zu Lind selbst äußerte er sich nicht.",
			[]langRemark{{Reported, "Karl Mena", "er respektiere die Wahl"}, {Action, "Karl Mena", "äußerte er sich nicht"}}},
		{"de Wer X gratuliert", "de", "Wer Lind gratuliert – und wer lieber schweigt",
			nil},
		{"de Ob Velor gratuliere, ließ sie offen", "de", "Die Sprecherin Petra Lenz sagte, man warte ab. Ob Velor der Siegerin gratuliere, ließ sie offen.",
			[]langRemark{{Reported, "Petra Lenz", "man warte ab"}}}, // no speaker "Ob Velor"
		// counter-case: a name opening the sentence stays its subject
		{"de X äußerte sich nicht", "de", "Der frühere Präsident Karl Mena äußerte sich nicht zum Ergebnis.",
			[]langRemark{{Action, "Karl Mena", "äußerte sich nicht zum Ergebnis"}}},
	})
}

// TestLab27grAddresseeAdverbial: a Russian attribution after a quotation
// names its speaker past a quoted outlet and an adverbial
// (lab27gr_addressee.go). Sentences written for the test.
func TestLab27grAddresseeAdverbial(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"ru заявил «Outlet» по телефону X", "ru", "«Итоги подделаны», — заявил «Вестнику» по телефону депутат Иван Петров.",
			[]langRemark{{Direct, "Иван Петров", "Итоги подделаны"}}},
		{"ru сказал «Outlet» вечером X", "ru", "«Мы признаём итоги», — сказал секретарь партии Олег Ким. «Это не выборы», — сказал «Вестнику» вечером депутат Иван Петров.",
			[]langRemark{{Direct, "Олег Ким", "Мы признаём итоги"}, {Direct, "Иван Петров", "Это не выборы"}}},
		// counter-case: with no name after the adverbial, no speaker is made up
		{"ru заявил «Outlet» по телефону.", "ru", "«Итоги подделаны», — заявил «Вестнику» по телефону.",
			[]langRemark{{Direct, "", "Итоги подделаны"}}},
	})
}
