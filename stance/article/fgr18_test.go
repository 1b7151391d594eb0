package article

import "testing"

// TestFgr18WroteTo: French "écrire à X pour le féliciter" sends a
// message as "téléphoner à" does (lexicon_fr.go sendVerbs); "a écrit
// que …" stays speech. Sentences written for the test.
func TestFgr18WroteTo(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr wrote to congratulate, long object", "fr", "Sans attendre la proclamation, Ivo Kask a écrit dès lundi à son homologue pour le féliciter, en saluant leur coopération contre Nord Alliance.",
			[]langRemark{{Action, "Ivo Kask", "a écrit dès lundi à son homologue pour le féliciter, en saluant leur coopération contre Nord Alliance"}}},
		{"fr wrote a letter of congratulations", "fr", "Le roi Paul Velor a écrit une lettre de félicitations au vainqueur.",
			[]langRemark{{Action, "Paul Velor", "a écrit une lettre de félicitations au vainqueur"}}},
		// counter-case: "a écrit que …" is reported speech
		{"fr wrote that", "fr", "Le député Ivo Kask a écrit que le scrutin était truqué.",
			[]langRemark{{Reported, "Ivo Kask", "le scrutin était truqué"}}},
	})
}

// TestFgr18AcronymLedName: a body's acronym before a person named in
// full ends the office, and "один из" joins an office to a plural body
// (fgr18_acronym.go). Sentences written for the test.
func TestFgr18AcronymLedName(t *testing.T) {
	runLangCases(t, []langCase{
		{"ru acronym then name", "ru", "Наблюдатель от миссии СНГ Ивар Тамм сообщил, что выборы прошли честно.",
			[]langRemark{{Reported, "Ивар Тамм", "выборы прошли честно"}}},
		{"ru office, one of, acronym, name", "ru", "Наблюдатель от одной из миссий СНГ Ивар Тамм сообщил, что выборы прошли честно.",
			[]langRemark{{Reported, "Ивар Тамм", "выборы прошли честно"}}},
		{"ru one of with an adjective", "ru", "Депутат от одной из оппозиционных партий Лена Дал заявила, что не признаёт итогов.",
			[]langRemark{{Reported, "Лена Дал", "не признаёт итогов"}}},
		{"fr acronym then name", "fr", "Le chef de la mission de la CEDEAO Ivo Kask a déclaré que le scrutin était crédible.",
			[]langRemark{{Reported, "Ivo Kask", "le scrutin était crédible"}}},
		// counter-case: an acronym before a single capitalised word may
		// be part of the name; it is left as it was
		{"ru acronym before a surname alone", "ru", "Наблюдатель от СНГ Тамм заявил, что выборы прошли честно.",
			[]langRemark{{Reported, "СНГ Тамм", "выборы прошли честно"}}},
	})
}

// TestFgr18RuJudged: a Russian verb of judging with an object and an
// instrumental predicate is an act, in a main clause or a relative one
// (fgr18_judged.go). Sentences written for the test.
func TestFgr18RuJudged(t *testing.T) {
	runLangCases(t, []langCase{
		{"ru object and adjective", "ru", "Оппозиционер Лена Дал считает итоги голосования недействительными.",
			[]langRemark{{Action, "Лена Дал", "считает итоги голосования недействительными"}}},
		{"ru pronoun object and noun", "ru", "Депутат Ивар Тамм считал их фарсом.",
			[]langRemark{{Action, "Ивар Тамм", "считал их фарсом"}}},
		{"ru relative clause after an apposition", "ru", "Так поступил и другой кандидат, врач Ивар Тамм, который тоже считает выборы сфальсифицированными.",
			[]langRemark{{Action, "Ивар Тамм", "тоже считает выборы сфальсифицированными"}}},
		// counter-cases: counting votes has no instrumental predicate, and
		// "считает, что …" is speech
		{"ru counting votes", "ru", "Бухгалтер Ивар Тамм считает голоса вручную.", nil},
		{"ru считает, что", "ru", "Депутат Ивар Тамм считает, что выборы прошли честно.",
			[]langRemark{{Reported, "Ивар Тамм", "выборы прошли честно"}}},
	})
}

