package article

import "testing"

// TestExtractLangDidSo: a verb of doing with a pronoun that stands for
// the act told before copies that act (didSo), also after an auxiliary
// with the pronoun attached (encliticAux). Sentences written for the
// test.
func TestExtractLangDidSo(t *testing.T) {
	runLangCases(t, []langCase{
		{"es lo había hecho ya", "es", "El canciller Ivo Kask felicitó al presidente electo. Lena Dal lo había hecho ya en junio.",
			[]langRemark{{Action, "Ivo Kask", "felicitó al presidente electo"}, {Action, "Lena Dal", "felicitó al presidente electo"}}},
		{"pt tinha-o feito", "pt", "O Presidente, Ivo Kask, felicitou o chefe de Estado. O primeiro-ministro, Rui Mota, tinha-o feito ainda antes do anúncio.",
			[]langRemark{{Action, "Ivo Kask", "felicitou o chefe de Estado"}, {Action, "Rui Mota", "felicitou o chefe de Estado"}}},
		{"fr l'avait fait", "fr", "Le président Ivo Kask a félicité le vainqueur. Lena Dal l'avait fait la veille.",
			[]langRemark{{Action, "Ivo Kask", "a félicité le vainqueur"}, {Action, "Lena Dal", "a félicité le vainqueur"}}},
		// counter-cases: not done, and done without an act before
		{"es no lo hizo", "es", "El canciller Ivo Kask felicitó al presidente electo. Lena Dal no lo hizo.",
			[]langRemark{{Action, "Ivo Kask", "felicitó al presidente electo"}}},
		{"es lo hizo with no act before", "es", "La jornada fue tranquila. Lena Dal lo hizo en junio.", nil},
	})
}
