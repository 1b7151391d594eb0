package article

import "testing"

// TestExtractLangRussianTitles: long Russian office titles before a
// name — a complement opened by "по" ("представитель … по иностранным
// делам"), three lower-case words of what the office heads, a name with
// particles after a complement. Sentences written for the test.
func TestExtractLangRussianTitles(t *testing.T) {
	runLangCases(t, []langCase{
		{"ru по complement before the name", "ru", "«Голосование не было свободным», — заявил советник президента Острии по национальной безопасности Павел Ковров.",
			[]langRemark{{Direct, "Павел Ковров", "Голосование не было свободным"}}},
		{"ru по complement, subject first", "ru", "Спецпредставитель ЕС по правам человека Анна Зуева заявила, что выборы прошли в атмосфере страха.",
			[]langRemark{{Reported, "Анна Зуева", "выборы прошли в атмосфере страха"}}},
		{"ru three lower-case words", "ru", "«Выборы прошли организованно», — заявила представитель министерства иностранных дел Ростании Анна Зуева.",
			[]langRemark{{Direct, "Анна Зуева", "Выборы прошли организованно"}}},
		{"ru particles after a complement", "ru", "«Это важный день», — сказал председатель Европейской комиссии Ханс фон дер Берг.",
			[]langRemark{{Direct, "Ханс фон дер Берг", "Это важный день"}}},
		// counter-cases: "по" with no name after it is no title; "по"
		// before the office belongs to the verb
		{"ru по with no name", "ru", "«Выборы прошли честно», — заявил министр Игорь Волин. «Мы ждём итогов», — сказал министр по итогам встречи.",
			[]langRemark{{Direct, "Игорь Волин", "Выборы прошли честно"}, {Direct, "Игорь Волин", "Мы ждём итогов"}}},
		{"ru по before the office", "ru", "«Выборы прошли честно», — сообщил по телефону министр Игорь Волин.",
			[]langRemark{{Direct, "Игорь Волин", "Выборы прошли честно"}}},
	})
}

// TestExtractLangGermanForeignParticles: in German, a Romance particle
// joins a name after any number of its words ("João Pedro Lima da
// Costa"); "von der" after two words of a name still opens a complement.
// Sentences written for the test.
func TestExtractLangGermanForeignParticles(t *testing.T) {
	runLangCases(t, []langCase{
		{"de da after three words of a name", "de", "Tarsiens Präsident João Pedro Lima da Costa gratulierte dem Wahlsieger.",
			[]langRemark{{Action, "João Pedro Lima da Costa", "gratulierte dem Wahlsieger"}}},
		{"de dos after two words of a name", "de", "Außenministerin Maria Helena dos Santos wünschte der neuen Regierung viel Erfolg.",
			[]langRemark{{Action, "Maria Helena dos Santos", "wünschte der neuen Regierung viel Erfolg"}}},
		// counter-case: "von der" after two words of a name is a complement
		{"de von der after a full name", "de", "„Die Wahl war frei und fair“, sagte Anna Maria Berg von der Universität Tarsia.",
			[]langRemark{{Direct, "Anna Maria Berg", "Die Wahl war frei und fair"}}},
	})
}
