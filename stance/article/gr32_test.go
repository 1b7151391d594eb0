package article

import "testing"

// TestGr32VerbBeforeRole: a verb of coming before an office is no part of
// the title, so "также" before it leaves the person named in the
// nominative with the office alone (gr32_verbrole.go). Sentences written
// for the test.
func TestGr32VerbBeforeRole(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"ru также поступили от", "ru", "Заголовок\n\nПоздравления также поступили от президента Франции Жана Дюпона.",
			[]langRemark{{Action, "Жан Дюпон", "Поздравления также поступили от президента Франции Жана Дюпона"}}},
		{"ru поступили от", "ru", "Заголовок\n\nПоздравления поступили от президента Франции Жана Дюпона.",
			[]langRemark{{Action, "Жан Дюпон", "Поздравления поступили от президента Франции Жана Дюпона"}}},
	})
}

// TestGr32AdverbOpening: an adverb of time before the one capitalised
// word that opens a Russian sentence leaves that word its subject
// (gr32_adverbopening.go); a plural verb with no subject or a common noun
// gives none. Sentences written for the test.
func TestGr32AdverbOpening(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"вчера country", "ru", "Заголовок\n\nВчера Китай поздравил Карла Вебера с победой.",
			[]langRemark{{Action, "Китай", "поздравил Карла Вебера с победой"}}},
		{"позднее city", "ru", "Заголовок\n\nПозднее Москва заявила, что выборы были честными.",
			[]langRemark{{Reported, "Москва", "выборы были честными"}}},
		// near-misses: an impersonal plural, a common noun
		{"plural, impersonal", "ru", "Заголовок\n\nВчера Кремль поздравили с итогами выборов.", nil},
		{"common noun", "ru", "Заголовок\n\nСегодня Партия требует пересчёта голосов.", nil},
	})
}

// TestGr32RuPassive: a Russian short passive participle of a stance verb
// followed by names or groups in the instrumental makes each an actor
// named in the nominative (gr32_rupassive.go); a judgement of a person
// and a participle outside the list give none. Sentences written for the
// test.
func TestGr32RuPassive(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"countries", "ru", "Заголовок\n\nИтоги выборов признаны Евросоюзом и Японией.",
			[]langRemark{{Action, "Евросоюз", "Итоги выборов признаны"}, {Action, "Япония", "Итоги выборов признаны"}}},
		{"group", "ru", "Заголовок\n\nВыборы были раскритикованы наблюдателями ОБСЕ.",
			[]langRemark{{Action, "Наблюдатели ОБСЕ", "Выборы были раскритикованы"}}},
		{"office", "ru", "Заголовок\n\nИтоги выборов признаны президентом Франции Жаном Дюпоном.",
			[]langRemark{{Action, "Жан Дюпон", "Итоги выборов признаны"}}},
		{"congratulated", "ru", "Заголовок\n\nКарл Вебер был поздравлен Китаем.",
			[]langRemark{{Action, "Китай", "Карл Вебер был поздравлен"}}},
		// near-misses: a person judged, a law passed
		{"person judged", "ru", "Заголовок\n\nОн был раскритикован Москвой за слова о войне.", nil},
		{"law", "ru", "Заголовок\n\nЗакон был одобрен Сенатом в прошлом году.", nil},
		{"law on the vote", "ru", "Заголовок\n\nЗакон о выборах был одобрен Сенатом в прошлом году.", nil},
	})
}

// TestGr32GermanNominative: a body named in the dative after a
// preposition is named with its adjective in the nominative; a plural
// body and a given name in -en keep their form (gr32_denominative.go).
// Sentences written for the test.
func TestGr32GermanNominative(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"passive agent", "de", "Titel\n\nDas Ergebnis wurde von der Afrikanischen Union begrüßt.",
			[]langRemark{{Action, "Afrikanische Union", "Das Ergebnis wurde von der Afrikanischen Union begrüßt"}}},
		{"laut", "de", "Titel\n\nLaut der Europäischen Kommission ist das Ergebnis glaubwürdig.",
			[]langRemark{{Reported, "Europäische Kommission", "ist das Ergebnis glaubwürdig"}}},
		// near-misses: a plural body, a given name in -en
		{"plural", "de", "Titel\n\nDas Ergebnis wurde von den Vereinten Nationen begrüßt.",
			[]langRemark{{Action, "Vereinten Nationen", "Das Ergebnis wurde von den Vereinten Nationen begrüßt"}}},
		{"given name", "de", "Titel\n\nJürgen Steffen gratulierte Weber zum Wahlsieg.",
			[]langRemark{{Action, "Jürgen Steffen", "gratulierte Weber zum Wahlsieg"}}},
	})
}

