package article

import (
	"strings"
	"testing"
)

// TestGr20DashListItems: an item of a list that opens with an en or em
// dash, after a paragraph ending with a colon or in German, is read as
// prose, so the person it names is found; dialogue (an attribution, an
// announced speaker, no list) stays dialogue (gr20_listitem.go). Sentences
// written for the test.
func TestGr20DashListItems(t *testing.T) {
	runLangCases(t, []langCase{
		{"de item after a colon", "de", "Die Reaktionen im Überblick:\n\n– Österreichs Kanzler Karl Maier gratulierte der Siegerin am Telefon.",
			[]langRemark{{Action, "Karl Maier", "gratulierte der Siegerin am Telefon"}}},
		{"de second item", "de", "Die Reaktionen:\n\n– Polens Präsident Jan Nowak gratulierte per Brief.\n\n– Der lettische Regierungschef Ivo Kask schickte ein Glückwunschtelegramm.",
			[]langRemark{{Action, "Jan Nowak", "gratulierte per Brief"}, {Action, "Ivo Kask", "schickte ein Glückwunschtelegramm"}}},
		{"de item without a colon", "de", "Glückwünsche kamen aus vielen Hauptstädten.\n\n– Die estnische Präsidentin Lena Dal gratulierte per Twitter.",
			[]langRemark{{Action, "Lena Dal", "gratulierte per Twitter"}}},
		{"ru item after a colon", "ru", "Реакции зарубежных политиков:\n\n— Президент Латвии Ивар Каск поздравил победителя по телефону.",
			[]langRemark{{Action, "Ивар Каск", "поздравил победителя по телефону"}}},
		{"es item after a colon", "es", "Las reacciones:\n\n—El presidente de Letonia, Ivo Kask, felicitó al ganador por teléfono.",
			[]langRemark{{Action, "Ivo Kask", "felicitó al ganador por teléfono"}}},
		// counter-cases: a turn of dialogue after an announced speaker, an
		// attributed turn after a colon, and a Russian turn with no list
		{"de announced speaker", "de", "Streit um das Ergebnis\n\nBERLIN, 5. Mai. Oppositionsführer Paul Weber sagte am Abend:\n\n– Wir erkennen dieses Ergebnis nicht an.",
			[]langRemark{{Direct, "Paul Weber", "Wir erkennen dieses Ergebnis nicht an."}}},
		{"ru attributed turn after a colon", "ru", "Вот что говорят в штабе:\n\n— Мы не признаем итоги, — сказал депутат Сергей Смирнов.",
			[]langRemark{{Direct, "Сергей Смирнов", "Мы не признаем итоги"}}},
		{"ru turn with no list", "ru", "Лидер оппозиции Сергей Смирнов вышел к сторонникам.\n\n— Президент Латвии Ивар Каск нас поддержал.",
			[]langRemark{{Direct, "", "Президент Латвии Ивар Каск нас поддержал."}}},
	})
}

// TestGr20QuoteVerbs: German verbs that are speech only right after a
// quotation ("rief … zu", "gab … zu bedenken") and verbs of replying the
// lexicons lacked attribute the quotation before them (gr20_quoteverb.go,
// lexicon_gr20.go). Sentences written for the test.
func TestGr20QuoteVerbs(t *testing.T) {
	runLangCases(t, []langCase{
		{"de rief zu", "de", "„Das ist nicht unser Präsident“, rief der Abgeordnete Ivo Kask der Menge zu.",
			[]langRemark{{Direct, "Ivo Kask", "Das ist nicht unser Präsident"}}},
		{"de ruft in the present", "de", "„Wir bleiben hier“, ruft Oppositionsführerin Mara Lind ins Mikrofon.",
			[]langRemark{{Direct, "Mara Lind", "Wir bleiben hier"}}},
		{"de gab zu bedenken", "de", "„Das Ergebnis ist knapp“, gab die Senatorin Lena Dal zu bedenken.",
			[]langRemark{{Direct, "Lena Dal", "Das Ergebnis ist knapp"}}},
		{"de konterte", "de", "„Die Wahl war fair“, konterte Innenminister Jan Nowak.",
			[]langRemark{{Direct, "Jan Nowak", "Die Wahl war fair"}}},
		{"ru возразил", "ru", "«Выборы прошли честно», — возразил депутат Сергей Панов.",
			[]langRemark{{Direct, "Сергей Панов", "Выборы прошли честно"}}},
		// counter-cases: "rief" and "gab" are no speech away from a
		// quotation
		{"de rief an is no speech", "de", "Der Abgeordnete Ivo Kask rief die Bürger an, die vor dem Rathaus standen.", nil},
		{"de gab is no speech", "de", "Der Minister Jan Nowak gab der Zeitung ein Interview, das am Montag erschien.", nil},
	})
}

