package article

import "testing"

// TestMl31PraiseQuote: a verb of praise inverted with its subject after a
// quotation attributes it, when the subject runs to the end of the clause
// (lexicon_ml31.go, rec25mlAfterQuote); the act the verb makes with its
// subject, read before, stays. Sentences written for the test.
func TestMl31PraiseQuote(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"fr a salué X", "fr", "Titre\n\n« C'est une victoire de la démocratie », a salué le Premier ministre tarsien Ken Sato.",
			[]langRemark{{Direct, "Ken Sato", "C'est une victoire de la démocratie"}}},
		{"es celebró X", "es", "Título\n\n«Es un triunfo del pueblo», celebró la canciller Ana Ruiz.",
			[]langRemark{{Direct, "Ana Ruiz", "Es un triunfo del pueblo"}, {Action, "Ana Ruiz", "celebró la canciller Ana Ruiz"}}},
		{"pt saudou X", "pt", "Título\n\n«É uma vitória da democracia», saudou o presidente Paulo Mendes.",
			[]langRemark{{Direct, "Paulo Mendes", "É uma vitória da democracia"}}},
		{"de lobte X", "de", "Titel\n\n„Das ist ein Sieg der Demokratie“, lobte Außenministerin Anna Berg.",
			[]langRemark{{Direct, "Anna Berg", "Das ist ein Sieg der Demokratie"}, {Action, "Anna Berg", "lobte Außenministerin Anna Berg"}}},
		// near-miss: the name after the verb is its object, with more after it
		{"es saludó a X por", "es", "Título\n\n«Es un gran día para todos nosotros», saludó a Pablo Mena por su triunfo.",
			[]langRemark{{Direct, "", "Es un gran día para todos nosotros"}}},
	})
}
