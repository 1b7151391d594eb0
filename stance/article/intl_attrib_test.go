package article

import "testing"

// TestExtractLangOfficeAliases: an office named by a periphrasis ("le chef
// de l'État", "глава государства", "der Staatschef") refers back to the
// person named with the office it stands for. Sentences written for the
// test.
func TestExtractLangOfficeAliases(t *testing.T) {
	runLangCases(t, []langCase{
		{"es jefe de Estado", "es", "El presidente tarsio, Luis Parra, habló el lunes en la capital. El jefe de Estado dijo que respetará el resultado de las urnas.",
			[]langRemark{{Reported, "Luis Parra", "respetará el resultado de las urnas"}}},
		{"fr chef de la diplomatie", "fr", "Le ministre des Affaires étrangères, Jean Dumas, était à Rome. Le chef de la diplomatie a estimé que le scrutin était crédible.",
			[]langRemark{{Reported, "Jean Dumas", "le scrutin était crédible"}}},
		{"ru глава государства", "ru", "Президент Ростании Игорь Волин выступил в понедельник. Глава государства заявил, что итоги выборов были сфальсифицированы.",
			[]langRemark{{Reported, "Игорь Волин", "итоги выборов были сфальсифицированы"}}},
		{"pt chefe de Estado", "pt", "O presidente ostriano, Rui Mota, falou na segunda-feira. O chefe de Estado afirmou que respeita o resultado das urnas.",
			[]langRemark{{Reported, "Rui Mota", "respeita o resultado das urnas"}}},
		{"pt mandatário", "pt", "O presidente ostriano, Rui Mota, falou na segunda-feira. O mandatário afirmou que respeita o resultado das urnas.",
			[]langRemark{{Reported, "Rui Mota", "respeita o resultado das urnas"}}},
		{"de Staatschef", "de", "Der ostrische Präsident Jan Olk sprach am Montag. Der Staatschef sagte, das Ergebnis sei eindeutig und fair.",
			[]langRemark{{Reported, "Jan Olk", "das Ergebnis sei eindeutig und fair"}}},
		{"de Kremlchef", "de", "Präsident Jan Olk sprach am Montag. Der Kremlchef sagte, das Ergebnis sei eindeutig und fair.",
			[]langRemark{{Reported, "Jan Olk", "das Ergebnis sei eindeutig und fair"}}},
	})
}