// TestGr32Appeal: a German appeal (aufrufen with its particle closing the
// clause, appellieren an) that names the vote is an act; one that names
// no vote, or nobody's, is not (gr32_appeal.go). Sentences written for the
// test.
func TestGr32Appeal(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"rief auf, zu", "de", "Titel\n\nDie EU rief die Behörden auf, das Ergebnis zu respektieren.",
			[]langRemark{{Action, "EU", "rief die Behörden auf, das Ergebnis zu respektieren"}}},
		{"rief zu auf", "de", "Titel\n\nFrankreich rief zur Anerkennung des Ergebnisses auf.",
			[]langRemark{{Action, "Frankreich", "rief zur Anerkennung des Ergebnisses auf"}}},
		{"appellierte an", "de", "Titel\n\nDie Afrikanische Union appellierte an beide Lager, das Wahlergebnis anzuerkennen.",
			[]langRemark{{Action, "Afrikanische Union", "appellierte an beide Lager, das Wahlergebnis anzuerkennen"}}},
		// near-misses: no vote named, nobody
		{"calm", "de", "Titel\n\nDie Vereinten Nationen riefen alle Seiten zur Ruhe auf.", nil},
		{"nobody", "de", "Titel\n\nNiemand rief zur Anerkennung des Ergebnisses auf.", nil},
	})
}

// TestGr32BareList: two or more names without an office listed after the
// verb to the sentence's end, the last joined by a conjunction, are each
// an actor after an "among" opener or an object-first congratulation
// (gr32_barelist.go); a list with more words after it, or one name, is
// not. Sentences written for the test.
func TestGr32BareList(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"ru among", "ru", "Заголовок\n\nСреди поздравивших были Франция, Германия и Китай.",
			[]langRemark{{Action, "Франция", "Среди поздравивших"}, {Action, "Германия", "Среди поздравивших"}, {Action, "Китай", "Среди поздравивших"}}},
		{"de object first", "de", "Titel\n\nGlückwünsche schickten auch Frankreich, Spanien und Italien.",
			[]langRemark{{Action, "Frankreich", "Glückwünsche schickten auch Frankreich, Spanien und Italien"}, {Action, "Spanien", "Glückwünsche schickten auch Frankreich, Spanien und Italien"}, {Action, "Italien", "Glückwünsche schickten auch Frankreich, Spanien und Italien"}}},
		{"ru object first", "ru", "Заголовок\n\nПоздравления направили Франция, Германия и Китай.",
			[]langRemark{{Action, "Франция", "Поздравления направили Франция, Германия и Китай"}, {Action, "Германия", "Поздравления направили Франция, Германия и Китай"}, {Action, "Китай", "Поздравления направили Франция, Германия и Китай"}}},
		// near-misses: more words after the list, one bare name
		{"de words after", "de", "Titel\n\nZu den ersten Gratulanten gehörten Frankreich und Spanien bei der Feier in Berlin.", nil},
		{"de one name", "de", "Titel\n\nGlückwünsche schickte Weber an seine Anhänger.", nil},
	})
}

