package article

import "testing"

// TestIbero14RelativeActBeforeMain: the act of a relative clause on the
// subject is kept beside the main clause's act or speech; a relative
// clause without an act leaves the main act alone. Sentences written for
// the test.
func TestIbero14RelativeActBeforeMain(t *testing.T) {
	runLangCases(t, []langCase{
		{"es que no felicitó …, publicó", "es", "Ivo Kask, que no felicitó a Lena Dal, publicó una serie de mensajes.",
			[]langRemark{{Action, "Ivo Kask", "no felicitó a Lena Dal"}, {Action, "Ivo Kask", "publicó una serie de mensajes"}}},
		{"pt que felicitou …, anunciou que", "pt", "Rui Lobo, que felicitou o vencedor na noite eleitoral, anunciou que estará na tomada de posse.",
			[]langRemark{{Action, "Rui Lobo", "felicitou o vencedor na noite eleitoral"}, {Reported, "Rui Lobo", "estará na tomada de posse"}}},
		{"fr qui a félicité …, a déclaré que", "fr", "Ivo Kask, qui a félicité Lena Dal, a déclaré que le vote était libre.",
			[]langRemark{{Action, "Ivo Kask", "a félicité Lena Dal"}, {Reported, "Ivo Kask", "le vote était libre"}}},
		// counter-case: no act in the relative clause
		{"es que ganó …, felicitó", "es", "Ivo Kask, que ganó en Velor, felicitó a Lena Dal.",
			[]langRemark{{Action, "Ivo Kask", "felicitó a Lena Dal"}}},
	})
}
