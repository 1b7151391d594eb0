package article

import "testing"

// TestExtractLangSemicolonAccording: "Pour X, …" and "Selon X, …" after a
// semicolon attribute the clause after their comma, and "pour" takes an
// office the person just named holds. Sentences written for the test.
func TestExtractLangSemicolonAccording(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr pour le ministre after a semicolon", "fr", "Le ministre de l'Intérieur, Ivo Kask, a sommé l'opposant de produire ses preuves ; pour le ministre, la Cour a tranché, et le vainqueur est connu.",
			[]langRemark{{Reported, "Ivo Kask", "la Cour a tranché, et le vainqueur est connu"}}},
		{"fr selon after a semicolon", "fr", "La Cour a proclamé les résultats ; selon la députée Lena Dal, le scrutin a été truqué.",
			[]langRemark{{Reported, "Lena Dal", "le scrutin a été truqué"}}},
		{"fr pour le ministre opening", "fr", "Le ministre de l'Intérieur, Ivo Kask, a parlé. Pour le ministre, la Cour a tranché et le vainqueur est connu.",
			[]langRemark{{Reported, "Ivo Kask", "la Cour a tranché et le vainqueur est connu"}}},
		// an act before the semicolon is kept (found by review: the
		// attribution after it swallowed the act)
		{"fr act before the semicolon", "fr", "Ivo Kask a félicité le vainqueur ; pour Lena Dal, la victoire est nette.",
			[]langRemark{{Action, "Ivo Kask", "a félicité le vainqueur"}, {Reported, "Lena Dal", "la victoire est nette"}}},
		// counter-cases: an office nobody named holds, a place
		{"fr pour le gouvernement", "fr", "La Cour a proclamé les résultats ; pour le gouvernement, la page est tournée.", nil},
		{"fr pour Velor", "fr", "La Cour a proclamé les résultats ; pour Velor, la page est tournée.", nil},
	})
}
