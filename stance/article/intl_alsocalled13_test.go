package article

import "testing"

// TestExtractLangAlsoCalled: "También llamaron X" after a call to
// congratulate copies that act; a call with an object, or with no
// "también", does not. Sentences written for the test.
func TestExtractLangAlsoCalled(t *testing.T) {
	runLangCases(t, []langCase{
		{"es También llamaron el … X", "es", "Ivo Kask telefoneó a la ganadora para felicitarla. También llamaron el norlandés Luis Parra y varios mandatarios europeos.",
			[]langRemark{{Action, "Ivo Kask", "telefoneó a la ganadora para felicitarla"}, {Action, "Luis Parra", "telefoneó a la ganadora para felicitarla"}}},
		{"pt Também telefonou …", "pt", "O presidente Ivo Kask felicitou a vencedora. O chanceler Luis Parra também telefonou.",
			[]langRemark{{Action, "Ivo Kask", "felicitou a vencedora"}, {Action, "Luis Parra", "felicitou a vencedora"}}},
		// counter-cases: a call to calm is no copy, nor a call with no "also"
		{"es llamó a la calma", "es", "Ivo Kask telefoneó a la ganadora para felicitarla. También llamó a la calma el canciller Luis Parra.",
			[]langRemark{{Action, "Ivo Kask", "telefoneó a la ganadora para felicitarla"}}},
		{"es a call with a purpose of its own", "es", "El presidente de Velor, Tomas Berg, felicitó a Ivo Kask. También llamó el ministro de Economía, Pablo Ruiz, para hablar de la inflación.",
			[]langRemark{{Action, "Tomas Berg", "felicitó a Ivo Kask"}}},
		{"es a call to congratulate", "es", "El presidente de Velor, Tomas Berg, felicitó a Ivo Kask. También llamó el rey de Norland, Otto Brenn, para felicitarlo.",
			[]langRemark{{Action, "Tomas Berg", "felicitó a Ivo Kask"}, {Action, "Otto Brenn", "felicitó a Ivo Kask"}}},
		{"es no también", "es", "Ivo Kask telefoneó a la ganadora para felicitarla. El canciller Luis Parra llamó.",
			[]langRemark{{Action, "Ivo Kask", "telefoneó a la ganadora para felicitarla"}}},
	})
}
