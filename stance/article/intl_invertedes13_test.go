package article

import "testing"

// TestExtractLangInvertedEs: a Spanish stance verb that opens its clause
// has its subject after it, past an object marked with "a" or a bare one
// (in Portuguese, past a named object only); a subject
// before the verb, and a thing after it, are not read as one. Sentences
// written for the test.
func TestExtractLangInvertedEs(t *testing.T) {
	runLangCases(t, []langCase{
		{"es También … a X el colombiano Y y …", "es", "También felicitaron a Ana Velor el norlandés Ivo Kask y varios mandatarios europeos.",
			[]langRemark{{Action, "Ivo Kask", "felicitaron a Ana Velor el norlandés Ivo Kask y varios mandatarios europeos"}}},
		{"es office and apposed name after the object", "es", "También felicitó al ganador el presidente norlandés, Ivo Kask.",
			[]langRemark{{Action, "Ivo Kask", "felicitó al ganador el presidente norlandés, Ivo Kask"}}},
		{"es after a fronted place", "es", "Desde Velor, felicitó a la candidata el canciller Luis Parra.",
			[]langRemark{{Action, "Luis Parra", "felicitó a la candidata el canciller Luis Parra"}}},
		{"es Asimismo", "es", "Asimismo felicitó a la candidata el canciller Luis Parra.",
			[]langRemark{{Action, "Luis Parra", "felicitó a la candidata el canciller Luis Parra"}}},
		{"es bare object", "es", "También enviaron felicitaciones el presidente francés, Luis Parra, y el rey Ivo Dal.",
			[]langRemark{{Action, "Luis Parra", "enviaron felicitaciones el presidente francés, Luis Parra, y el rey Ivo Dal"},
				{Action, "Ivo Dal", "enviaron felicitaciones el presidente francés, Luis Parra, y el rey Ivo Dal"}}},
		{"pt object named", "pt", "Também felicitaram Ana Velor o Presidente francês, Luis Parra, e o Rei Ivo Dal.",
			[]langRemark{{Action, "Luis Parra", "felicitaram Ana Velor o Presidente francês, Luis Parra, e o Rei Ivo Dal"},
				{Action, "Ivo Dal", "felicitaram Ana Velor o Presidente francês, Luis Parra, e o Rei Ivo Dal"}}},
		// counter-case: a Portuguese office right after the verb is its object
		{"pt object after the verb", "pt", "Também felicitou o Presidente francês, Luis Parra, pela vitória.", nil},
		// counter-cases: the subject before the verb keeps the act, and a
		// thing or a time after the verb is no subject
		{"es subject before", "es", "Ivo Kask felicitó a la candidata el lunes.",
			[]langRemark{{Action, "Ivo Kask", "felicitó a la candidata el lunes"}}},
		{"es object after the verb", "es", "También saludó el triunfo de Luis Parra.", nil},
	})
}
