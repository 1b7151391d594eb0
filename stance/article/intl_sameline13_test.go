package article

import "testing"

// TestExtractLangSameLine: who "went along the same line" says what the
// last speaker said; not when a quotation follows a colon, not when
// negated, and not with no remark before. Sentences written for the test.
func TestExtractLangSameLine(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt foi na mesma linha", "pt", "O senador Ivo Kask afirmou que a eleição foi uma fraude. Lena Dal, líder do Partido Norland, foi na mesma linha.",
			[]langRemark{{Reported, "Ivo Kask", "a eleição foi uma fraude"}, {Reported, "Lena Dal", "a eleição foi uma fraude"}}},
		{"es se pronunció en el mismo sentido", "es", "El senador Ivo Kask rechazó los resultados. La diputada Lena Dal se pronunció en el mismo sentido.",
			[]langRemark{{Action, "Ivo Kask", "rechazó los resultados"}, {Action, "Lena Dal", "rechazó los resultados"}}},
		// counter-cases: a colon hands the quotation to the speaker, and
		// with no remark before there is nothing to copy
		{"pt colon", "pt", "O senador Ivo Kask rejeitou o resultado. Lena Dal foi na mesma linha: \"Isto é uma fraude\".",
			[]langRemark{{Action, "Ivo Kask", "rejeitou o resultado"}, {Direct, "Lena Dal", "Isto é uma fraude"}}},
		{"es nothing before", "es", "La diputada Lena Dal fue en la misma línea.", nil},
		// counter-cases: a negated line copies nothing (review probes)
		{"pt não foi na mesma linha", "pt", "O presidente de Velor, Tomas Berg, felicitou Ivo Kask. O primeiro-ministro Rui Mota não foi na mesma linha.",
			[]langRemark{{Action, "Tomas Berg", "felicitou Ivo Kask"}}},
		{"es no se pronunció en el mismo sentido", "es", "El presidente de Velor, Tomas Berg, felicitó a Ivo Kask. El primer ministro Pablo Ruiz no se pronunció en el mismo sentido.",
			[]langRemark{{Action, "Tomas Berg", "felicitó a Ivo Kask"}}},
	})
}
