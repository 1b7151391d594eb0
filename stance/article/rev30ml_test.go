package article

import "testing"

// TestRev30mlClauseOwnSubject: a quotation after a relative clause's colon
// is not the antecedent's when the clause names a person of its own or
// opens with its own subject (rev30ml_colonrelative.go); a clause of the
// antecedent's own still gives it the quotation. Sentences written for the
// test.
func TestRev30mlClauseOwnSubject(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt que leu a carta do ministro Y:", "pt", "Mais duro foi o senador Ivo Kask, que leu no plenário a carta do ministro Lena Dal: «Felicito o vencedor pela vitória limpa».",
			[]langRemark{{Direct, "", "Felicito o vencedor pela vitória limpa"}}},
		{"es que leyó la carta del ministro Y:", "es", "Más duro fue el senador Ivo Kask, que leyó en el pleno la carta del ministro Lena Dal: «Felicito al vencedor por su victoria limpia».",
			[]langRemark{{Direct, "", "Felicito al vencedor por su victoria limpia"}}},
		// still the antecedent's: an article after the relative opens a
		// time or an object, not another speaker
		{"es que la semana pasada advirtió:", "es", "Más tajante fue la senadora Ivo Kask, que la semana pasada ya había advertido del fraude: «No reconoceremos estas actas».",
			[]langRemark{{Direct, "Ivo Kask", "No reconoceremos estas actas"}}},
		{"de die die Wahl als Farce bezeichnete:", "de", "Schärfer war die Abgeordnete Ivo Kask, die die Wahl im Radio als Farce bezeichnete: „Diesen Präsidenten erkennen wir nicht an.“",
			[]langRemark{{Direct, "Ivo Kask", "Diesen Präsidenten erkennen wir nicht an."}}},
	})
}

// TestRev30mlFormTitled: a surname that is also an occupation's word is no
// title of the speaker (rev30ml_nameword.go); a title before the name, or
// opening it, still is. Name forms written for the test.
func TestRev30mlFormTitled(t *testing.T) {
	for _, c := range []struct {
		code, form string
		want       bool
	}{
		{"fr", "Le syndicaliste Paul Maçon", false},
		{"de", "Die Gewerkschafterin Anna Bergmann", false},
		{"es", "El sindicalista Mario Pescador", false},
		{"fr", "Le maçon Paul Roux", true},
		{"de", "Der Hafenarbeiter Jens Bauer", true},
		{"de", "Bergmann Uwe Kranz", true},
		{"ru", "Шахтёр Виктор Гусев", true},
	} {
		l := lexicons[c.code]
		if got := l.rev30mlFormTitled(c.form, l.occupation); got != c.want {
			t.Errorf("%s %q: got %v, want %v", c.code, c.form, got, c.want)
		}
	}
}
