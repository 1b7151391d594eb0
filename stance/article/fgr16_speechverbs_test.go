package article

import "testing"

// TestFgr16SpeechVerbs: verbs of claiming, commenting and mocking the
// lexicons lacked report speech (fgrSpeechVerbs, lexicon_fgr16.go).
// Sentences written for the test.
func TestFgr16SpeechVerbs(t *testing.T) {
	runLangCases(t, []langCase{
		{"de behauptete", "de", "Der Abgeordnete Ivo Kask behauptete, die Wahl sei durch eine Medienkampagne gesteuert worden.",
			[]langRemark{{Reported, "Ivo Kask", "die Wahl sei durch eine Medienkampagne gesteuert worden"}}},
		{"de inverted spottete", "de", "In Velor spottete der Abgeordnete Ivo Kask, die Wähler hätten »einen Offizier zum Hausmeister der Burg gemacht«.",
			[]langRemark{{Reported, "Ivo Kask", "die Wähler hätten"}, {Direct, "Ivo Kask", "einen Offizier zum Hausmeister der Burg gemacht"}}},
		{"fr a déploré", "fr", "Ivo Kask a déploré que le scrutin se soit déroulé sans observateurs.",
			[]langRemark{{Reported, "Ivo Kask", "le scrutin se soit déroulé sans observateurs"}}},
		{"ru иронизировал", "ru", "Депутат Иво Каск иронизировал: «Страна снова выбрала того, кого ей назначили».",
			[]langRemark{{Direct, "Иво Каск", "Страна снова выбрала того, кого ей назначили"}}},
		// counter-case: a participle used as an adjective, with no speaker
		{"de behauptete as adjective", "de", "Die behauptete Fälschung der Wahl wurde nie belegt.", nil},
	})
}
