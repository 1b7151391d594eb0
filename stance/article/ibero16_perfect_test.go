package article

import "testing"

// TestPerfectPurpose: a perfect or pluperfect verb whose purpose clause
// congratulates is an act, also inside a reported clause and with a long
// object; a purpose that does not recognise is none. Sentences written for
// the test.
func TestPerfectPurpose(t *testing.T) {
	runLangCases(t, []langCase{
		{"es pluperfect in a reported clause", "es", "La portavoz Lena Dal contó que Ivo Kask había llamado esa noche al candidato del Frente y a su futuro vicepresidente para felicitarlos.",
			[]langRemark{{Reported, "Lena Dal", "Ivo Kask había llamado esa noche al candidato del Frente y a su futuro vicepresidente para felicitarlos"},
				{Action, "Ivo Kask", "Ivo Kask había llamado esa noche al candidato del Frente y a su futuro vicepresidente para felicitarlos"}}},
		{"pt pluperfect", "pt", "O ministro Ivo Kask tinha telefonado ao Presidente eleito para o felicitar.",
			[]langRemark{{Action, "Ivo Kask", "tinha telefonado ao Presidente eleito para o felicitar"}}},
		// counter-case: the purpose is no recognition
		{"es a trip", "es", "El ministro Ivo Kask había viajado a Velor para asistir a una reunión.",
			nil},
	})
}
