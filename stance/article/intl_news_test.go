package article

import "testing"

// TestExtractLangNews: constructions of real reaction reports that the
// development articles of articles_lang_dev2.jsonl showed the reader
// missing. Sentences written for the test.
func TestExtractLangNews(t *testing.T) {
	runLangCases(t, []langCase{
		// an office heading a complement that goes on past its first
		// capitalised word, with another complement or a modifier
		{"es office with a long complement", "es", "El portavoz del Ministerio de Exteriores valmoreño, Iván Roca, aseguró que Valmora respeta la decisión de los votantes.",
			[]langRemark{{Reported, "Iván Roca", "Valmora respeta la decisión de los votantes"}}},
		{"fr complement of a complement", "fr", "Le président de la Commission de l’Union ostrienne, Paul Mbeki, a félicité le président élu.",
			[]langRemark{{Action, "Paul Mbeki", "a félicité le président élu"}}},
		{"fr elided complement then modifier", "fr", "Le porte-parole du département d’État tarsien, Marc Lenoir, a indiqué que Tarsis attendait les résultats définitifs.",
			[]langRemark{{Reported, "Marc Lenoir", "Tarsis attendait les résultats définitifs"}}},
		{"fr chef de l’État", "fr", "Le chef de l’État sortant, Jules Amani, a félicité son successeur.",
			[]langRemark{{Action, "Jules Amani", "a félicité son successeur"}}},
	})
}
