package article

import "testing"

// TestIbero15Coordinated: a party or place in apposition to each of two
// coordinated subjects is no subject itself, and the object of the first
// clause's verb, or a name in apposition to it, does not share the
// second clause's verb. Sentences written
// for the test, with counter-cases.
func TestIbero15Coordinated(t *testing.T) {
	runLangCases(t, []langCase{
		{"es A, del Partido X, y B, del Partido Y, felicitaron", "es", "Marta Solís, del Partido Verde, y Luis Peral, del Partido Azul, felicitaron a Velor.",
			[]langRemark{{Action, "Marta Solís", "felicitaron a Velor"}, {Action, "Luis Peral", "felicitaron a Velor"}}},
		{"pt A, do Partido X, e B, do Partido Y, rejeitaram", "pt", "Marta Solís, do Partido Verde, e Luís Peral, do Partido Azul, rejeitaram o resultado.",
			[]langRemark{{Action, "Marta Solís", "rejeitaram o resultado"}, {Action, "Luís Peral", "rejeitaram o resultado"}}},
		{"pt A felicitou C, enquanto B rejeitou", "pt", "Também Marta Solís, do Partido Verde, felicitou Ana Velor, enquanto Luís Peral, do Partido Azul, rejeitou o resultado.",
			[]langRemark{{Action, "Marta Solís", "felicitou Ana Velor"}, {Action, "Luís Peral", "rejeitou o resultado"}}},
		{"pt A felicitou a vencedora, C, e B rejeitou", "pt", "Marta Solís felicitou a vencedora, Ana Velor, e Luís Peral rejeitou o resultado.",
			[]langRemark{{Action, "Marta Solís", "felicitou a vencedora, Ana Velor"}, {Action, "Luís Peral", "rejeitou o resultado"}}},
		{"es A felicitó a la ganadora, C, y B rechazó", "es", "Marta Solís felicitó a la ganadora, Ana Velor, y Luis Peral rechazó el resultado.",
			[]langRemark{{Action, "Marta Solís", "felicitó a la ganadora, Ana Velor"}, {Action, "Luis Peral", "rechazó el resultado"}}},
		// counter-cases: coordination as before
		{"es office, A, y la ministra B felicitaron", "es", "El secretario de Estado, Luis Peral, y la ministra Marta Solís felicitaron a Velor.",
			[]langRemark{{Action, "Luis Peral", "felicitaron a Velor"}, {Action, "Marta Solís", "felicitaron a Velor"}}},
		{"es A, B y C felicitaron", "es", "Marta Solís, Luis Peral y Pedro Mir felicitaron a Velor.",
			[]langRemark{{Action, "Marta Solís", "felicitaron a Velor"}, {Action, "Luis Peral", "felicitaron a Velor"}, {Action, "Pedro Mir", "felicitaron a Velor"}}},
		{"es A, de Place, y B, de Place, felicitaron", "es", "Benjamín Rus, de Israel, y Luis Peral, de Chile, felicitaron a Velor.",
			[]langRemark{{Action, "Benjamín Rus", "felicitaron a Velor"}, {Action, "Luis Peral", "felicitaron a Velor"}}},
	})
}
