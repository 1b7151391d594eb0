package article

import "testing"

// TestFgr14French: a floating "tous" between the auxiliary and the
// participle of a listed subject; the subject after an opening present
// participle's clause, to which a later pronoun goes
// (fgr14_participleopen.go); reported speech with an inverted incise and
// no quotation marks (fgr14_incise.go). Sentences written for the test.
func TestFgr14French(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr A, B et le président C ont tous téléphoné", "fr", "Le roi Ivo Kask, le Norlandais Olaf Berg et le président velorien Lars Dal ont tous téléphoné au président sortant pour le féliciter.",
			[]langRemark{{Action, "Ivo Kask", "ont tous téléphoné au président sortant pour le féliciter"},
				{Action, "Olaf Berg", "ont tous téléphoné au président sortant pour le féliciter"},
				{Action, "Lars Dal", "ont tous téléphoné au président sortant pour le féliciter"}}},
		{"fr Lisant …, X a …. Selon lui", "fr", "Lisant une déclaration cosignée par Olaf Berg et Lars Dal, l'ancien ministre Ivo Kask, deuxième du scrutin, a rejeté les chiffres. Selon lui, le vote a été truqué dans le Nord.",
			[]langRemark{{Reported, "Ivo Kask", "le vote a été truqué dans le Nord"}}},
		// counter-case: "Pendant" opens no participle's clause, so the
		// sentence's first person stays the pronoun's antecedent
		{"fr Pendant …, X a …", "fr", "Pendant la campagne de Lars Dal, l'ancien ministre Ivo Kask, deuxième du scrutin, est resté discret. Selon lui, le vote a été truqué.",
			[]langRemark{{Reported, "Lars Dal", "le vote a été truqué"}}},
		{"fr X … : …, avait-il martelé, …", "fr", "Ivo Kask, le député arrivé troisième, avait donné le ton dès le soir du vote : en l'état du dépouillement, avait-il martelé, personne ne pouvait se proclamer élu.",
			[]langRemark{{Reported, "Ivo Kask", "en l'état du dépouillement, avait-il martelé, personne ne pouvait se proclamer élu"}}},
		{"fr …, a-t-elle dit, … after a named sentence", "fr", "La députée Lena Dal est sortie de la réunion. Le scrutin, a-t-elle dit, a été truqué de bout en bout.",
			[]langRemark{{Reported, "Lena Dal", "Le scrutin, a-t-elle dit, a été truqué de bout en bout"}}},
		// counter-case: "Selon X" attributes the sentence
		{"fr Selon X, …, a-t-elle précisé, …", "fr", "Selon la présidente Lena Dal, les résultats, a-t-elle précisé, seront publiés lundi.",
			[]langRemark{{Reported, "Lena Dal", "les résultats, a-t-elle précisé, seront publiés lundi"}}},
		// counter-case: an incise after a speech verb is the verb's clause
		{"fr X a déclaré que …, a-t-il ajouté", "fr", "Ivo Kask a déclaré que le scrutin, a-t-il ajouté, était truqué.",
			[]langRemark{{Reported, "Ivo Kask", "le scrutin, a-t-il ajouté, était truqué"}}},
	})
}
