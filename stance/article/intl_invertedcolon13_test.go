package article

import "testing"

// TestExtractLangColonLateSubject: a subject after its verb, before a
// colon, is the antecedent of the pronoun right after the colon
// (colonLateSubject), not the last speaker; a person who opens the
// sentence, and an object in an oblique case, are left as they were.
// Sentences written for the test.
func TestExtractLangColonLateSubject(t *testing.T) {
	const ruBase = "Министр Ивар Каск заявил, что нарушений было слишком много. "
	const deBase = "Minister Ivo Kask sagte, es habe zu viele Verstöße gegeben. "
	runLangCases(t, []langCase{
		{"ru Жестче высказалась X из …: она назвала", "ru", ruBase + "Жестче высказалась Лена Дал из Института демократии, чьи наблюдатели работали в Норландии: она назвала голосование «спектаклем».",
			[]langRemark{{Reported, "Ивар Каск", "нарушений было слишком много"}, {Action, "Лена Дал", "назвала голосование «спектаклем»"}}},
		{"de Deutlicher wurde die Abgeordnete X: Sie nannte", "de", deBase + "Deutlicher wurde die Abgeordnete Lena Dal aus Velor: Sie nannte die Wahl eine Farce.",
			[]langRemark{{Reported, "Ivo Kask", "es habe zu viele Verstöße gegeben"}, {Action, "Lena Dal", "nannte die Wahl eine Farce"}}},
		// counter-cases: an object in an oblique case is no subject, and
		// without a pronoun after the colon nothing changes
		{"ru поддержал Лену Дал: он назвал", "ru", ruBase + "Позже он поддержал Лену Дал из Института демократии: он назвал голосование «спектаклем».",
			[]langRemark{{Reported, "Ивар Каск", "нарушений было слишком много"}, {Action, "Ивар Каск", "поддержал Лену Дал из Института демократии"}, {Action, "Ивар Каск", "назвал голосование «спектаклем»"}}},
	})
}
