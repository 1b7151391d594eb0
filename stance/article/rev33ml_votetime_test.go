package article

import "testing"

// TestRev33mlVoteAsTime: a fallback clause whose only words of the vote
// say when something else happened is no remark, nor is a question
// (rev33ml_votetime.go), nor an arrest (rev33mlArrestVerbs). Sentences
// written for the test.
func TestRev33mlVoteAsTime(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"es a trip before the vote", "es", "Título\n\nLa Liga Norteña envió a su delegado a Ostrav dos días antes de las elecciones.", nil},
		{"fr a summit after the vote", "fr", "Titre\n\nL'Union du Sahel a tenu un sommet à Dakar une semaine après l'élection.", nil},
		{"pt a rate after the vote", "pt", "Título\n\nO Banco Nacional manteve a taxa de juros após as eleições.", nil},
		{"ru a sitting after the vote", "ru", "Заголовок\n\nСовет Норландии провёл заседание через неделю после выборов.", nil},
		{"es an arrest", "es", "Título\n\nLa Guardia Civil detuvo a dos hombres por quemar urnas en las elecciones.", nil},
		{"pt an arrest", "pt", "Título\n\nA Polícia Federal prendeu dois homens por roubar urnas nas eleições.", nil},
		{"fr their own elections", "fr", "Titre\n\nLe Sahel et le Tchad ont organisé leurs propres élections en 2020.", nil},
		{"pt the next elections", "pt", "Título\n\nO Brasil e a Argentina preparam as próximas eleições municipais.", nil},
		{"es a match put off for the vote", "es", "Título\n\nEl Deportivo Norteño aplazó su partido por las elecciones.", nil},
		{"es a question", "es", "Título\n\n¿Aceptará la Liga Norteña la reelección de Karl Weber?", nil},
		// counter-cases
		{"es the result itself", "es", "Título\n\nLa Liga Norteña llevó tras las elecciones los resultados del escrutinio ante el tribunal.",
			[]langRemark{{Reported, "Liga Norteña", "llevó tras las elecciones los resultados del escrutinio ante el tribunal"}}},
		{"fr a word of the vote outside the time", "fr", "Titre\n\nL'Union du Sahel a tenu après l'élection une réunion sur la victoire de Karl Weber.",
			[]langRemark{{Reported, "Union du Sahel", "a tenu après l'élection une réunion sur la victoire de Karl Weber"}}},
		{"fr a word of the vote beside", "fr", "Titre\n\nLe Sahel et le Tchad ont comparé leurs propres chiffres et la victoire de Karl Weber.",
			[]langRemark{{Reported, "Sahel", "ont comparé leurs propres chiffres et la victoire de Karl Weber"}, {Reported, "Tchad", "ont comparé leurs propres chiffres et la victoire de Karl Weber"}}},
		{"es a cause that names another noun", "es", "Título\n\nLa Liga Norteña envió observadores por dudas sobre las elecciones.",
			[]langRemark{{Reported, "Liga Norteña", "envió observadores por dudas sobre las elecciones"}}},
		{"ru a clause going on after a comma", "ru", "Заголовок\n\nИгорь Волин в день голосования пригрозил оппонентам, а через неделю отверг возможность переговоров.",
			[]langRemark{{Reported, "Игорь Волин", "в день голосования пригрозил оппонентам, а через неделю отверг возможность переговоров"}}},
	})
}
