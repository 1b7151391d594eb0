package article

import "testing"

// TestExtractLangRoundup: constructions of real reaction roundups — a
// group with the people it includes listed with their descriptions, a
// person with the place they are from in apposition, an opening
// adverbial naming a place before the subject, a definite office right
// before its verb, and offices of emirs and premiers. Sentences written
// for the test.
func TestExtractLangRoundup(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt como A, role, e B, role,", "pt", "Outros líderes, como Ana Lima, presidente da Comissão, e Rui Mota, presidente da Ostria, também parabenizaram o vencedor.",
			[]langRemark{{Action, "Ana Lima", "também parabenizaram o vencedor"}, {Action, "Rui Mota", "também parabenizaram o vencedor"}}},
		{"fr comme A, de Pays, et B,", "fr", "D’autres dirigeants, comme Paul Kodjo, de Valmor, et Claire Abo, ont félicité le vainqueur.",
			[]langRemark{{Action, "Paul Kodjo", "ont félicité le vainqueur"}, {Action, "Claire Abo", "ont félicité le vainqueur"}}},
		{"de wie A und B", "de", "Andere Regierungschefs, wie Jan Olk und Eva Lind, gratulierten dem Wahlsieger.",
			[]langRemark{{Action, "Jan Olk", "gratulierten dem Wahlsieger"}, {Action, "Eva Lind", "gratulierten dem Wahlsieger"}}},
		{"pt enquanto X, de País, celebrou", "pt", "Rui Mota, presidente da Ostria, falou dos laços, enquanto Paulo Lima, de Valmora, celebrou a vitória de Trump.",
			[]langRemark{{Action, "Paulo Lima", "celebrou a vitória de Trump"}}},
		{"es en + place before the subject", "es", "En América Central, el presidente tarsio Luis Parra felicitó al presidente electo.",
			[]langRemark{{Action, "Luis Parra", "felicitó al presidente electo"}}},
		{"es a definite office before its verb", "es", "El presidente de Tarsia, Luis Parra, habló con la prensa. El presidente felicitó al candidato republicano.",
			[]langRemark{{Action, "Luis Parra", "felicitó al candidato republicano"}}},
		{"es a definite office and a negation", "es", "El presidente de Tarsia, Luis Parra, habló con la prensa. El presidente no felicitó al candidato republicano.",
			[]langRemark{{Action, "Luis Parra", "no felicitó al candidato republicano"}}},
		{"pt premiê refers back to primeira-ministra", "pt", "A primeira-ministra da Ostria, Ana Lima, falou à imprensa. Em publicação nas redes sociais, a premiê parabenizou o vencedor.",
			[]langRemark{{Action, "Ana Lima", "parabenizou o vencedor"}}},
		{"pt emir", "pt", "O emir de Valmora, Tamim Rahal, expressou otimismo em relação às relações entre os dois países.",
			[]langRemark{{Action, "Tamim Rahal", "expressou otimismo em relação às relações entre os dois países"}}},
		// counter-cases: "como" before an office is no list; a place after a
		// preposition is no subject
		{"pt como presidente is no list", "pt", "Rui Mota, como presidente da Ostria, parabenizou o vencedor.",
			[]langRemark{{Action, "Rui Mota", "parabenizou o vencedor"}}},
		{"es a place is no speaker", "es", "En Ciudad de Tarsia, la noticia fue recibida con alegría.", nil},
	})
}

// TestExtractLangRoundupMore: a group's act shared by the people listed
// after an including word at its end, a definite office naming another
// place than the last person's office, and "posteó". Sentences written
// for the test.
func TestExtractLangRoundupMore(t *testing.T) {
	runLangCases(t, []langCase{
		{"es group act, entre ellos, A y B", "es", "Presidentes y primeros ministros la felicitaron por su triunfo, entre ellos, Luis Parra e Inés Roca.",
			[]langRemark{{Action, "Luis Parra", "felicitaron por su triunfo, entre ellos, Luis Parra e Inés Roca"},
				{Action, "Inés Roca", "felicitaron por su triunfo, entre ellos, Luis Parra e Inés Roca"}}},
		{"es an office of another place", "es", "El presidente de Tarsia, Luis Parra, llamó a la ganadora. La presidenta de Ostria expresó su disposición para trabajar con el nuevo gobierno.",
			[]langRemark{{Action, "Luis Parra", "llamó a la ganadora"}, {Action, "presidenta de Ostria", "expresó su disposición para trabajar con el nuevo gobierno"}}},
		{"es the same office refers back", "es", "El presidente de Tarsia, Luis Parra, llamó a la ganadora. El presidente de Tarsia expresó su disposición para trabajar con el nuevo gobierno.",
			[]langRemark{{Action, "Luis Parra", "llamó a la ganadora"}, {Action, "Luis Parra", "expresó su disposición para trabajar con el nuevo gobierno"}}},
		{"es posteó", "es", "«Recibimos con satisfacción los resultados», posteó la canciller Inés Roca en su cuenta.",
			[]langRemark{{Direct, "Inés Roca", "Recibimos con satisfacción los resultados"}}},
		// counter-case: a group with no one included
		{"es group act alone", "es", "Presidentes y primeros ministros la felicitaron por su triunfo.", nil},
	})
}
