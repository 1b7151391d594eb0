package article

import "testing"

// TestJudgedPredicateFirst: a verb of judging with its predicate before a
// long object is the speaker's judgement; with a clause after the
// adjective ("consideró necesario que …") it is not read so. Sentences
// written for the test.
func TestJudgedPredicateFirst(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt quoted predicate", "pt", "O deputado Ivo Kask considerou \"prematuro\" qualquer comentário antes de o tribunal validar os resultados.",
			[]langRemark{{Action, "Ivo Kask", "considerou \"prematuro\" qualquer comentário antes de o tribunal validar os resultados"}}},
		{"es bare predicate", "es", "La senadora Lena Dal consideró prematura cualquier valoración antes del recuento final.",
			[]langRemark{{Action, "Lena Dal", "consideró prematura cualquier valoración antes del recuento final"}}},
		// counter-case: a clause, not an object, after the adjective stays
		// reported speech
		{"es necesario que", "es", "La senadora Lena Dal consideró necesario que el tribunal revise las actas.",
			[]langRemark{{Reported, "Lena Dal", "el tribunal revise las actas"}}},
	})
}
