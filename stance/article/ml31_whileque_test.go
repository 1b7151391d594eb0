package article

import "testing"

// TestMl31WhileQue: "que" ending a contrastive conjunction after a
// speech verb opens no clause of that verb; the person named after it,
// in apposition too, gets the act of the verb that follows
// (ml31_whileque.go). Sentences written for the test.
func TestMl31WhileQue(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"fr a déclaré X, tandis que l'office, Y, saluait", "fr", "Titre\n\n« Nous sommes heureux », a déclaré Jean Olivier, tandis que le président du Conseil, Marc Roux, saluait la décision des électeurs.",
			[]langRemark{{Direct, "Jean Olivier", "Nous sommes heureux"}, {Action, "Marc Roux", "saluait la décision des électeurs"}}},
		{"es dijo X, mientras que el office, Y, saludó", "es", "Título\n\n«Estamos felices», dijo Juan Olmedo, mientras que el presidente del Consejo, Marcos Ruiz, saludó la decisión de los votantes.",
			[]langRemark{{Direct, "Juan Olmedo", "Estamos felices"}, {Action, "Marcos Ruiz", "saludó la decisión de los votantes"}}},
		// near-miss: a plain complementizer after the verb still opens its clause
		{"fr a déclaré que", "fr", "Titre\n\nJean Olivier a déclaré que le vote était libre et transparent.",
			[]langRemark{{Reported, "Jean Olivier", "le vote était libre et transparent"}}},
	})
}
