package article

import "testing"

// TestIbero17Office: an office the lexicon lacks, before an adjective and
// a name; a copula ending an office with a long complement; an adverb
// before an infinitive clause; an origin between commas before a relative
// clause; a relative clause coordinated with an earlier one; and an act
// after a quotation that ends a reported clause. Sentences written for
// the test.
func TestIbero17Office(t *testing.T) {
	runLangCases(t, []langCase{
		{"es unlisted office, adjective and name", "es", "El concejal norlandés Ivo Kask, miembro de la comisión de cuentas de su ayuntamiento, afirmó que respeta el resultado.",
			[]langRemark{{Reported, "Ivo Kask", "respeta el resultado"}}},
		{"pt unlisted office, adjective and name", "pt", "O autarca velorense Rui Lobo, dirigente local do partido, disse que aceita a derrota.",
			[]langRemark{{Reported, "Rui Lobo", "aceita a derrota"}}},
		// counter-case: a noun, an adjective and a place after a preposition are no office
		{"es noun and adjective before a place", "es", "Tras el proceso electoral Norlandia Velor anunció que habrá recuento.",
			nil},
		{"es copula ends a long office", "es", "El diputado del Frente Cívico Norlandés Ivo Kask fue más lejos: «Esta mayoría se compró con dinero y no la vamos a aceptar».",
			// the name keeps the body's last words, as before; the colon now finds it
			[]langRemark{{Direct, "Cívico Norlandés Ivo Kask", "Esta mayoría se compró con dinero y no la vamos a aceptar"}}},
		{"pt adverb before the infinitive", "pt", "A deputada Lena Dal disse já estar a trabalhar com o novo governo.",
			[]langRemark{{Reported, "Lena Dal", "estar a trabalhar com o novo governo"}}},
		{"es adverb before the infinitive", "es", "La diputada Lena Dal dijo ya haber felicitado al ganador.",
			[]langRemark{{Reported, "Lena Dal", "haber felicitado al ganador"}}},
		{"pt origin before a relative clause", "pt", "Mais sereno foi o deputado Rui Lobo, de Velor, que disse que aceita o resultado.",
			[]langRemark{{Reported, "Rui Lobo", "aceita o resultado"}}},
		{"pt coordinated relative after a quotation", "pt", "Mais sereno foi o deputado Rui Lobo, que disse estar hoje pronto “para trabalhar com quem vier, seja qual for a maioria”, e que felicitou Ivo Kask logo na segunda-feira.",
			[]langRemark{{Reported, "Rui Lobo", "estar hoje pronto"}, {Direct, "Rui Lobo", "para trabalhar com quem vier, seja qual for a maioria"}, {Action, "Rui Lobo", "felicitou Ivo Kask logo na segunda-feira"}}},
		// counter-case: a verb the rules do not know is no adjective of an office
		{"pt noun and unknown verb before a name", "pt", "A polícia deteve Ivo Kask. Felicitou Rui Lobo pela vitória.",
			nil},
		{"es preposition before the article after the verb", "es", "Lena Dal, candidata del Partido Cívico (PC) en Velor, impugnó ante la Sala Electoral del Tribunal Supremo la elección de los diputados.",
			[]langRemark{{Action, "Lena Dal", "impugnó ante la Sala Electoral del Tribunal Supremo la elección de los diputados"}}},
		// counter-case: the inverted subject after the object "a" still counts
		{"es inverted subject after the object", "es", "También felicitó a Ivo Kask el presidente norlandés, Rui Lobo.",
			[]langRemark{{Action, "Rui Lobo", "felicitó a Ivo Kask el presidente norlandés, Rui Lobo"}}},
		{"es manner adverb before what was spoken of", "es", "Rui Lobo, jefe de la bancada opositora, habló abiertamente de fraude en Velor.",
			[]langRemark{{Action, "Rui Lobo", "habló abiertamente de fraude en Velor"}}},
		// counter-case: a place after the adverb and the preposition is where, not what
		{"pt manner adverb before a place", "pt", "Rui Lobo falou longamente em Lisboa.",
			nil},
		{"es office refers back, second verb", "es", "El primero en hablar fue el propio Ivo Kask. Ante la prensa, el presidente norlandés dio por cerrada la campaña y aseguró que acataba los números del tribunal.",
			[]langRemark{{Reported, "Ivo Kask", "acataba los números del tribunal"}}},
		// counter-case: no one named in the sentence before
		{"es office with no one named before", "es", "Llovió en Velor. Ante la prensa, el presidente norlandés dio por cerrada la campaña y aseguró que acataba los números del tribunal.",
			nil},
		// counter-case: without a quotation the second verb stays in the clause
		{"es second verb stays in the clause", "es", "Ivo Kask dijo que el recuento fue limpio y felicitó a Lena Dal.",
			[]langRemark{{Reported, "Ivo Kask", "el recuento fue limpio y felicitó a Lena Dal"}}},
	})
}
