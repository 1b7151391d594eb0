package article

import "testing"

// TestRev31mlSignedProse: the paragraph under a line of name and office
// is not the named person's words when it tells about them or about
// someone else in the third person (rev31ml_signedprose.go). Sentences
// written for the test.
func TestRev31mlSignedProse(t *testing.T) {
	gr22RunAll(t, []langCase{
		// still signed: a reaction opening with a noun that is no office
		{"es reaction opening with a noun", "es", "Gana Lind\n\nAna Ruiz, presidenta de Tarsia, en x\n\nEl pueblo de Velor merece respeto y mi felicitación.\n\nPablo Mena, canciller de Norlandia\n\nNo reconocemos un resultado sin actas.",
			[]langRemark{{Direct, "Ana Ruiz", "El pueblo de Velor merece respeto y mi felicitación."}, {Direct, "Pablo Mena", "No reconocemos un resultado sin actas."}}},
		// near-miss: a profile naming the person by surname
		{"es profile by surname", "es", "Los protagonistas\n\nAna Ruiz, presidenta del tribunal electoral\n\nRuiz organizó su tercera elección y publicó las cifras.\n\nPablo Mena, canciller de Norlandia\n\nMena viajará a Velor la semana próxima.", nil},
		// near-miss: news of an office holder or of another subject under the line
		{"es news under captions", "es", "Gana Lind\n\nAna Ruiz, presidenta de Tarsia\n\nLa mandataria llegó el domingo a Velor.\n\nPablo Mena, canciller de Norlandia\n\nLa oposición de Velor denunció fraude en varias provincias.", nil},
	})
}
