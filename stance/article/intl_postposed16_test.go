package article

import "testing"

// TestPostposedReported: a clause reported without quotation marks before
// its attribution, in the other languages ("Le scrutin a été truqué, a
// affirmé Charles Mena."): a compound verb, an addressee or adverbial
// before the subject, a description after it. Sentences written for the
// test; counter-cases where the attribution starts a clause of its own.
func TestPostposedReported(t *testing.T) {
	tests := []struct{ name, lang, text, speaker, remark string }{
		{"a French compound past", "fr",
			"Élection\n\nLe scrutin a été truqué, a affirmé Charles Mena.", "Charles Mena", "Le scrutin a été truqué"},
		{"a French compound past with an adverb and an office", "fr",
			"Élection\n\nLe scrutin a été truqué, a également dénoncé l'opposant Charles Mena.", "Charles Mena", "Le scrutin a été truqué"},
		{"a French pluperfect", "fr",
			"Élection\n\nLe vote a été truqué, avait déclaré Charles Mena.", "Charles Mena", "Le vote a été truqué"},
		{"a Spanish perfect", "es",
			"Elección\n\nLa elección fue un fraude, ha dicho Carlos Mena.", "Carlos Mena", "La elección fue un fraude"},
		{"a French agency between verb and subject", "fr",
			"Élection\n\nLe scrutin a été truqué, a déclaré à l'AFP Charles Mena.", "Charles Mena", "Le scrutin a été truqué"},
		{"a Russian addressee between verb and subject", "ru",
			"Выборы\n\nВыборы были сфальсифицированы, заявил журналистам Карл Мена.", "Карл Мена", "Выборы были сфальсифицированы"},
		{"a Spanish addressee before a bare name", "es",
			"Elección\n\nLa elección fue un fraude, dijo a la prensa Carlos Mena.", "Carlos Mena", "La elección fue un fraude"},
		{"a French description after the subject", "fr",
			"Élection\n\nLe gouvernement de Tarn ne reconnaîtra pas le vainqueur, a indiqué Anne Vidal, porte-parole du gouvernement.", "Anne Vidal", "Le gouvernement de Tarn ne reconnaîtra pas le vainqueur"},
		{"a German description after the subject", "de",
			"Wahl\n\nDie Regierung werde den Sieger nicht anerkennen, sagte Jan Roe, der Sprecher der Regierung.", "Jan Roe", "Die Regierung werde den Sieger nicht anerkennen"},
		{"a Russian description after the subject", "ru",
			"Выборы\n\nПравительство не признает победителя, заявил Ян Роу, пресс-секретарь правительства.", "Ян Роу", "Правительство не признает победителя"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkOneLangRemark(t, tc.lang, tc.text, tc.speaker, tc.remark, 0) })
	}
	// counter-cases: what follows the subject's comma is a clause, not a
	// description, so the clause before the verb is not the subject's.
	counter := []struct{ name, lang, text, notRemark string }{
		{"a German infinitive clause after the subject", "de",
			"Wahl\n\nDie Grünen wollten mit allen Parteien sprechen, sagte Jan Roe, ohne sich auf einen Kanzler festzulegen.", "Die Grünen wollten mit allen Parteien sprechen"},
		{"a Spanish coordinated verb after the subject", "es",
			"Elección\n\nEl gobierno de Tarn no reconocerá al ganador, indicó Ana Vidal, y añadió que esperará.", "El gobierno de Tarn no reconocerá al ganador"},
	}
	for _, tc := range counter {
		t.Run(tc.name, func(t *testing.T) {
			for _, r := range ExtractLang(tc.text, tc.lang) {
				if r.Text == tc.notRemark {
					t.Errorf("%q is a remark: %+v", tc.notRemark, r)
				}
			}
		})
	}
}

// TestActAfterVerb16: German acts with the subject after the verb (verb
// second after an adverbial) for a verb that also reports speech
// ("räumte … ein"), and acts of congratulating without an object, in
// the other languages. Sentences written for the test; counter-case: a
// surname that is also an adverb stays a name.
func TestActAfterVerb16(t *testing.T) {
	tests := []struct{ name, lang, text, speaker, remark string }{
		{"German verb second after a time adverbial", "de",
			"Wahl\n\nAm Abend räumte Karl Mena seine Niederlage ein.", "Karl Mena", "räumte Karl Mena seine Niederlage ein"},
		{"German verb second after a sentence adverb", "de",
			"Wahl\n\nSpäter räumte Karl Mena die Niederlage ein.", "Karl Mena", "räumte Karl Mena die Niederlage ein"},
		{"a German congratulation without an object", "de",
			"Wahl\n\nAuch Frankreichs Präsident Emmanuel Macron gratulierte.", "Emmanuel Macron", "gratulierte"},
		{"a Spanish congratulation without an object", "es",
			"Elección\n\nTambién Carlos Mena felicitó.", "Carlos Mena", "felicitó"},
		{"a surname that is an adverb", "de",
			"Wahl\n\nBundeskanzler Sebastian Kurz gratulierte dem Sieger.", "Sebastian Kurz", "gratulierte dem Sieger"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkOneLangRemark(t, tc.lang, tc.text, tc.speaker, tc.remark, 0) })
	}
	// counter-case: one word that is no congratulation is no act.
	if rs := ExtractLang("Wahl\n\nAuch Karl Mena schwieg.", "de"); len(rs) > 0 && rs[0].Text == "schwieg" && !rs[0].NoStance {
		t.Errorf("a one-word act that is no congratulation: %+v", rs)
	}
}

// checkOneLangRemark checks that text, read in lang, gives one remark, of
// speaker, with the text remark and, unless kind is 0, of that kind.
func checkOneLangRemark(t *testing.T, lang, text, speaker, remark string, kind Kind) {
	t.Helper()
	rs := constructed(ExtractLang(text, lang))
	if len(rs) != 1 || rs[0].Speaker != speaker || rs[0].Text != remark || kind != 0 && rs[0].Kind != kind {
		t.Errorf("got %+v, want %q: %q", rs, speaker, remark)
	}
}
