package article

import "testing"

// TestExtractLangTimeAside: an aside of time between commas ("…, mais de
// vinte horas depois do anúncio, …") stands between a subject and its
// verb; an aside with a name or a verb of its own is not read so.
// Sentences written for the test.
func TestExtractLangTimeAside(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt Já X, mais de vinte horas depois …,", "pt", "Já o presidente Rui Mota, mais de vinte horas depois do anúncio, ainda não havia cumprimentado o vencedor.",
			[]langRemark{{Action, "Rui Mota", "ainda não havia cumprimentado o vencedor"}}},
		{"es más de doce horas después", "es", "El presidente Luis Parra, más de doce horas después del cierre, todavía no había felicitado a la ganadora.",
			[]langRemark{{Action, "Luis Parra", "todavía no había felicitado a la ganadora"}}},
		{"fr quarante-huit heures plus tard", "fr", "Paul Kodjo, quarante-huit heures plus tard, n'avait toujours pas félicité le vainqueur.",
			[]langRemark{{Action, "Paul Kodjo", "n'avait toujours pas félicité le vainqueur"}}},
		// counter-case: an aside with a verb of its own is a clause
		{"es aside with a verb", "es", "Luis Parra, que esperó doce horas, felicitó a la ganadora.",
			[]langRemark{{Action, "Luis Parra", "felicitó a la ganadora"}}},
	})
}
