package article

import "testing"

// TestExtractLangLongTitles: two offices joined by a conjunction, or an
// office with a participial description, before a name in apposition;
// two names in apposition to a plural office; a document's signatories;
// an office and a name before a colon (intl_longtitle.go,
// intl_pairapposition.go, intl_signatory.go, intl_colontitle.go).
// Sentences written for the test.
func TestExtractLangLongTitlesIbero(t *testing.T) {
	runLangCases(t, []langCase{
		{"es two offices", "es", "El canciller de Aranda y exembajador ante Naciones Unidas, Luis Pardo, felicitó a Kask por su victoria.",
			[]langRemark{{Action, "Luis Pardo", "felicitó a Kask por su victoria"}}},
		{"es participial description", "es", "El líder opositor, reelegido diputado por la capital en las mismas elecciones, Pedro Mir, calificó el resultado de fraude.",
			[]langRemark{{Action, "Pedro Mir", "calificó el resultado de fraude"}}},
		{"pt participial description", "pt", "O líder oposicionista, reeleito deputado pela capital, Pedro Mir, classificou o resultado de fraude.",
			[]langRemark{{Action, "Pedro Mir", "classificou o resultado de fraude"}}},
		{"es two names", "es", "Los presidentes de Solia y de Brina, Julián Vega y Rubén Soto, felicitaron a Kask en un comunicado conjunto.",
			[]langRemark{{Action, "Julián Vega", "felicitaron a Kask en un comunicado conjunto"}, {Action, "Rubén Soto", "felicitaron a Kask en un comunicado conjunto"}}},
		{"pt two names", "pt", "Os presidentes de Sólia e de Brina, Júlio Vega e Rubem Souto, felicitaram Kask em nota conjunta.",
			[]langRemark{{Action, "Júlio Vega", "felicitaram Kask em nota conjunta"}, {Action, "Rubem Souto", "felicitaram Kask em nota conjunta"}}},
		{"es signatories", "es", "El comunicado, firmado por los cancilleres Mario Rey, Diego Luna y Clara Ibar, pide la publicación de las actas.",
			[]langRemark{{Action, "Mario Rey", "pide la publicación de las actas"}, {Action, "Diego Luna", "pide la publicación de las actas"}, {Action, "Clara Ibar", "pide la publicación de las actas"}}},
		{"pt signatories", "pt", "A declaração conjunta, assinada pelos presidentes Mário Rei e Diogo Lua, pede a divulgação das atas.",
			[]langRemark{{Action, "Mário Rei", "pede a divulgação das atas"}, {Action, "Diogo Lua", "pede a divulgação das atas"}}},
		{"es office and name before a colon", "es", "En Velor, la ministra de Hacienda, Rosa Vidal: «Es una victoria clara del pueblo».",
			[]langRemark{{Direct, "Rosa Vidal", "Es una victoria clara del pueblo"}}},
		{"pt office and name before a colon", "pt", "A ministra da Fazenda, Rosa Vidal: «É uma vitória clara do povo».",
			[]langRemark{{Direct, "Rosa Vidal", "É uma vitória clara do povo"}}},
		{"pt acredita que", "pt", "Em declarações à Lusa, o ministro Rui Mota acredita que o resultado é legítimo.",
			[]langRemark{{Reported, "Rui Mota", "o resultado é legítimo"}}},
		// counter-cases: a single office with a prepositional complement,
		// and a signatory who is no name
		{"es one office with a complement", "es", "La vicepresidenta de la Comisión para Grandes Eventos, Rosa Vidal, felicitó a Kask.", nil},
		{"es signed by an office", "es", "El comunicado, firmado por el presidente, exige la publicación de las actas.", nil},
	})
}
