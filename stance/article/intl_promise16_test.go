package article

import "testing"

// TestPromiseAct: a promise, threat or decision to act on the result is
// an act, in the other languages. Sentences written for the test;
// counter-cases: a promise of something else, and a French promise with
// no infinitive.
func TestPromiseAct(t *testing.T) {
	tests := []struct{ name, lang, text, speaker, remark string }{
		{"Spanish prometió + infinitive", "es",
			"Elección\n\nCarlos Mena prometió impugnar los resultados.", "Carlos Mena", "prometió impugnar los resultados"},
		{"Spanish amenazó con + infinitive", "es",
			"Elección\n\nCarlos Mena amenazó con desconocer el resultado.", "Carlos Mena", "amenazó con desconocer el resultado"},
		{"Portuguese prometeu + infinitive", "pt",
			"Eleição\n\nCarlos Mena prometeu contestar os resultados na justiça.", "Carlos Mena", "prometeu contestar os resultados na justiça"},
		{"French a promis de + infinitive", "fr",
			"Élection\n\nCharles Mena a promis de contester le verdict.", "Charles Mena", "a promis de contester le verdict"},
		{"Russian пообещал не + infinitive", "ru",
			"Выборы\n\nКарл Мена пообещал не признавать итоги.", "Карл Мена", "пообещал не признавать итоги"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkOneLangRemark(t, tc.lang, tc.text, tc.speaker, tc.remark, Action) })
	}
	for _, tc := range []struct{ name, lang, text string }{
		{"a promise of something else", "es", "Elección\n\nCarlos Mena prometió trabajar por el país."},
		{"a French promise without an infinitive", "fr", "Élection\n\nCharles Mena a promis un recomptage."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if rs := constructed(ExtractLang(tc.text, tc.lang)); len(rs) > 0 {
				t.Errorf("got %+v, want no remark but an inferred one", rs)
			}
		})
	}
}
