package article

import "testing"

// TestExtractLangBareInfinitive: an infinitive right after a verb of
// saying opens the reported clause, as a negated one did ("dijo esperar
// …", "disse não ter dúvidas …"); a word of time or a preposition that
// ends like an infinitive does not. Sentences written for the test.
func TestExtractLangBareInfinitive(t *testing.T) {
	runLangCases(t, []langCase{
		{"es dijo esperar", "es", "El canciller Ivo Kask dijo esperar trabajar con la presidenta electa.",
			[]langRemark{{Reported, "Ivo Kask", "esperar trabajar con la presidenta electa"}}},
		{"pt afirmou estar", "pt", "O chanceler Ivo Kask afirmou estar convencido da vitória de Lena Dal.",
			[]langRemark{{Reported, "Ivo Kask", "estar convencido da vitória de Lena Dal"}}},
		{"pt disse não ter", "pt", "O chanceler Ivo Kask disse não ter dúvidas sobre quem ganhou.",
			[]langRemark{{Reported, "Ivo Kask", "não ter dúvidas sobre quem ganhou"}}},
		// counter-cases: "ayer" and "por" end like infinitives; the
		// clause is the one after "que"
		{"es dijo ayer que", "es", "El canciller Ivo Kask dijo ayer que espera trabajar con la presidenta electa.",
			[]langRemark{{Reported, "Ivo Kask", "espera trabajar con la presidenta electa"}}},
		{"pt disse por telefone que", "pt", "O chanceler Ivo Kask disse por telefone que a eleição foi limpa.",
			[]langRemark{{Reported, "Ivo Kask", "a eleição foi limpa"}}},
	})
}
