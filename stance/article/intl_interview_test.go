package article

import "testing"

// TestExtractLangInterview: after an introduction naming the person an
// interview speaks to, the sentences of the answers (after an answer's
// letter, or every dialogue turn after a question) are that person's
// direct remarks (intl_interview.go). Texts written for the test.
func TestExtractLangInterview(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr Q : / R :", "fr", "Nous avons rencontré Claire Abo, coordinatrice d’un réseau d’observateurs.\n\nQ : Le président est-il élu ?\n\nR : Nous prenons acte du résultat. Mais nous attendons les procès-verbaux.",
			[]langRemark{{Direct, "Claire Abo", "Nous prenons acte du résultat."}, {Direct, "Claire Abo", "Mais nous attendons les procès-verbaux."}}},
		{"es P: / R:", "es", "Hablamos con Inés Roca, directora de un observatorio electoral.\n\nP: ¿Ganó el presidente?\n\nR: Sin actas no se puede saber.",
			[]langRemark{{Direct, "Inés Roca", "Sin actas no se puede saber."}}},
		{"pt P: / R:", "pt", "Conversámos com Ana Lima, coordenadora de uma rede de observadores.\n\nP: O presidente ganhou?\n\nR: Sem atas ninguém pode saber.",
			[]langRemark{{Direct, "Ana Lima", "Sem atas ninguém pode saber."}}},
		{"de F: / A:", "de", "Wir sprachen mit Eva Lind, Leiterin einer Beobachtergruppe.\n\nF: Hat der Präsident gewonnen?\n\nA: Ohne Protokolle kann das niemand sagen.",
			[]langRemark{{Direct, "Eva Lind", "Ohne Protokolle kann das niemand sagen."}}},
		{"ru dialogue turns", "ru", "Наш собеседник — Игорь Белов, специалист по электоральной статистике.\n\n— Игорь, президент победил?\n\n— Скорее всего, да. Но протоколы закрыты.\n\n— Почему?\n\n— Это вопрос к ЦИК.",
			[]langRemark{{Direct, "", "Игорь, президент победил?"}, {Direct, "Игорь Белов", "Скорее всего, да. Но протоколы закрыты."},
				{Direct, "", "Почему?"}, {Direct, "Игорь Белов", "Это вопрос к ЦИК."}}},
		// counter-cases: answers with no introduction, and an answer's
		// sentence that reports someone else
		{"fr R : without an interviewee", "fr", "Q : Le président est-il élu ?\n\nR : Nous prenons acte du résultat.", nil},
		{"fr an answer reporting someone else", "fr", "Nous avons rencontré Claire Abo, coordinatrice d’un réseau.\n\nR : Le ministre Paul Kodjo a félicité le vainqueur. Nous attendons.",
			[]langRemark{{Action, "Paul Kodjo", "a félicité le vainqueur"}, {Direct, "Claire Abo", "Nous attendons."}}},
	})
}
