package article

import "testing"

// TestIbero14AcronymThenName: an office whose complement is an acronym
// followed by a person named in full ends with the name, so the verb
// after it (and the colon's quotation) has a subject; an acronym with no
// name, or with a single capitalised word after it, stays an office.
// Sentences written for the test.
func TestIbero14AcronymThenName(t *testing.T) {
	runLangCases(t, []langCase{
		{"es office del ACRONYM name fue más lejos:", "es", "El diputado saliente del PCN Ivo Kask fue más lejos: «Velor llega al poder por la puerta de atrás y con trampas».",
			[]langRemark{{Direct, "Ivo Kask", "Velor llega al poder por la puerta de atrás y con trampas"}}},
		{"pt office do ACRONYM name foi mais longe:", "pt", "O deputado do PSN Rui Lobo foi mais longe: «Velor chega ao poder pela porta dos fundos e com batota».",
			[]langRemark{{Direct, "Rui Lobo", "Velor chega ao poder pela porta dos fundos e com batota"}}},
		{"es act after office del ACRONYM name", "es", "La senadora del PCN Lena Dal tachó la elección de farsa.",
			[]langRemark{{Action, "Lena Dal", "tachó la elección de farsa"}}},
		// counter-cases: no person named after the acronym
		// counter-case: a club prefix then its place (found probing)
		{"pt office do SL place name", "pt", "O presidente do SL Velor Rui Lobo foi mais longe: «Vamos ganhar o campeonato».",
			[]langRemark{{Direct, "Velor Rui Lobo", "Vamos ganhar o campeonato"}}}, // the copula ends the office and the colon finds the person (ibero17_office.go); the name keeps the club's place
		{"es office del ACRONYM alone", "es", "El diputado del PCN fue más lejos: «Velor llega al poder por la puerta de atrás y con trampas».",
			[]langRemark{{Direct, "", "Velor llega al poder por la puerta de atrás y con trampas"}}},
		{"es office del ACRONYM one word", "es", "El líder del PCN Norte fue más lejos: «Velor llega al poder por la puerta de atrás y con trampas».",
			[]langRemark{{Direct, "", "Velor llega al poder por la puerta de atrás y con trampas"}}},
	})
}
