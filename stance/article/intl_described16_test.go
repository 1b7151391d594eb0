package article

import "testing"

// TestDescribedOffice: an office described after a name between commas
// ("Charles Mena, chef de l'opposition,") is that person's, so a later
// "le chef de l'opposition" or "el líder opositor" refers back to them,
// not to the person named last. Sentences written for the test;
// counter-case: an office of another description stays apart.
func TestDescribedOffice(t *testing.T) {
	tests := []struct{ name, lang, text, office, speaker string }{
		{"French, the same words", "fr",
			"Titre\n\nCharles Mena, chef de l'opposition, a rejeté les résultats. Le président Ivan Kask a félicité Thomas Reed. Le chef de l'opposition a ensuite appelé à manifester.",
			"a ensuite appelé à manifester", "Charles Mena"},
		{"Spanish, an adjective of the same stem", "es",
			"Título\n\nCarlos Mena, líder de la oposición, rechazó los resultados. El presidente Iván Kask felicitó a Tomás Reed. El líder opositor pidió después movilizaciones.",
			"pidió después movilizaciones", "Carlos Mena"},
		{"Portuguese", "pt",
			"Título\n\nCarlos Mena, líder da oposição, rejeitou os resultados. O presidente Ivo Kask felicitou Tomás Reed. O líder oposicionista pediu depois mobilizações.",
			"pediu depois mobilizações", "Carlos Mena"},
		// counter-case
		{"another office is not the described one", "fr",
			"Titre\n\nCharles Mena, chef de l'opposition, a rejeté les résultats. Le chef de la diplomatie a ensuite appelé au calme.",
			"a ensuite appelé au calme", "chef de la diplomatie"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, r := range ExtractLang(tc.text, tc.lang) {
				if r.Text == tc.office {
					if r.Speaker != tc.speaker {
						t.Errorf("%q is %q's, want %q's", tc.office, r.Speaker, tc.speaker)
					}
					return
				}
			}
			t.Errorf("no remark %q", tc.office)
		})
	}
}
