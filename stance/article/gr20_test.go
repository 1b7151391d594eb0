package article

import "testing"

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
