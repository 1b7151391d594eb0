package article

import "testing"

// TestExtractLangInvite: "inviter … à" is an exhortation as "exhorter" and
// "appeler" are, an act of its subject, past a relative clause after the
// subject ("X, qui préside …, a invité l'opposition à accepter …"); the
// invitation to a place and the passive "a été invité" are none. Sentences
// written for the test.
func TestExtractLangInvite(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr X, qui préside …, a invité l'opposition à accepter", "fr", "Le président velorien Ivo Kask, qui préside l'Union, a invité l'opposition à accepter le verdict des urnes.",
			[]langRemark{{Action, "Ivo Kask", "a invité l'opposition à accepter le verdict des urnes"}}},
		{"fr a pointé … et invité les autorités à répondre", "fr", "La porte-parole Lena Dal a pointé de sérieux manquements et invité les autorités à répondre aux griefs.",
			[]langRemark{{Action, "Lena Dal", "a pointé de sérieux manquements et invité les autorités à répondre aux griefs"}}},
		// counter-cases: an invitation to a place, and the passive, are no
		// stance
		{"fr X a invité le président élu à Valmor", "fr", "Le ministre Rui Mota a invité le président élu à Valmor.", nil},
		{"fr X a été invité à la cérémonie", "fr", "Le ministre Rui Mota a été invité à la cérémonie d'investiture.", nil},
	})
}
