package article

import "testing"

// TestTimestampLen: the time of day and the dash or colon that open a
// live blog's entry; a number alone, or a number of something, is none.
func TestTimestampLen(t *testing.T) {
	cases := []struct {
		text string
		want int
	}{
		{"20h47 – Paul Kodjo salue le vainqueur.", 2},
		{"20:47 — Luis Parra felicitó al ganador.", 4},
		{"20.47 Uhr: Jan Olk gratuliert.", 3},
		{"20 h 47 - Paul Kodjo salue le vainqueur.", 4},
		{"12.05 Uhr – Jan Olk gratuliert.", 3},
		// counter-cases: a year, a count, no dash
		{"2024 – l'année où Paul Kodjo a gagné.", 0},
		{"20 ans – c'est l'âge du vainqueur.", 0},
		{"20h47 Paul Kodjo salue le vainqueur.", 0},
		{"Paul Kodjo – 20h47.", 0},
	}
	for _, c := range cases {
		toks := tokenize(nil, c.text, 0, len(c.text), nil, 0)
		if got := timestampLen(toks); got != c.want {
			t.Errorf("%q: timestampLen = %d, want %d", c.text, got, c.want)
		}
	}
}

// TestExtractLangLiveBlog: an entry of a live blog opens with its time,
// after which the subject of its sentence speaks. Sentences written for
// the test.
func TestExtractLangLiveBlog(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr time then subject", "fr", "21h15 – Paul Kodjo, président de la Commission, félicite le vainqueur.",
			[]langRemark{{Action, "Paul Kodjo", "félicite le vainqueur"}}},
		{"es time then subject", "es", "22:05 — El presidente tarsio Luis Parra felicitó al ganador.",
			[]langRemark{{Action, "Luis Parra", "felicitó al ganador"}}},
		{"de time then subject", "de", "20.47 Uhr: Kanzler Jan Olk gratuliert dem Wahlsieger.",
			[]langRemark{{Action, "Jan Olk", "gratuliert dem Wahlsieger"}}},
	})
}
