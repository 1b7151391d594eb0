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
