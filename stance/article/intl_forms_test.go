package article

import "testing"

// TestExtractLangVerbForms: imperfect and plural forms of the verbs of
// acts and speech ("saluait", "évoquait", "disent", "felicitaba",
// "saudava"), as roundups written the day after use them. Sentences
// written for the test.
func TestExtractLangVerbForms(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr saluait", "fr", "Dès lundi, Paul Kodjo saluait la « victoire nette » du candidat sortant.",
			[]langRemark{{Action, "Paul Kodjo", "saluait la « victoire nette » du candidat sortant"}}},
		{"fr évoquait", "fr", "La candidate Claire Abo évoquait de son côté une « élection exemplaire ».",
			[]langRemark{{Action, "Claire Abo", "évoquait de son côté une « élection exemplaire »"}}},
		{"fr disent: someone else's words", "fr", "À Lisbonne, le Premier ministre ostrien, Paul Kodjo, reçoit des élus qui disent « attendre les résultats définitifs du scrutin ».",
			[]langRemark{{Direct, "", "attendre les résultats définitifs du scrutin"}}},
		{"es felicitaba", "es", "Ya el domingo, el presidente Luis Parra felicitaba al ganador por redes sociales.",
			[]langRemark{{Action, "Luis Parra", "felicitaba al ganador por redes sociales"}}},
		{"pt saudava", "pt", "Na mesma noite, o presidente Rui Mota saudava a vitória do candidato.",
			[]langRemark{{Action, "Rui Mota", "saudava a vitória do candidato"}}},
		// counter-case: a document evokes, no person acts
		{"fr évoque without a person", "fr", "Le communiqué évoque une « élection exemplaire ».", nil},
	})
}

// TestExtractLangVerbFormsMore: a participle of congratulating after
// an auxiliary ("não havia cumprimentado") and German verbs of advising
// ("empfahl, dass …"). Sentences written for the test.
func TestExtractLangVerbFormsMore(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt não havia cumprimentado", "pt", "O presidente Rui Mota ainda não havia cumprimentado o vencedor.",
			[]langRemark{{Action, "Rui Mota", "ainda não havia cumprimentado o vencedor"}}},
		{"de empfahl, dass", "de", "Kanzler Jan Olk empfahl, dass alle Parteien das amtliche Ergebnis abwarten.",
			[]langRemark{{Reported, "Jan Olk", "alle Parteien das amtliche Ergebnis abwarten"}}},
		// counter-case: no subject of the act, a clause with no speaker
		{"de empfahl without a speaker", "de", "Es empfahl sich, das amtliche Ergebnis abzuwarten.", nil},
	})
}
