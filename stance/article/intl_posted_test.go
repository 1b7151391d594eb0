package article

import "testing"

// TestExtractLangPosted: a diplomatic post takes the city where it sits
// into its name, so the verb after the city has a subject; such a post
// opens its sentence before a description between commas; a Russian
// institution speaks in the neuter (intl_posted.go). Sentences written
// for the test.
func TestExtractLangPosted(t *testing.T) {
	runLangCases(t, []langCase{
		{"es embajada de X en Y dijo", "es", "La embajada de Norlandia en Velor dijo en un mensaje que espera trabajar con el presidente electo.",
			[]langRemark{{Reported, "embajada de Norlandia en Velor", "espera trabajar con el presidente electo"}}},
		{"es embajada …, que …, dijo", "es", "La embajada de Norlandia en Velor, que semanas atrás había elogiado la campaña, dijo en un mensaje que espera trabajar con el presidente electo.",
			[]langRemark{{Reported, "embajada de Norlandia en Velor", "espera trabajar con el presidente electo"}}},
		{"pt embaixador … em Y, X, felicitou", "pt", "O embaixador da Norlândia em Velor, Ivo Kask, felicitou o vencedor.",
			[]langRemark{{Action, "Ivo Kask", "felicitou o vencedor"}}},
		{"ru посольство … в Y поздравило", "ru", "Посольство Норландии в Велоре поздравило победителя.",
			[]langRemark{{Action, "Посольство Норландии в Велоре", "поздравило победителя"}}},
		{"ru посольство заявило", "ru", "Посольство Норландии заявило, что признаёт итоги выборов.",
			[]langRemark{{Reported, "Посольство Норландии", "признаёт итоги выборов"}}},
		// counter-case: an office that is no diplomatic post does not take
		// the place where it spoke into its name
		{"es presidente de X en Y dijo", "es", "El presidente de Norlandia en Velor dijo que espera trabajar con el presidente electo.",
			[]langRemark{{Reported, "presidente de Norlandia", "espera trabajar con el presidente electo"}}},
	})
}
