package article

import "testing"

// TestIbero17ThroughAfter: a delegation posted in a place is an office
// with its place; a body's act gives way to the person it spoke through
// when a "through" phrase and an office with a name follow the act; a
// person's act keeps its subject. Sentences written for the test.
func TestIbero17ThroughAfter(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt delegation in a place", "pt", "A delegação da Norlândia em Velor limitou-se a saudar os eleitores.",
			[]langRemark{{Action, "delegação da Norlândia em Velor", "limitou-se a saudar os eleitores"}}},
		{"pt through after the act", "pt", "A delegação da Norlândia em Velor limitou-se a saudar os eleitores, pela voz de uma porta-voz, Lena Dal.",
			[]langRemark{{Action, "Lena Dal", "limitou-se a saudar os eleitores, pela voz de uma porta-voz, Lena Dal"}}},
		{"es through after the act", "es", "El Gobierno de Norlandia saludó la jornada electoral, a través de su portavoz, Lena Dal.",
			[]langRemark{{Action, "Lena Dal", "saludó la jornada electoral, a través de su portavoz, Lena Dal"}}},
		// counter-case: a person's act keeps its subject
		{"es person's act keeps its subject", "es", "El ministro Ivo Kask saludó la jornada electoral, a través de su portavoz, Lena Dal.",
			[]langRemark{{Action, "Ivo Kask", "saludó la jornada electoral, a través de su portavoz, Lena Dal"}}},
	})
}
