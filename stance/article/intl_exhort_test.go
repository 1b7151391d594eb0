package article

import "testing"

// TestExtractLangExhort: to exhort is an act in French as "instó" is in
// Spanish, with a pronoun subject after an adverbial of the voice it
// speaks through (lexicon_fr.go). Sentences written for the test.
func TestExtractLangExhort(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr Par la voix de …, il a exhorté", "fr", "Le secrétaire général de l'Union, Ivo Kask, est resté prudent. Par la voix de son porte-parole, il a exhorté les partis à la retenue.",
			[]langRemark{{Action, "Ivo Kask", "a exhorté les partis à la retenue"}}},
		// counter-case: exhorted by others, a passive description, is no act
		{"fr exhorté par ses alliés", "fr", "Ivo Kask, exhorté par ses alliés, est resté chez lui.", nil},
	})
}
