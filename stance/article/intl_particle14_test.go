package article

import "testing"

// TestIntlParticleNames: names whose surname opens with particles
// ("de la", "dos", "zu") are read whole, a description may precede them,
// and the surname alone names the person met before, also at a
// sentence's start ("Del Norte, por su parte, dijo"); prepositions before
// places and offices' complements are not read as particles
// (intl_particle14.go). Sentences written for the test.
func TestIntlParticleNames(t *testing.T) {
	runLangCases(t, []langCase{
		{"es de la in a full name", "es", "Ivo de la Vera dijo que el resultado era limpio.",
			[]langRemark{{Reported, "Ivo de la Vera", "el resultado era limpio"}}},
		{"es de la Vera alone later", "es", "El candidato Ivo de la Vera habló el lunes. Más tarde, de la Vera dijo que el resultado era limpio.",
			[]langRemark{{Reported, "Ivo de la Vera", "el resultado era limpio"}}},
		{"es Del Norte opens the sentence", "es", "La diputada Lena del Norte habló el lunes. Del Norte, por su parte, dijo que el resultado era limpio.",
			[]langRemark{{Reported, "Lena del Norte", "el resultado era limpio"}}},
		{"es a description before a particle name", "es", "El boliviano Ivo del Monte felicitó al ganador.",
			[]langRemark{{Action, "Ivo del Monte", "felicitó al ganador"}}},
		{"es el de + a particle name", "es", "Un grupo de gobiernos, entre ellos el de Ivo de la Vera, se sumó con un comunicado de felicitación.",
			[]langRemark{{Action, "Ivo de la Vera", "se sumó con un comunicado de felicitación"}}},
		// counter-case: a party's abbreviation after "del" opens no name
		{"es del PLC de", "es", "Lena Dal, del PLC de Ivo Kask, tercera en el recuento, felicitó al ganador.",
			[]langRemark{{Action, "Lena Dal", "felicitó al ganador"}}},
		{"pt dos Reis alone later", "pt", "A ministra Ana dos Reis falou na segunda-feira. Depois, dos Reis disse que o resultado era limpo.",
			[]langRemark{{Reported, "Ana dos Reis", "o resultado era limpo"}}},
		{"de zu in a name", "de", "Karl zu Velden sagte, das Ergebnis sei sauber.",
			[]langRemark{{Reported, "Karl zu Velden", "das Ergebnis sei sauber"}}},
		{"de Von Velden after an object", "de", "Der Emir beglückwünschte Präsident Ivo von Velden zum Sieg. Von Velden sagte, das Ergebnis sei sauber.",
			[]langRemark{{Action, "Emir", "beglückwünschte Präsident Ivo von Velden zum Sieg"}, {Reported, "Von Velden", "das Ergebnis sei sauber"}}},
		// a determiner, a describing noun and a given name before "von" (the
		// noun stays in the name, as without particles)
		{"de Sein Kontrahent X von Y", "de", "Sein Kontrahent Ivo von Velden von der FPÖ lag bei 47 Prozent. Von Velden räumte seine Niederlage ein.",
			[]langRemark{{Action, "Kontrahent Ivo von Velden", "räumte seine Niederlage ein"}}},
		// (the office is no part of the name since gr19 made "-beauftragte" an office)
		{"de van after a long title", "de", "Die EU-Außenbeauftragte Lena van Aken sagte, das Ergebnis sei sauber.",
			[]langRemark{{Reported, "Lena van Aken", "das Ergebnis sei sauber"}}},
		{"fr Le Maire in a full name", "fr", "Le ministre Ivo Le Maire a déclaré que le résultat était propre.",
			[]langRemark{{Reported, "Ivo Le Maire", "le résultat était propre"}}},
		// a given name before "Le": the office word is the surname's even
		// before a complement (which the reader keeps in the name, as in
		// "le roi Mohammed VI du Maroc")
		{"fr Le Maire du after a given name", "fr", "Le roi Ivo Le Maire du Velor a téléphoné au vainqueur pour le féliciter.",
			[]langRemark{{Action, "Ivo Le Maire du Velor", "a téléphoné au vainqueur pour le féliciter"}}},
		{"fr Le Maire alone later", "fr", "Le ministre Ivo Le Maire a parlé lundi. Lena Dal a répondu. Le Maire a ensuite déclaré que le résultat était propre.",
			[]langRemark{{Reported, "Ivo Le Maire", "le résultat était propre"}}},
		{"fr van den in a name", "fr", "Lena van den Berg a déclaré que le résultat était propre.",
			[]langRemark{{Reported, "Lena van den Berg", "le résultat était propre"}}},
		{"de ter in a name", "de", "Der Minister Ivo ter Horst sagte, das Ergebnis sei sauber.",
			[]langRemark{{Reported, "Ivo ter Horst", "das Ergebnis sei sauber"}}},
		{"pt a Spanish de la name", "pt", "O presidente Ivo de la Vera disse que o resultado era limpo.",
			[]langRemark{{Reported, "Ivo de la Vera", "o resultado era limpo"}}},
		{"fr M. du Bellay", "fr", "Lena du Bellay a prêté serment lundi. « Nous ne pouvons pas faire semblant », déclare M. du Bellay.",
			[]langRemark{{Direct, "Lena du Bellay", "Nous ne pouvons pas faire semblant"}}},
		{"de Herr von Velden", "de", "Herr von Velden sagte, das Ergebnis sei sauber.",
			[]langRemark{{Reported, "von Velden", "das Ergebnis sei sauber"}}},
		// counter-cases: prepositions before places, bodies and offices'
		// complements, and an article before a noun
		{"es ministro de Exteriores", "es", "El ministro de Exteriores, Ivo Kask, dijo que el resultado era limpio.",
			[]langRemark{{Reported, "Ivo Kask", "el resultado era limpio"}}},
		{"es de la misma forma", "es", "Lena del Norte habló el lunes. De la misma forma, Ivo Kask dijo que el resultado era limpio.",
			[]langRemark{{Reported, "Ivo Kask", "el resultado era limpio"}}},
		{"es jefa de la Junta", "es", "La jefa de la Junta Electoral, Lena Dal, dijo que el resultado era limpio.",
			[]langRemark{{Reported, "Lena Dal", "el resultado era limpio"}}},
		// "de la" before a body's name joins no name: not "Lena Dal de la
		// Comisión" (the body stays the speaker, as before)
		{"es de la Comisión", "es", "Lena Dal de la Comisión Electoral dijo que el resultado era limpio.",
			[]langRemark{{Reported, "Comisión Electoral", "el resultado era limpio"}}},
		{"pt De Lisboa, o Presidente", "pt", "De Lisboa, o Presidente Ivo Kask disse que o resultado era limpo.",
			[]langRemark{{Reported, "Ivo Kask", "o resultado era limpo"}}},
		{"pt presidente da República", "pt", "O presidente da República, Ivo Kask, disse que o resultado era limpo.",
			[]langRemark{{Reported, "Ivo Kask", "o resultado era limpo"}}},
		{"fr président du Sénégal", "fr", "Le président du Sénégal, Ivo Kask, a déclaré que le résultat était propre.",
			[]langRemark{{Reported, "Ivo Kask", "le résultat était propre"}}},
		{"fr ministre de la Défense", "fr", "Le ministre de la Défense, Ivo Kask, a déclaré que le résultat était propre.",
			[]langRemark{{Reported, "Ivo Kask", "le résultat était propre"}}},
		{"fr de la Commission", "fr", "Ivo Kask de la Commission électorale a déclaré que le résultat était propre.",
			[]langRemark{{Reported, "Commission électorale", "le résultat était propre"}}},
		{"fr Le Président de la République", "fr", "Le Président de la République, Ivo Kask, a déclaré que le résultat était propre.",
			[]langRemark{{Reported, "Ivo Kask", "le résultat était propre"}}},
		{"de Präsident von Frankreich", "de", "Der Präsident von Frankreich, Ivo Kask, sagte, das Ergebnis sei sauber.",
			[]langRemark{{Reported, "Ivo Kask", "das Ergebnis sei sauber"}}},
		{"de Von Norland aus", "de", "Die Glückwünsche von Norland kamen spät. Von Norland aus sagte Ivo Kask, das Ergebnis sei sauber.",
			[]langRemark{{Reported, "Ivo Kask", "das Ergebnis sei sauber"}}},
		{"de Sabine Berg von der Universität", "de", "Sabine Berg von der Universität sagte, das Ergebnis sei sauber.",
			[]langRemark{{Reported, "Sabine Berg", "das Ergebnis sei sauber"}}},
		{"de Laut Angaben von", "de", "Die Glückwünsche von Norland kamen spät. Laut Angaben von Norland sagte Ivo Kask, das Ergebnis sei sauber.",
			[]langRemark{{Reported, "Ivo Kask", "das Ergebnis sei sauber"}}},
		{"de zu after a surname", "de", "Ivo Kask gewann. Das sei ein Fehler, sagte Kask zu Journalisten.",
			[]langRemark{{Reported, "Ivo Kask", "Das sei ein Fehler"}}},
		{"de der Gratulant der Wahlnacht", "de", "Der erste Gratulant der Wahlnacht war Ivo Kask.",
			[]langRemark{{Action, "Ivo Kask", "war Ivo Kask"}}},
	})
}