// TestGr32Likewise: an adverb of likeness before a verb of acting or of
// speaking out with nothing said after it, and a position "taken alike",
// copy the act before to the subject, or to a bare list after the verb
// (gr32_likewise.go); a verb of speech with a colon after it stays speech.
// Sentences written for the test.
func TestGr32Likewise(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"de ebenso äußerte sich", "de", "Titel\n\nFrankreich gratulierte Karl Weber. Ebenso äußerte sich der spanische Regierungschef Pedro Ruiz.",
			[]langRemark{{Action, "Frankreich", "gratulierte Karl Weber"}, {Action, "Pedro Ruiz", "gratulierte Karl Weber"}}},
		{"ru аналогичную позицию", "ru", "Заголовок\n\nФранция поздравила Карла Вебера. Аналогичную позицию заняли Германия и Италия.",
			[]langRemark{{Action, "Франция", "поздравила Карла Вебера"}, {Action, "Германия", "поздравила Карла Вебера"}, {Action, "Италия", "поздравила Карла Вебера"}}},
		{"ru так же поступил", "ru", "Заголовок\n\nФранция поздравила Карла Вебера. Так же поступил Китай.",
			[]langRemark{{Action, "Франция", "поздравила Карла Вебера"}, {Action, "Китай", "поздравила Карла Вебера"}}},
		// near-miss: what was said follows the colon
		{"de colon", "de", "Titel\n\nFrankreich gratulierte Karl Weber. Ähnlich äußerte sich Pedro Ruiz: Die Wahl sei fair gewesen.",
			[]langRemark{{Action, "Frankreich", "gratulierte Karl Weber"}, {Reported, "Pedro Ruiz", "Die Wahl sei fair gewesen"}}},
	})
}

// TestGr32ReflexiveNotRole: "sich" before the name of the subject after a
// reflexive verb is no description of that name (intl_phrase.go's
// classify, gr32); a lower-case description before a name still is.
// Sentences written for the test.
func TestGr32ReflexiveNotRole(t *testing.T) {
	for _, c := range []struct{ text, speaker, role string }{
		{"Titel\n\nÄhnlich äußerte sich Jonas Berg: Die Auszählung sei manipuliert worden.", "Jonas Berg", ""},
		{"Titel\n\nÄhnlich äußerte sich Parteisprecher Jonas Berg: Die Auszählung sei manipuliert worden.", "Jonas Berg", "Parteisprecher"},
	} {
		rs := ExtractLang(c.text, "de")
		if len(rs) != 1 || rs[0].Speaker != c.speaker || rs[0].Role != c.role {
			t.Errorf("%q: got %+v", c.text, rs)
		}
	}
}

// TestGr32InvertedOffice: after a German verb of speech that an opener
// puts before its subject, an office or a body closed by the comma before
// the reported clause is the speaker (gr32_invertedoffice.go); a noun
// that is no office ("die Hoffnung") is none. Sentences written for the
// test.
func TestGr32InvertedOffice(t *testing.T) {
	for _, c := range []struct{ text, speaker string }{
		{"Titel\n\nIn Peking erklärte ein Sprecher des Außenministeriums, China respektiere die Wahl des Volkes.", "Sprecher des Außenministeriums"},
		{"Titel\n\nAm Montag erklärte das Außenministerium, das Ergebnis sei glaubwürdig.", "Außenministerium"},
		{"Titel\n\nAm Montag äußerte Frankreich die Hoffnung, dass das Ergebnis friedlich angenommen werde.", ""},
	} {
		rs := ExtractLang(c.text, "de")
		got := ""
		if len(rs) > 0 {
			got = rs[0].Speaker
		}
		if got != c.speaker {
			t.Errorf("%q: got %q, want %q", c.text, got, c.speaker)
		}
	}
}

// TestGr32ModalStance: a German modal of intent whose clause closes with
// an infinitive of a stance on the result, a word of the vote between, is
// an act (gr32_modalwait.go); a modal with another infinitive is none.
// Sentences written for the test.
func TestGr32ModalStance(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"will abwarten", "de", "Titel\n\nWashington will nach eigenen Angaben die offiziellen Ergebnisse abwarten.",
			[]langRemark{{Action, "Washington", "will nach eigenen Angaben die offiziellen Ergebnisse abwarten"}}},
		{"will anfechten", "de", "Titel\n\nAnna Novak will das Ergebnis anfechten.",
			[]langRemark{{Action, "Anna Novak", "will das Ergebnis anfechten"}}},
		// near-miss: another infinitive
		{"will fahren", "de", "Titel\n\nAnna Novak will nach der Wahl in den Urlaub fahren.", nil},
	})
}
