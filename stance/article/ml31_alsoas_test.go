package article

import "testing"

// TestMl31AlsoAs: "as well as" joins the last subject of a list as "and"
// does, so every item gets the act (ml31_alsoas.go). Sentences written
// for the test.
func TestMl31AlsoAs(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"fr ainsi que", "fr", "Titre\n\nPlusieurs chefs d'Etat, notamment le Kényan Paul Mwangi, le Sénégalais Kofi Mensah, ainsi que la CEDEAO ont félicité le vainqueur.",
			[]langRemark{{Action, "Paul Mwangi", "ont félicité le vainqueur"}, {Action, "Kofi Mensah", "ont félicité le vainqueur"}, {Action, "CEDEAO", "ont félicité le vainqueur"}}},
		{"es así como", "es", "Título\n\nEl presidente Pablo Mena así como la canciller Ana Ruiz felicitaron al ganador.",
			[]langRemark{{Action, "Pablo Mena", "felicitaron al ganador"}, {Action, "Ana Ruiz", "felicitaron al ganador"}}},
		{"pt bem como", "pt", "Título\n\nO presidente Paulo Mendes bem como a ministra Ana Ruiz felicitaram o vencedor.",
			[]langRemark{{Action, "Paulo Mendes", "felicitaram o vencedor"}, {Action, "Ana Ruiz", "felicitaram o vencedor"}}},
		{"fr ainsi que l'UA (elided article)", "fr", "Titre\n\nLe Sénégalais Paul Ndiaye ainsi que l'UA ont félicité le président réélu.",
			[]langRemark{{Action, "Paul Ndiaye", "ont félicité le président réélu"}, {Action, "UA", "ont félicité le président réélu"}}},
		// near-miss: the items before the phrase are no people
		{"fr things ainsi que", "fr", "Titre\n\nLes électeurs, les partis ainsi que la CEDEAO ont félicité le vainqueur.",
			[]langRemark{{Action, "CEDEAO", "ont félicité le vainqueur"}}},
	})
}