// TestGr20QuoteVerbImpersonal: "gab es" after a quotation is no
// attribution (gr20_quoteverb.go). A sentence written for the test.
func TestGr20QuoteVerbImpersonal(t *testing.T) {
	runLangCases(t, []langCase{
		{"de gab es", "de", "„Wahlbetrug“, gab es als Vorwurf schon am Abend zu hören.", nil},
	})
}

// TestGr20ConcedeParticiples: the perfect of a German verb of conceding
// is an act as its preterite is (lexicon_gr20.go). Sentences written for
// the test.
func TestGr20ConcedeParticiples(t *testing.T) {
	runLangCases(t, []langCase{
		{"de hat eingeräumt", "de", "Der Oppositionsführer Paul Weber hat seine Niederlage eingeräumt.",
			[]langRemark{{Action, "Paul Weber", "hat seine Niederlage eingeräumt"}}},
		{"de hatte eingestanden", "de", "Die Kandidatin Lena Dal hatte ihre Niederlage schon am Abend eingestanden.",
			[]langRemark{{Action, "Lena Dal", "hatte ihre Niederlage schon am Abend eingestanden"}}},
		{"de inverted perfect", "de", "Am Montag hat der Bürgermeister Ivo Kask die Niederlage eingeräumt.",
			[]langRemark{{Action, "Ivo Kask", "die Niederlage eingeräumt"}}},
		// counter-case: with a clause after it the participle still reports
		// speech
		{"de eingeräumt with a clause", "de", "Der Minister Jan Nowak hat eingeräumt, dass die Zählung länger dauere.",
			[]langRemark{{Reported, "Jan Nowak", "die Zählung länger dauere"}}},
	})
}

// TestGr20SubjunctiveE: after a colon with no verb of saying, a verb in
// -e after a pronoun of the third person singular is the subjunctive of
// reported speech (gr20_subjunctive.go). Sentences written for the test.
func TestGr20SubjunctiveE(t *testing.T) {
	runLangCases(t, []langCase{
		{"de man nehme", "de", "Die Ministerin Lena Dal blieb vorsichtig: Man nehme das Ergebnis zur Kenntnis.",
			[]langRemark{{Reported, "Lena Dal", "Man nehme das Ergebnis zur Kenntnis"}}},
		{"de er akzeptiere", "de", "Der Kanzler Karl Maier gab sich gelassen: Er akzeptiere den Ausgang der Wahl.",
			[]langRemark{{Reported, "Karl Maier", "Er akzeptiere den Ausgang der Wahl"}}},
		{"de sie erkenne", "de", "Die Senatorin Mara Lind war deutlich: Sie erkenne die Wahl nicht an.",
			[]langRemark{{Reported, "Mara Lind", "Sie erkenne die Wahl nicht an"}}},
		// counter-cases: a preterite in -te and a word in -e that is no verb
		{"de preterite hatte", "de", "Der Minister Jan Nowak reiste nach Paris: Er hatte dort Termine.", nil},
		{"de sie alle", "de", "Die Ministerin Lena Dal war am Abend im Rathaus: Sie alle feierten den Sieg.", nil},
	})
}

// TestDeSubjunctive: the words deSubjunctive takes and leaves.
func TestDeSubjunctive(t *testing.T) {
	for in, want := range map[string]bool{
		"man nehme": true, "er prüfe": true, "es gebe": true, "sie sei": true,
		"er sagte": false, "sie alle": false, "man nimmt": false, "wir nehme": false, "er ab": false,
	} {
		ws := strings.Fields(in)
		toks := []token{{kind: tWord, lower: ws[0]}, {kind: tWord, lower: ws[1]}}
		if got := deSubjunctive(toks, 1); got != want {
			t.Errorf("deSubjunctive(%q) = %v, want %v", in, got, want)
		}
	}
}
