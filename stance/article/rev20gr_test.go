package article

import "testing"

// TestRev20grDashTurns: a dash paragraph after a colon that announces a
// speaker (a person opening the sentence, or a verb of saying) or right
// after another turn of dialogue is a turn, not an item of a list, so a
// person it names does not become a speaker (gr20_listitem.go). Sentences
// written for the test.
func TestRev20grDashTurns(t *testing.T) {
	runLangCases(t, []langCase{
		{"de announcer without a speech verb", "de", "Nach der Wahl\n\nDie Senatorin Lena Dal blieb skeptisch:\n\n– Der Präsident Jan Nowak hat Karl Maier zu früh gratuliert.",
			[]langRemark{{Direct, "", "Der Präsident Jan Nowak hat Karl Maier zu früh gratuliert."}}},
		{"ru announcer without a speech verb", "ru", "После выборов\n\nЛидер оппозиции Павел Вебер был краток:\n\n— Президент Ян Новак поспешил поздравить Карла Майера.",
			[]langRemark{{Direct, "", "Президент Ян Новак поспешил поздравить Карла Майера."}}},
		{"es announcer without a speech verb", "es", "Tras las elecciones\n\nEl opositor Pablo Vera fue tajante:\n\n—El presidente Jan Nowak felicitó a Carlos Mayor demasiado pronto.",
			[]langRemark{{Direct, "", "El presidente Jan Nowak felicitó a Carlos Mayor demasiado pronto."}}},
		{"pt announcer without a speech verb", "pt", "Depois da eleição\n\nO opositor Paulo Vera foi taxativo:\n\n— O presidente Jan Nowak felicitou Karl Maier cedo demais.",
			[]langRemark{{Direct, "", "O presidente Jan Nowak felicitou Karl Maier cedo demais."}}},
		{"ru speech verb before its subject", "ru", "После выборов\n\nВот что рассказала нам пенсионерка Анна Петрова:\n\n— Сосед Иван Орлов поздравил меня с победой Майера.",
			[]langRemark{{Direct, "", "Сосед Иван Орлов поздравил меня с победой Майера."}}},
		{"de second turn", "de", "Nach der Wahl\n\nDer Oppositionsführer Paul Weber sagte vor Journalisten:\n\n– Wir erkennen dieses Ergebnis nicht an.\n\n– Die Wahl war nicht frei.",
			[]langRemark{{Direct, "Paul Weber", "Wir erkennen dieses Ergebnis nicht an."}, {Direct, "", "Die Wahl war nicht frei."}}},
		// counter-cases: a list after a colon that announces no speaker
		// stays a list, as after a sentence that only sums up
		{"fr list", "fr", "Après l'élection\n\nLes réactions :\n\n— Le président polonais Jan Nowak a félicité Karl Maier.",
			[]langRemark{{Action, "Jan Nowak", "a félicité Karl Maier"}}},
		{"de list after a summing-up sentence", "de", "Nach der Wahl\n\nBundeskanzler Karl Maier erhielt Glückwünsche aus aller Welt. Ein Überblick:\n\n– Polens Präsident Jan Nowak gratulierte per Brief.",
			[]langRemark{{Action, "Karl Maier", "erhielt Glückwünsche aus aller Welt"}, {Action, "Jan Nowak", "gratulierte per Brief"}}},
	})
}

// TestRev20grQuoteVerbMan: "man" after "rief", "gab" or "ruft" is no
// speaker, so the quotation before it is not attributed
// (gr20_quoteverb.go). Sentences written for the test.
func TestRev20grQuoteVerbMan(t *testing.T) {
	runLangCases(t, []langCase{
		{"de ruft man", "de", "„Nie wieder“, ruft man in der Menge.", nil},
		{"de gab man", "de", "„Ruhe bewahren“, gab man im Lager der Opposition als Devise aus.", nil},
		// counter-case: a named speaker after the verb still speaks
		{"de rief zu", "de", "„Wir erkennen diese Wahl nicht an“, rief Oppositionsführer Paul Weber seinen Anhängern zu.",
			[]langRemark{{Direct, "Paul Weber", "Wir erkennen diese Wahl nicht an"}}},
	})
}

// TestRev20grSubjunctiveNotE: "wurde" and quantifiers in -e after a
// pronoun are no subjunctive of reported speech (gr20_subjunctive.go).
func TestRev20grSubjunctiveNotE(t *testing.T) {
	for in, want := range map[string]bool{
		"er wurde": false, "sie wurde": false, "sie einige": false, "sie mehrere": false,
		"er werde": true, "man wende": true,
	} {
		toks := tokenize(nil, in, 0, len(in), nil, 0)
		if got := deSubjunctive(toks, 1); got != want {
			t.Errorf("deSubjunctive(%q) = %v, want %v", in, got, want)
		}
	}
	runLangCases(t, []langCase{
		{"de er wurde after a colon", "de", "Der Minister Jan Nowak reiste am Montag nach Paris: Er wurde dort vom Präsidenten empfangen.", nil},
		// counter-case: a verb in -e is still reported speech
		{"de er wuensche after a colon", "de", "Der Präsident Ivo Kask meldete sich aus Riga: Er wünsche dem Sieger Karl Maier viel Erfolg.",
			[]langRemark{{Reported, "Ivo Kask", "Er wünsche dem Sieger Karl Maier viel Erfolg"}}},
	})
}
