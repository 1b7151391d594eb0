package article

import "testing"

// TestExtractLangAppositionList: a plural office heading names in
// apposition, each with its complement after a conjunction, makes every
// name a subject of the verb (intl_apposition.go). Sentences written for
// the test.
func TestExtractLangAppositionList(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt two presidents", "pt", "Os presidentes da Ostria, Rui Mota, e da Tarsia, Ana Lima, também parabenizaram o vencedor.",
			[]langRemark{{Action, "Rui Mota", "também parabenizaram o vencedor"}, {Action, "Ana Lima", "também parabenizaram o vencedor"}}},
		{"pt a third office of its own", "pt", "Os presidentes da Ostria, Rui Mota, e da Tarsia, Ana Lima, e o rei de Valmora, Filipe Sexto, parabenizaram o vencedor.",
			[]langRemark{{Action, "Rui Mota", "parabenizaram o vencedor"}, {Action, "Ana Lima", "parabenizaram o vencedor"}, {Action, "Filipe Sexto", "parabenizaram o vencedor"}}},
		{"es two foreign ministers", "es", "Los cancilleres de Tarsia, Luis Parra, y de Ostria, Inés Roca, pidieron la publicación de las actas.",
			[]langRemark{{Action, "Luis Parra", "pidieron la publicación de las actas"}, {Action, "Inés Roca", "pidieron la publicación de las actas"}}},
		{"fr two presidents", "fr", "Les présidents de l’Ostrie, Jean Dumas, et du Valmor, Paul Kodjo, ont également félicité le vainqueur.",
			[]langRemark{{Action, "Jean Dumas", "ont également félicité le vainqueur"}, {Action, "Paul Kodjo", "ont également félicité le vainqueur"}}},
		{"de two heads of government", "de", "Die Regierungschefs Ostriens, Jan Olk, und Tarsiens, Eva Lind, gratulierten dem Wahlsieger.",
			[]langRemark{{Action, "Jan Olk", "gratulierten dem Wahlsieger"}, {Action, "Eva Lind", "gratulierten dem Wahlsieger"}}},
		// counter-cases: places without an office before them, and a
		// single office with its name
		{"pt places are no office", "pt", "Na Ostria, Rui Mota, e na Tarsia, Ana Lima, o resultado foi celebrado.", nil},
		{"es one office, one name", "es", "El canciller de Tarsia, Luis Parra, felicitó al ganador.",
			[]langRemark{{Action, "Luis Parra", "felicitó al ganador"}}},
	})
}

// TestExtractLangQuotedComplement: an office whose complement is a
// party's quoted name belongs to the name after it, so the subjects
// coordinated before it are read too (quotedComplement). Sentences
// written for the test.
func TestExtractLangQuotedComplement(t *testing.T) {
	runLangCases(t, []langCase{
		{"ru кандидат от «…»", "ru", "Соперники Волина — коммунист Олег Жарков и кандидат от «Новой силы» Игорь Белов — поздравили его ещё вечером.",
			[]langRemark{{Action, "Олег Жарков", "поздравили его ещё вечером"}, {Action, "Игорь Белов", "поздравили его ещё вечером"}}},
		{"es el candidato de «…»", "es", "Juan Pérez y el candidato de «Nueva Fuerza» Luis Mora felicitaron al ganador.",
			[]langRemark{{Action, "Juan Pérez", "felicitaron al ganador"}, {Action, "Luis Mora", "felicitaron al ganador"}}},
		{"fr le candidat de « … »", "fr", "Jean Dumas et le candidat de « Nouvelle Force » Paul Kodjo ont félicité le vainqueur.",
			[]langRemark{{Action, "Jean Dumas", "ont félicité le vainqueur"}, {Action, "Paul Kodjo", "ont félicité le vainqueur"}}},
		// counter-case: no office before the quoted name
		{"es no office before the party", "es", "Juan Pérez y el fundador de «Nueva Fuerza» Luis Mora felicitaron al ganador.",
			[]langRemark{{Action, "Luis Mora", "felicitaron al ganador"}}},
	})
}
