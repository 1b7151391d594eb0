package article

import "testing"

// TestExtractLangTitledApposition: an office in apposition to another
// office, with the name ("El jefe de la misión, el diputado X,"), is the
// subject; a bare office and a list are read as before. Sentences written
// for the test.
func TestExtractLangTitledApposition(t *testing.T) {
	runLangCases(t, []langCase{
		{"es office, el diputado X,", "es", "El jefe de la misión de la UE, el diputado Luis Parra, dijo que la jornada fue ejemplar.",
			[]langRemark{{Reported, "Luis Parra", "la jornada fue ejemplar"}}},
		{"pt office, o deputado X,", "pt", "O chefe da missão, o deputado Luis Parra, felicitou Ana Velor.",
			[]langRemark{{Action, "Luis Parra", "felicitou Ana Velor"}}},
		// counter-case: an apposed name without an article is read as before
		{"es office, X,", "es", "El jefe de la misión de la UE, Luis Parra, dijo que la jornada fue ejemplar.",
			[]langRemark{{Reported, "Luis Parra", "la jornada fue ejemplar"}}},
		// review probes: after an attribution word, the person is the
		// speaker; an office followed by a list is still the office
		{"es según office, el diputado X,", "es", "Según el jefe de la misión de la UE, el diputado Tomas Berg, la votación fue un fraude.",
			[]langRemark{{Reported, "Tomas Berg", "la votación fue un fraude"}}},
		{"pt segundo office, o deputado X,", "pt", "Segundo o chefe da missão da UE, o deputado Tomas Berg, a votação foi uma fraude.",
			[]langRemark{{Reported, "Tomas Berg", "a votação foi uma fraude"}}},
		// counter-case: a list of offices and names stays a list
		{"es list", "es", "El canciller Luis Parra y el diputado Ivo Kask felicitaron a Ana Velor.",
			[]langRemark{{Action, "Luis Parra", "felicitaron a Ana Velor"}, {Action, "Ivo Kask", "felicitaron a Ana Velor"}}},
	})
}
