package article

import "testing"

// TestExtractLangPtParticiple: a Portuguese stance participle after
// "tinha" is an act ("tinha classificado o escrutínio como …"), not after "foi" (intl_participle.go).
// Sentences written for the test.
func TestExtractLangPtParticiple(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt tinha classificado", "pt", "O líder da oposição, Rui Mota, tinha classificado o escrutínio como uma farsa.",
			[]langRemark{{Action, "Rui Mota", "tinha classificado o escrutínio como uma farsa"}}},
		{"pt tinha rejeitado", "pt", "O líder da oposição, Rui Mota, tinha rejeitado os resultados.",
			[]langRemark{{Action, "Rui Mota", "tinha rejeitado os resultados"}}},
		// counter-case: a passive has no actor before it
		{"pt foi rejeitado", "pt", "O recurso do líder da oposição foi rejeitado pelo tribunal.", nil},
	})
}
