package article

import "testing"

// TestExtractLangDecimalComma: a number with a decimal comma does not end
// an apposition; "saisir" a court is an act; "eux aussi" stands between
// the auxiliary and the participle. Sentences written for the test.
func TestExtractLangDecimalComma(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr appositions with percentages", "fr", "Ivo Kask, troisième avec 6,28 %, et Lena Dal, candidate du SDF, ont félicité le vainqueur.",
			[]langRemark{{Action, "Ivo Kask", "ont félicité le vainqueur"}, {Action, "Lena Dal", "ont félicité le vainqueur"}}},
		{"fr saisi, eux aussi", "fr", "Ivo Kask et Lena Dal avaient eux aussi saisi le Conseil constitutionnel pour demander l'annulation du scrutin.",
			[]langRemark{{Action, "Ivo Kask", "avaient eux aussi saisi le Conseil constitutionnel pour demander l'annulation du scrutin"}, {Action, "Lena Dal", "avaient eux aussi saisi le Conseil constitutionnel pour demander l'annulation du scrutin"}}},
		{"de decimal in a subordinate clause", "de", "Lena Dal, deren Partei mit 4,97 Prozent scheiterte, gratulierte dem Sieger.",
			[]langRemark{{Action, "Lena Dal", "gratulierte dem Sieger"}}},
		// counter-case: numbers listed with a comma and a space stay apart
		{"fr years listed", "fr", "En 2019, 2020 et 2021, Ivo Kask a félicité le vainqueur.",
			[]langRemark{{Action, "Ivo Kask", "a félicité le vainqueur"}}},
	})
}

// TestDecimalCommas: digits touching a comma on both sides are one word;
// a comma followed by a space is not joined.
func TestDecimalCommas(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"avec 6,28 % des voix", []string{"avec", "6,28", "%", "des", "voix"}},
		{"en 2019, 2020", []string{"en", "2019", ",", "2020"}},
		{"Kask,28", []string{"kask", ",", "28"}},
	} {
		toks := decimalCommas(c.text, tokenize(nil, c.text, 0, len(c.text), nil, 0))
		var got []string
		for _, tk := range toks {
			got = append(got, tk.lower)
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: got %q, want %q", c.text, got, c.want)
				break
			}
		}
	}
}
