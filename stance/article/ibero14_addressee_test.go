package article

import "testing"

// TestIbero14Addressee: between an inverted speech verb and its subject,
// whom the remark was said to is skipped; an addressee that is itself a
// person with an office, or no person after the addressee, leaves the
// quotation to the last speaker. Sentences written for the test.
func TestIbero14Addressee(t *testing.T) {
	runLangCases(t, []langCase{
		{"es declaró a este medio el diputado X, de …", "es", "Ivo Kask felicitó a Velor. «Vamos a esperar el cómputo oficial», declaró a este medio el diputado electo Luis Parra, de la misma alianza.",
			[]langRemark{{Action, "Ivo Kask", "felicitó a Velor"}, {Direct, "Luis Parra", "Vamos a esperar el cómputo oficial"}}},
		{"pt disse à Lusa o ministro X", "pt", "Ivo Kask felicitou Velor. «Vamos esperar pela contagem oficial», disse à Lusa o ministro Rui Lobo.",
			[]langRemark{{Action, "Ivo Kask", "felicitou Velor"}, {Direct, "Rui Lobo", "Vamos esperar pela contagem oficial"}}},
		{"es dijo a los periodistas la portavoz X", "es", "Ivo Kask felicitó a Velor. «Vamos a esperar el cómputo oficial», dijo a los periodistas la portavoz Lena Dal.",
			[]langRemark{{Action, "Ivo Kask", "felicitó a Velor"}, {Direct, "Lena Dal", "Vamos a esperar el cómputo oficial"}}},
		// counter-cases: a time after the addressee, an addressee with an
		// office, an adverbial after the addressee
		{"es dijo a los periodistas el lunes", "es", "Ivo Kask felicitó a Velor. «Vamos a esperar el cómputo oficial», dijo a los periodistas el lunes.",
			[]langRemark{{Action, "Ivo Kask", "felicitó a Velor"}, {Direct, "Ivo Kask", "Vamos a esperar el cómputo oficial"}}},
		{"es dijo a la presidenta X", "es", "Ivo Kask felicitó a Velor. «Vamos a esperar el cómputo oficial», dijo a la presidenta Lena Dal.",
			[]langRemark{{Action, "Ivo Kask", "felicitó a Velor"}, {Direct, "Ivo Kask", "Vamos a esperar el cómputo oficial"}}},
		{"es dijo a los periodistas en la sede", "es", "Ivo Kask felicitó a Velor. «Vamos a esperar el cómputo oficial», dijo a los periodistas en la sede del partido.",
			[]langRemark{{Action, "Ivo Kask", "felicitó a Velor"}, {Direct, "Ivo Kask", "Vamos a esperar el cómputo oficial"}}},
	})
}
