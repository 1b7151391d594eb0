package article

import "testing"

// TestExtractLangSentenceSubjectApposed: the quotation after the verb of the
// person who opens the sentence is theirs, after an opening adverbial and
// with their name in apposition to an office too; not when another
// speech verb comes between. Sentences written for the test.
func TestExtractLangSentenceSubjectApposed(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr adverbial, office, name, verb", "fr", "À Lisbonne, le Premier ministre ostrien, Paul Kodjo, parle d'un « grand jour pour la démocratie ».",
			[]langRemark{{Direct, "Paul Kodjo", "grand jour pour la démocratie"}}},
		{"es office, name, verb", "es", "El canciller tarsio, Luis Parra, habla de un «día histórico para la región».",
			[]langRemark{{Direct, "Luis Parra", "día histórico para la región"}}},
		// counter-case: someone else's words after a speech verb
		{"fr another speaker's words", "fr", "À Lisbonne, le Premier ministre ostrien, Paul Kodjo, reçoit des élus qui ont déclaré « attendre les résultats définitifs du scrutin ».",
			[]langRemark{{Direct, "", "attendre les résultats définitifs du scrutin"}}},
	})
}