// TestFgr18RuAdverbialPrep: a Russian subject named in full before an
// adverbial that opens with any preposition is the verb's subject
// (fgr18_adverbial.go). Sentences written for the test.
func TestFgr18RuAdverbialPrep(t *testing.T) {
	runLangCases(t, []langCase{
		{"ru с … after а", "ru", "Лидеры выступили, а Ивар Тамм с трибуны митинга требовал отдать кандидатам округа.",
			[]langRemark{{Action, "Ивар Тамм", "с трибуны митинга требовал отдать кандидатам округа"}}},
		{"ru из … before a speech verb", "ru", "Депутат Ивар Тамм из Москвы заявил, что выборы прошли честно.",
			[]langRemark{{Reported, "Ивар Тамм", "выборы прошли честно"}}},
		{"ru через …", "ru", "Лена Дал через своих представителей потребовала пересчёта голосов.",
			[]langRemark{{Action, "Лена Дал", "через своих представителей потребовала пересчёта голосов"}}},
		// counter-case: a name after a preposition is its object, not the
		// subject
		{"ru name inside the adverbial", "ru", "Вчера вместе с Иваром Таммом у входа требовали пересчёта голосов.", nil},
	})
}

// TestFgr18Ultimatum: a verb of issuing with an ultimatum after it is
// the subjects' act, and runs through the demand after a colon
// (fgr18_ultimatum.go). Sentences written for the test.
func TestFgr18Ultimatum(t *testing.T) {
	runLangCases(t, []langCase{
		{"ru listed subjects and a demand", "ru", "Ивар Тамм и Лена Дал выдвинули Гордееву ультиматум: пересчитать голоса в спорных округах.",
			[]langRemark{{Action, "Ивар Тамм", "выдвинули Гордееву ультиматум: пересчитать голоса в спорных округах"},
				{Action, "Лена Дал", "выдвинули Гордееву ультиматум: пересчитать голоса в спорных округах"}}},
		{"fr lancé un ultimatum", "fr", "L'opposant Ivo Kask a lancé un ultimatum au pouvoir : annuler le scrutin avant lundi.",
			[]langRemark{{Reported, "Ivo Kask", "annuler le scrutin avant lundi"}}}, // "lancé" is a speech verb: the demand is what was said
		{"de stellte ein Ultimatum", "de", "Oppositionsführer Ivo Kask stellte der Regierung ein Ultimatum: die Wahl bis Montag zu wiederholen.",
			[]langRemark{{Reported, "Ivo Kask", "die Wahl bis Montag zu wiederholen"}}}, // read after the colon as before
		// counter-cases: the verb without the noun is no act, and a
		// capitalised word after the colon opens a statement of its own
		{"ru the verb alone", "ru", "Партия Ивара Тамма выдвинула Лену Дал кандидатом в мэры.", nil},
		{"ru ultimatum, then a capitalised clause", "ru", "Ивар Тамм поставил ультиматум: Партия уйдёт из коалиции.",
			[]langRemark{{Action, "Ивар Тамм", "поставил ультиматум"}}},
	})
}

// TestFgr18ReadOut: reading a statement out ("зачитал заявление: …",
// "verlas eine Erklärung: …") is speech, whose clause after the colon is
// the speaker's (lexicon_ru.go, lexicon_de.go). Sentences written for the
// test.
func TestFgr18ReadOut(t *testing.T) {
	runLangCases(t, []langCase{
		{"ru read out, colon", "ru", "Её адвокат Ивар Тамм зачитал журналистам заявление подзащитной: выборы были подделаны.",
			[]langRemark{{Reported, "Ивар Тамм", "выборы были подделаны"}}},
		{"ru read out, что", "ru", "Представитель штаба Лена Дал зачитала обращение, в котором говорится, что итоги не будут признаны.",
			[]langRemark{{Reported, "Лена Дал", "итоги не будут признаны"}}},
		{"de verlas, colon", "de", "Ihr Anwalt Ivo Kask verlas vor Journalisten eine Erklärung: Die Wahl sei gefälscht worden.",
			[]langRemark{{Reported, "Ivo Kask", "Die Wahl sei gefälscht worden"}}},
		// counter-case: a list read out with no clause is no remark
		{"ru read out a list", "ru", "Секретарь Ивар Тамм зачитал список кандидатов.", nil},
	})
}

