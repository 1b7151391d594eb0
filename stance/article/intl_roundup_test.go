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
