package article

import "testing"

// TestExtractLangSelfDescribed: a reflexive speech verb with no clause
// says what the subject declares themself (selfDescribed), and a second
// verb after a conjunction and a reflexive has the first one's subject
// (conjunctionBefore). Sentences written for the test.
func TestExtractLangSelfDescribed(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr s'est dit « fier »", "fr", "Ivo Kask, le mentor du vainqueur, a appelé ses partisans au calme et s'est dit « fier » du choix des électeurs.",
			[]langRemark{{Action, "Ivo Kask", "a appelé ses partisans au calme"}, {Action, "Ivo Kask", "s'est dit « fier » du choix des électeurs"}}}, // both acts of the one subject (intl_sharedsubject13_test.go)
		{"es se declaró satisfecho", "es", "Ivo Kask se declaró satisfecho con el resultado.",
			[]langRemark{{Action, "Ivo Kask", "se declaró satisfecho con el resultado"}}},
		{"pt informou que X felicitou … e se disse pronto", "pt", "Em Velor, a presidência informou que Ivo Kask felicitou o homólogo e se disse pronto a cooperar.",
			[]langRemark{{Action, "Ivo Kask", "felicitou o homólogo e se disse pronto a cooperar"}}},
		// counter-cases: a preposition after the verb, and an impersonal
		// "se dice que"
		{"es se dijo en la reunión", "es", "Ivo Kask se dijo en la reunión del lunes.", nil},
		{"es se dice que", "es", "En Velor se dice que el recuento fue limpio.", nil},
	})
}
