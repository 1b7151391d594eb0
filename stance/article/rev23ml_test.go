package article

import "testing"

// TestRev23mlNotRetraction: a verb of withdrawing takes a greeting back
// only when the greeting is its own object, the verb is the speaker's own
// (not in a relative clause, not an infinitive pressed on or judged by
// the speaker) and not a condition. Phrases written for the review of
// agg22 and en15.
func TestRev23mlNotRetraction(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"withdrew his congratulations", true},
		{"had joined the European leaders pulling back their premature greetings", true},
		{"decided to withdraw her congratulations", true},
		{"said she would withdraw her congratulations", true},
		{"withdrew her congratulations pending the recount", true},
		{"later rescinded the congratulatory note", true},
		// near-misses: another object, another subject, a pressure, a condition
		{"withdrew his challenge and sent congratulations to Holt", false},
		{"called back to repeat her congratulations", false},
		{"rejected calls from the opposition to withdraw his congratulations", false},
		{"it would be wrong to withdraw his congratulations", false},
		{"refused to withdraw her congratulations", false},
		{"criticised the governments that had withdrawn their congratulations", false},
		{"would not follow the leaders who withdrew their congratulations", false},
		{"would withdraw her congratulations only if the court found fraud", false},
	} {
		if got := retractedGreeting(actionWords(c.text)); got != c.want {
			t.Errorf("retractedGreeting(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestRev23mlDocumentOpens: the signers of a document take the subject's
// act only when the document is the sentence's opening adverbial ("Dans
// une déclaration", "En un breve comunicado"); a document answered,
// defied or asked about adds nobody. Sentences written for the review of
// rec23ml.
func TestRev23mlDocumentOpens(t *testing.T) {
	runLangCases(t, []langCase{
		{"es adjective before the document", "es", "En un breve comunicado firmado por Pablo Ortega, el senador Andrés Vidal felicitó a Roca.", []langRemark{{Action, "Pablo Ortega", "felicitó a Roca"}, {Action, "Andrés Vidal", "felicitó a Roca"}}},
		{"fr in a document", "fr", "Dans un communiqué signé par Paul Eto, le sénateur Luc Owona a salué la victoire.", []langRemark{{Action, "Paul Eto", "a salué la victoire"}, {Action, "Luc Owona", "a salué la victoire"}}},
		{"fr in answer to a document", "fr", "En réponse à une déclaration signée par Paul Eto, le ministre Jean Ngono a rejeté les accusations.", []langRemark{{Action, "Jean Ngono", "a rejeté les accusations"}}},
		{"fr asked about a document", "fr", "Interrogé sur la déclaration signée par Paul Eto, le ministre Jean Ngono a rejeté les accusations.", []langRemark{{Action, "Jean Ngono", "a rejeté les accusations"}}},
		{"es after receiving a note", "es", "Tras recibir una nota firmada por Tomás Gil, el ministro Andrés Vidal rechazó las acusaciones.", []langRemark{{Action, "Andrés Vidal", "rechazó las acusaciones"}}},
		{"pt despite a note", "pt", "Apesar da nota assinada por Paulo Lemos, o deputado João Reis felicitou Roca.", []langRemark{{Action, "João Reis", "felicitou Roca"}}},
	})
}