// TestFgr18NegatedPresentRecognition: the negated Russian present of
// признать is an act, the object before or after it; unnegated, or
// with a clause after it, it is left as it was (fgr18_notrecognise.go).
// Sentences written for the test.
func TestFgr18NegatedPresentRecognition(t *testing.T) {
	runLangCases(t, []langCase{
		{"ru object first", "ru", "Ивар Тамм итоги не признаёт.",
			[]langRemark{{Action, "Ивар Тамм", "итоги не признаёт"}}},
		{"ru object after", "ru", "Лидер оппозиции Лена Дал не признает результаты выборов.",
			[]langRemark{{Action, "Лена Дал", "не признает результаты выборов"}}},
		{"ru plural", "ru", "Ивар Тамм и Лена Дал не признают победу Гордеева.",
			[]langRemark{{Action, "Ивар Тамм", "не признают победу Гордеева"}, {Action, "Лена Дал", "не признают победу Гордеева"}}},
		// counter-cases: the unnegated present inside a reported clause is
		// no act of its own, and a clause after it is speech read as before
		{"ru unnegated inside a clause", "ru", "Депутат Ивар Тамм заявил, что Ростания признает итоги выборов.",
			[]langRemark{{Reported, "Ивар Тамм", "Ростания признает итоги выборов"}}},
		{"ru not with a clause", "ru", "Лена Дал не признаёт, что проиграла.", nil},
	})
}

// TestFgr18PartitiveAfter: a partitive title after the speech verb of a
// quotation, with the name in apposition, names the speaker
// (fgr18_partitive.go). Sentences written for the test.
func TestFgr18PartitiveAfter(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr l'un de ses", "fr", "« Nous ne reconnaissons pas ce scrutin », a martelé l'un de ses responsables, Ivo Kask, qui réclame une transition.",
			[]langRemark{{Direct, "Ivo Kask", "Nous ne reconnaissons pas ce scrutin"}, {Action, "Ivo Kask", "réclame une transition"}}},
		{"fr l'un des … de …", "fr", "« Ce scrutin est une farce », a déclaré l'un des dirigeants de la coalition, Lena Dal.",
			[]langRemark{{Direct, "Lena Dal", "Ce scrutin est une farce"}}},
		{"de einer der", "de", "„Wir erkennen das nicht an“, sagte einer der Organisatoren, Ivo Kask.",
			[]langRemark{{Direct, "Ivo Kask", "Wir erkennen das nicht an"}}},
		// counter-case: a partitive with no name after its comma names
		// no one
		{"fr partitive without a name", "fr", "« Ce scrutin est une farce », a déclaré l'un des dirigeants, avant de quitter la salle.",
			[]langRemark{{Direct, "", "Ce scrutin est une farce"}}},
	})
}

// TestFgr18PluralAccording: a plural pronoun attribution after a colon
// gives the clause after the colon to each person of the list that opens
// the sentence (fgr18_plural.go). Sentences written for the test.
func TestFgr18PluralAccording(t *testing.T) {
	runLangCases(t, []langCase{
		{"ru по их словам", "ru", "Ивар Тамм и еврокомиссар Лена Дал отложили выводы: Евросоюз, по их словам, сначала дождётся окончательных итогов.",
			[]langRemark{{Reported, "Ивар Тамм", "Евросоюз, по их словам, сначала дождётся окончательных итогов"},
				{Reported, "Лена Дал", "Евросоюз, по их словам, сначала дождётся окончательных итогов"}}},
		{"fr selon eux", "fr", "Ivo Kask et Lena Dal ont temporisé : l'Union, selon eux, attendra les résultats définitifs.",
			[]langRemark{{Reported, "Ivo Kask", "l'Union, selon eux, attendra les résultats définitifs"},
				{Reported, "Lena Dal", "l'Union, selon eux, attendra les résultats définitifs"}}},
		// counter-case: with one person before the colon the plural has
		// no list to go to
		{"ru one person", "ru", "Ивар Тамм отложил выводы: Евросоюз, по их словам, сначала дождётся окончательных итогов.", nil},
	})
}
