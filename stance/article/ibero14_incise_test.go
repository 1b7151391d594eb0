package article

import "testing"

// TestIbero14OpenerIncise: a speech verb alone between commas inside the
// clause of the person who opens the sentence makes the clause before it
// their reported speech; a second person opening a clause before the
// incise, or another speech verb, leaves it as before. Sentences written
// for the test.
func TestIbero14OpenerIncise(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt office, X, viu …, disse, …", "pt", "A chefe da diplomacia europeia, Lena Dal, viu no resultado uma adesão clara ao projeto europeu, mesmo depois de uma campanha marcada, disse, pela compra de votos e pela desinformação.",
			[]langRemark{{Reported, "Lena Dal", "viu no resultado uma adesão clara ao projeto europeu, mesmo depois de uma campanha marcada"}}},
		{"es la ministra X vio …, dijo, …", "es", "La ministra Ana Velor vio en la votación una prueba de madurez, dijo, pese a las tensiones.",
			[]langRemark{{Reported, "Ana Velor", "vio en la votación una prueba de madurez"}}},
		// counter-cases: a second subject; another speech verb
		{"es … y Y vio …, dijo", "es", "La ministra Ana Velor viajó a Lima y Lena Dal vio en la votación una prueba de madurez, dijo.", nil},
		// counter-case: a relative clause on the subject before the main verb (found probing)
		{"es X, que es …, dijo, según …, que", "es", "La ministra Ana Velor, que es hermana del presidente, dijo, según fuentes del partido, que hubo fraude.", nil},
		{"es dijo que …, afirmó, …", "es", "El canciller Ivo Kask dijo que la votación fue limpia, afirmó, y ordenada.",
			[]langRemark{{Reported, "Ivo Kask", "la votación fue limpia, afirmó, y ordenada"}}},
	})
}
