package article

import "testing"

// TestRec30mlColonRelative: a quotation after a colon that ends a relative
// clause on the one person named is that person's (rec30ml_colonrelative.go),
// with or without a speech verb in the clause. Sentences written for the test.
func TestRec30mlColonRelative(t *testing.T) {
	runLangCases(t, []langCase{
		{"es que se burló del resultado:", "es", "Más duro fue el senador Ivo Kask, que en su programa de radio se burló del resultado: «Felicidades a la presidenta de la minoría».",
			[]langRemark{{Direct, "Ivo Kask", "Felicidades a la presidenta de la minoría"}}},
		{"pt que troçou do resultado:", "pt", "Mais duro foi o senador Ivo Kask, que no seu programa de rádio troçou do resultado: «Parabéns à presidente da minoria».",
			[]langRemark{{Direct, "Ivo Kask", "Parabéns à presidente da minoria"}}},
		{"fr qui a ironisé :", "fr", "Plus sévère fut le député Ivo Kask, qui a ironisé sur le résultat : « Félicitations à la présidente de la minorité ».",
			[]langRemark{{Direct, "Ivo Kask", "Félicitations à la présidente de la minorité"}}},
		{"de der … spottete:", "de", "Schärfer war der Abgeordnete Ivo Kask, der im Radio über das Ergebnis spottete: „Glückwunsch an die Präsidentin der Minderheit“.",
			[]langRemark{{Direct, "Ivo Kask", "Glückwunsch an die Präsidentin der Minderheit"}}},
		// near-miss: two persons named before the colon; the relative's
		// antecedent is an object, and the subject keeps the quotation
		{"es two persons, no speech verb", "es", "El presidente Ivo Kask visitó a la senadora Lena Dal, que estaba en Velor: «Nos vemos pronto en la capital».",
			[]langRemark{{Direct, "Ivo Kask", "Nos vemos pronto en la capital"}}},
	})
}

// TestRec30mlTitledAppos: an office in apposition to an office before the
// verb, in French (with its article) and Russian (opening with the office
// word), names the subject (rec30ml_appos.go). Sentences written for the test.
func TestRec30mlTitledAppos(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr le chef …, le député X, a déclaré que", "fr", "Le chef de la mission, le député Ivo Kask, a déclaré que le scrutin était libre.",
			[]langRemark{{Reported, "Ivo Kask", "le scrutin était libre"}}},
		{"fr l'ancien ministre X", "fr", "Le chef de la délégation, l'ancien ministre Ivo Kask, a estimé que le vote était régulier.",
			[]langRemark{{Reported, "Ivo Kask", "le vote était régulier"}}},
		{"ru глава …, депутат Госдумы X, заявил", "ru", "Глава делегации, депутат Госдумы Иво Каск, заявил, что выборы прошли честно.",
			[]langRemark{{Reported, "Иво Каск", "выборы прошли честно"}}},
		// near-miss: the Russian apposition does not open with an office
		// word, so it is not read as a second office: no subject is read
		{"ru apposition without an office word", "ru", "Глава делегации, известный юрист Иво Каск, заявил, что выборы прошли честно.", nil},
	})
}

// TestRec30mlGermanOfficeSynonyms: a German head of government's title
// refers back to the person named with another of its titles
// (lexicon_rec30ml.go); a chancellor's does not. Sentences written for the
// test.
func TestRec30mlGermanOfficeSynonyms(t *testing.T) {
	runLangCases(t, []langCase{
		{"de Ministerpräsident … der Regierungschef", "de", "Ministerpräsident Ivo Kask sagte am Montag, die Wahl sei frei gewesen. Später traf Lena Dal ein. „Wir arbeiten mit dem Sieger zusammen“, sagte der Regierungschef.",
			[]langRemark{{Reported, "Ivo Kask", "die Wahl sei frei gewesen"}, {Direct, "Ivo Kask", "Wir arbeiten mit dem Sieger zusammen"}}},
		// near-miss: "Kanzler" is no synonym here, so the office stays unnamed
		{"de Kanzler … der Regierungschef", "de", "Kanzler Ivo Kask sagte am Montag, die Wahl sei frei gewesen. Später traf Lena Dal ein. „Wir arbeiten mit dem Sieger zusammen“, sagte der Regierungschef.",
			[]langRemark{{Reported, "Ivo Kask", "die Wahl sei frei gewesen"}, {Direct, "Regierungschef", "Wir arbeiten mit dem Sieger zusammen"}}},
	})
}
