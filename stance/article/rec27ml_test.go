package article

import "testing"

// TestRec27mlSoSurname: German "so" with the surname of a person named in
// full before attributes the sentence (rec27ml_attrib.go). Sentences
// written for the test.
func TestRec27mlSoSurname(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"de so Surname, reported", "de", "Hans Weber war empört. Das neue Parlament, so Weber, besitze keine Legitimität.",
			[]langRemark{{Reported, "Hans Weber", "Das neue Parlament, so Weber, besitze keine Legitimität"}}},
		{"de so Surname, quotation", "de", "Hans Weber war empört. Das neue Parlament, so Weber, habe „keine Legitimität, nur eine Mehrheit“.",
			[]langRemark{{Reported, "Hans Weber", "Das neue Parlament, so Weber, habe"}, {Direct, "Hans Weber", "keine Legitimität, nur eine Mehrheit"}}},
	})
	// near-miss: a capitalised word nobody was named by is no source
	rec22mlNone(t, "de", "Das neue Parlament, so Gott will, wird bald tagen.", Reported, "")
}

// TestRec27mlColon: the subject of a clause before a colon past an
// opening particle, or before a description that the colon closes
// (rec27ml_attrib.go). Sentences written for the test.
func TestRec27mlColon(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"pt Já o X, descrição, foi direto:", "pt", "Já o deputado Rui Lopes Vaz, líder da bancada no Senado, foi direto: “O resultado é claro e nós o aceitamos.”",
			[]langRemark{{Direct, "Rui Lopes Vaz", "O resultado é claro e nós o aceitamos."}}},
		{"es Ya el X, descripción, fue tajante:", "es", "Ya el senador Pablo Ríos Gil, aliado del gobierno, fue tajante: «El pueblo habló y hay que respetarlo».",
			[]langRemark{{Direct, "Pablo Ríos Gil", "El pueblo habló y hay que respetarlo"}}},
		{"de wurde X, Beschreibung:", "de", "Noch deutlicher wurde Tom Berger, Sprecher einer kleinen Bewegung: „Das ist ein Ergebnis wie aus alten Zeiten.“",
			[]langRemark{{Direct, "Tom Berger", "Das ist ein Ergebnis wie aus alten Zeiten."}}},
	})
	// near-misses: a place before the colon, and a particle before a noun
	// that is no person
	rec27mlNoSpeaker(t, "de", "Noch deutlicher wurde die Lage in Belgrad, wo alles stand: „Das ist ein Ergebnis wie aus alten Zeiten.“")
	rec27mlNoSpeaker(t, "pt", "Já o resultado, publicado ontem, foi claro: “Ninguém esperava isso.”")
}

// rec27mlNoSpeaker fails when a remark of text has a speaker.
func rec27mlNoSpeaker(t *testing.T, code, text string) {
	t.Helper()
	for _, r := range ExtractLang(text, code) {
		if r.Speaker != "" {
			t.Errorf("%q: unexpected speaker %q for %q", text, r.Speaker, r.Text)
		}
	}
}

// TestRec27mlNotesRuling: taking note of the ruling of the body that
// settles the vote is an act (rec27ml_noting.go). Sentences written for
// the test.
func TestRec27mlNotesRuling(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"fr a pris acte de la décision du Conseil", "fr", "Le gouvernement belge a pris acte de la décision du Conseil constitutionnel.",
			[]langRemark{{Action, "gouvernement belge", "a pris acte de la décision du Conseil constitutionnel"}}},
		{"de nahm die Entscheidung des Verfassungsgerichts zur Kenntnis", "de", "Der Außenminister Karl Brandt nahm die Entscheidung des Verfassungsgerichts zur Kenntnis.",
			[]langRemark{{Action, "Karl Brandt", "nahm die Entscheidung des Verfassungsgerichts zur Kenntnis"}}},
	})
	// near-miss: a ruling of another body is no verdict on the vote
	rec22mlNone(t, "fr", "Le gouvernement belge a pris acte de la décision du gouvernement de fermer les frontières.", Action, "")
}

// TestRec27mlOccupationAfter: a postposed attribution whose subject is an
// occupation with a name in apposition (rec27ml_occupation.go). Sentences
// written for the test.
func TestRec27mlOccupationAfter(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"fr a écrit son directeur de campagne, X", "fr", "« Nous saluons la victoire du président élu », a écrit son directeur de campagne, Paul Moka.",
			[]langRemark{{Direct, "Paul Moka", "Nous saluons la victoire du président élu"}}},
		{"fr past an adverbial", "fr", "« Nous saluons la victoire du président élu », a écrit dans la soirée son directeur de campagne, Paul Moka, sur sa page.",
			[]langRemark{{Direct, "Paul Moka", "Nous saluons la victoire du président élu"}}},
	})
	// near-miss: an occupation without a name in apposition names no one
	rec27mlNoSpeaker(t, "fr", "« Nous saluons la victoire du président élu », a écrit son directeur de campagne sur sa page.")
}

// TestRec27mlContrastParticle: a particle of contrast between subject and
// verb (rec27ml_contrast.go). Sentences written for the test.
func TestRec27mlContrastParticle(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"de X hingegen sprach von einer „…“", "de", "Die Abgeordnete Ute Lorenz hingegen sprach von einer „Wahl ohne echte Auswahl“.",
			[]langRemark{{Direct, "Ute Lorenz", "Wahl ohne echte Auswahl"}}},
		{"de X dagegen sagte, …", "de", "Der Senator Max Roth dagegen sagte, die Wahl sei gefälscht worden.",
			[]langRemark{{Reported, "Max Roth", "die Wahl sei gefälscht worden"}}},
	})
	// near-miss: the particle after an object leaves the object no subject
	rec27mlNoSpeaker(t, "de", "Die Zahlen hingegen sprachen von einer „Wahl ohne echte Auswahl“.")
}
