package article

import "testing"

// TestMl31LongTitle: two offices joined by a conjunction, each with its
// complements, before a name in apposition make the name the subject
// (intl_longtitle.go, longTitleSpan). Sentences written for the test.
func TestMl31LongTitle(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"de two offices with und", "de", "Titel\n\nDer Parteichef der rechtspopulistischen Volkspartei in Tarsien und Fraktionschef der rechten „Patrioten“ im Parlament, Jonas Falk, schrieb auf X: „Wir sind stolz auf diesen Sieg.“",
			[]langRemark{{Direct, "Jonas Falk", "Wir sind stolz auf diesen Sieg."}}},
		{"fr two offices with et", "fr", "Titre\n\nLe président du parti conservateur de la province du Nord et chef du groupe des « Patriotes » au Parlement, Marc Olivier, a écrit sur X : « Nous sommes fiers de cette victoire. »",
			[]langRemark{{Direct, "Marc Olivier", "Nous sommes fiers de cette victoire."}}},
		// near-miss: an event opens the sentence, the name is its complement
		{"de event head", "de", "Titel\n\nDie Verhaftung des Parteichefs der rechtspopulistischen Volkspartei in Tarsien und Fraktionschefs der Patrioten im Parlament, Jonas Falk, verurteilte die Regierung scharf.", nil},
	})
}
