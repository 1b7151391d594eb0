package article

import "testing"

// TestRev32grAppealAim: a German appeal is an act when its aim names the
// result, its recognition or calm; a word of the vote that names only
// the time or the occasion of another aim gives none (rev32gr_narrow.go).
// Sentences written for the test.
func TestRev32grAppealAim(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"result in a compound", "de", "Titel\n\nDie EU rief die Behörden auf, das Wahlergebnis zu respektieren.",
			[]langRemark{{Action, "EU", "rief die Behörden auf, das Wahlergebnis zu respektieren"}}},
		{"votum", "de", "Titel\n\nFrankreich appellierte an alle Parteien, das Votum anzuerkennen.",
			[]langRemark{{Action, "Frankreich", "appellierte an alle Parteien, das Votum anzuerkennen"}}},
		{"calm after the vote", "de", "Titel\n\nDie UNO rief nach der Wahl alle Seiten zur Ruhe auf.",
			[]langRemark{{Action, "UNO", "rief nach der Wahl alle Seiten zur Ruhe auf"}}},
		// near-misses: the vote as time or occasion of another aim
		{"prayer after the vote", "de", "Titel\n\nDie Kirche rief die Gläubigen auf, nach der Wahl für die Opfer zu beten.", nil},
		{"going to vote", "de", "Titel\n\nDie Wahlkommission rief die Bürger auf, am Sonntag zur Wahl zu gehen.", nil},
		{"forming a government", "de", "Titel\n\nDie Grünen riefen die Parteien auf, nach der Wahl rasch eine Regierung zu bilden.", nil},
	})
}

// TestRev32grLikewiseNext: an adverb of likeness copies the act only when
// no other speaker's remark and no unread sentence came between; a
// quotation of the act's own side may (rev32gr_narrow.go). Sentences
// written for the test.
func TestRev32grLikewiseNext(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"de country after sich", "de", "Titel\n\nSpanien gratulierte Karl Weber. Ebenso äußerte sich Portugal.",
			[]langRemark{{Action, "Spanien", "gratulierte Karl Weber"}, {Action, "Portugal", "gratulierte Karl Weber"}}},
		{"ru another speaker between", "ru", "Заголовок\n\nФранция поздравила Карла Вебера. Министр торговли Пьер Дюран заявил, что пошлины на сталь будут снижены. Аналогичную позицию заняли Германия и Италия.",
			[]langRemark{{Action, "Франция", "поздравила Карла Вебера"}, {Reported, "Пьер Дюран", "пошлины на сталь будут снижены"}}},
		{"de unread sentence between", "de", "Titel\n\nSpanien gratulierte Karl Weber. Der Handelsminister Paul Brenner sprach über Zölle auf Stahl. Ähnlich äußerte sich Portugal.",
			[]langRemark{{Action, "Spanien", "gratulierte Karl Weber"}}},
	})
}

// TestRev32grModalAsks: a German modal of intent is a stance in a
// statement, not in a question that opens with it (rev32gr_narrow.go,
// gr32_modalwait.go). Sentences written for the test.
func TestRev32grModalAsks(t *testing.T) {
	ix := &intl{x: &extractor{}, lx: &german}
	for _, c := range []struct {
		text string
		v    int
		want bool
	}{
		{"Washington will das Ergebnis der Wahl abwarten.", 1, true},
		{"Will Washington das Ergebnis der Wahl anerkennen?", 0, false},
		{"Paris möchte das Endergebnis prüfen?", 1, false},
	} {
		toks := tokenize(nil, c.text, 0, len(c.text), nil, 0)
		if got := ix.gr32ModalStanceAt(toks, c.v); got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}

// TestRev32grRuBodyNoun: a capitalised adjective in the instrumental
// after a Russian passive takes its noun into the agent's name; a
// lower-case adjective after a name does not (rev32gr_narrow.go).
// Sentences written for the test.
func TestRev32grRuBodyNoun(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"court", "ru", "Заголовок\n\nИтоги выборов признаны Верховным судом.",
			[]langRemark{{Action, "Верховный суд", "Итоги выборов признаны"}}},
		{"commission", "ru", "Заголовок\n\nИтоги выборов признаны Центральной избирательной комиссией.",
			[]langRemark{{Action, "Центральная избирательная комиссия", "Итоги выборов признаны"}}},
		{"adjective after a city", "ru", "Заголовок\n\nПобеда Карла Вебера признана Москвой законной.",
			[]langRemark{{Action, "Москва", "Победа Карла Вебера признана"}}},
	})
}
