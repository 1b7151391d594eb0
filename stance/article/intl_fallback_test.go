package article

import "testing"

// TestIntlFallback: a sentence no construction reads gives the rest of it
// to the one person it names (intl_fallback.go); sentences invented for
// the test.
func TestIntlFallback(t *testing.T) {
	tests := []struct {
		name, lang, text, speaker, remark string
	}{
		{"a title and a name, then an unread predicate", "es",
			"Reacciones\n\nEl diputado oficialista Ivo Kask fue más lejos en su rechazo del escrutinio.",
			"Ivo Kask", "fue más lejos en su rechazo del escrutinio"},
		{"an inverted subject ending the sentence", "ru",
			"Реакции\n\nС особым удовлетворением встретил итоги голосования депутат Иван Каск.",
			"Иван Каск", "С особым удовлетворением встретил итоги голосования"},
		{"a full name in French", "fr",
			"Réactions\n\nLena Dal préfère attendre la proclamation définitive des résultats.",
			"Lena Dal", "préfère attendre la proclamation définitive des résultats"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rs := ExtractLang(tc.text, tc.lang)
			checkOffsets(t, tc.text, rs)
			if len(rs) != 1 || !rs[0].Inferred || rs[0].Speaker != tc.speaker || rs[0].Text != tc.remark || rs[0].Kind != Reported {
				t.Errorf("got %+v, want an inferred remark of %q: %q", rs, tc.speaker, tc.remark)
			}
		})
	}
	none := []struct{ name, lang, text string }{
		// the clause after the name describes it
		{"a relative clause after the name", "pt",
			"Reações\n\nO analista Ivo Kask, que acompanha as eleições há décadas, atribui a queda à desorganização."},
		// two people: whose predicate it is cannot be told
		{"two names", "es",
			"Reacciones\n\nIvo Kask y Lena Dal pasaron la noche en la sede del partido."},
		{"a name after a preposition is no subject", "es",
			"Reacciones\n\nEl aspirante del Movimiento Progresista pasó la noche en la sede."},
		{"a silence of a third party", "fr",
			"Réactions\n\nLe président Ivo Kask, lui, ne s'est pas exprimé sur le scrutin."},
		{"a possessive relative after the name", "ru",
			"Реакции\n\nПрезидент Иван Каск, чью победу в августе не признали соседи, провёл встречу."},
		// a German noun phrase in capitals is no name; a title before it
		// would make it one
		{"capitalised German nouns", "de",
			"Reaktionen\n\nScharfe Kritik kam am Abend von der Opposition im Parlament."},
	}
	for _, tc := range none {
		t.Run(tc.name, func(t *testing.T) {
			if rs := ExtractLang(tc.text, tc.lang); len(rs) != 0 {
				t.Errorf("got %+v, want no remark", rs)
			}
		})
	}
}
