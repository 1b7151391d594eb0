package article

import "testing"

// rev20Inferred checks that text, read in lang, gives the fallback's
// inferred remark to speaker.
func rev20Inferred(t *testing.T, lang, text, speaker string) {
	t.Helper()
	for _, r := range ExtractLang(text, lang) {
		if r.Inferred && r.Speaker == speaker {
			return
		}
	}
	t.Errorf("%s: no inferred remark of %q", text, speaker)
}

// TestRev20OathAct: a shouting or swearing verb with no clause or
// quotation is an act the fallback reads (as before rom20 listed them
// among the speech verbs), not talk about something else. Sentences
// written for the test.
func TestRev20OathAct(t *testing.T) {
	tests := []struct{ lang, text, speaker string }{
		{"es", "Ivo Kask juró el cargo ante la Asamblea Nacional el viernes por la mañana.", "Ivo Kask"},
		{"es", "La ministra de Economía, Ana Lima, juró lealtad a la Constitución.", "Ana Lima"},
		{"pt", "O bispo Rui Lobo clamou por paz e diálogo entre os partidos.", "Rui Lobo"},
		{"fr", "Paul Roux a juré sur la Constitution devant l'Assemblée nationale mardi.", "Paul Roux"},
	}
	for _, tc := range tests {
		rev20Inferred(t, tc.lang, tc.text, tc.speaker)
	}
	// the verbs still report a clause
	rom20Reported(t, "es", "El diputado Ivo Kask gritó que el tribunal había robado la elección.", "el tribunal había robado", "Ivo Kask", Reported)
}

// TestRev20DealtWith: French "traiter de" with no object is "to deal
// with", no act; "l'a traité de", "a traité X de" call names. Sentences
// written for the test.
func TestRev20DealtWith(t *testing.T) {
	for _, text := range []string{
		"Le ministre Paul Roux a traité des questions de sécurité avec le général Marc Petit.",
		"La commission présidée par Marc Petit a traité des plaintes déposées par Ivo Kask.",
		"Dans son discours, le sénateur Paul Roux a traité de la réforme fiscale et du budget.",
	} {
		for _, r := range ExtractLang(text, "fr") {
			if r.Kind == Action {
				t.Errorf("%s: read as an act: %+v", text, r)
			}
		}
	}
	rom20Reported(t, "fr", "Ivo Kask a traité Paul Roux de « président illégitime » lors d'un meeting.", "traité", "Ivo Kask", Action)
	rom20Reported(t, "fr", "Le député Ivo Kask l'a taxé de « traître » hier.", "taxé", "Ivo Kask", Action)
}

// TestRev20AnaphorSubject: an office opening a sentence refers back to
// the person the sentence before named as its subject, not to a
// preposition's complement or a verb's object. Sentences written for the
// test.
func TestRev20AnaphorSubject(t *testing.T) {
	tests := []struct{ lang, text, quote, speaker string }{
		{"fr", "Arrivé deuxième, Ivo Kask refuse de s'incliner. Le candidat de l'opposition parle d'un « hold-up électoral avalisé par des juges ».", "hold-up électoral", "Ivo Kask"},
		{"fr", "Des milliers de partisans de Ivo Kask ont défilé dimanche. Le ministre de l'Intérieur parle d'une « manifestation illégale et violente organisée par des casseurs ».", "manifestation illégale", ""},
		{"fr", "La police a arrêté Marc Petit dans la nuit. Le porte-parole de la police parle d'une « opération de routine sans aucun lien avec le scrutin ».", "opération de routine", ""},
	}
	for _, tc := range tests {
		checkQuoteSpeaker(t, tc.lang, tc.text, tc.quote, tc.speaker)
	}
}

// TestRev20BylineLimits: an interview's answers, a subheading, and
// another's view opening "Pour mon ami …" are not the byline author's
// first-person remarks; the author's "Pour moi, …" is. Texts written for
// the test.
func TestRev20BylineLimits(t *testing.T) {
	tests := []struct{ lang, text, author string }{
		{"es", "Entrevista con Ivo Kask\n\nPor Ana Lima\n\n¿Reconoce usted el resultado?\n\nNo. Mi equipo tiene las actas y demuestran que ganamos.", "Ana Lima"},
		{"fr", "Entretien avec Ivo Kask\n\nPar Paul Roux\n\nReconnaissez-vous la victoire du président ?\n\nJamais. Je considère que ce scrutin a été volé.", "Paul Roux"},
		{"es", "Por Qué Ganó Kask\n\nPor Qué Importa\n\nMi opinión es que la oposición cometió errores graves.", "Qué Importa"},
		{"fr", "Kask élu\n\nPar Paul Roux\n\nPour mon ami Marc, ouvrier à Delmas, ce scrutin a été volé.", "Paul Roux"},
	}
	for _, tc := range tests {
		for _, r := range ExtractLang(tc.text, tc.lang) {
			if r.Speaker == tc.author {
				t.Errorf("%q: remark given to the byline: %+v", tc.text, r)
			}
		}
	}
	rom20Reported(t, "fr", "Kask élu\n\nPar Paul Roux\n\nPour moi, ce scrutin reste entaché d'irrégularités, mais il est désormais mon président.", "mon président", "Paul Roux", Direct)
}

// TestRev20DiplomatPlural: "os diplomatas" unnamed are no speaker, as
// "os embaixadores" are not. Sentence written for the test.
func TestRev20DiplomatPlural(t *testing.T) {
	for _, r := range ExtractLang("Os diplomatas disseram que aguardam a validação do Conselho Constitucional.", "pt") {
		if r.Speaker != "" {
			t.Errorf("unnamed diplomats read as a speaker: %+v", r)
		}
	}
}

// TestRev20RelativeNotTheirs: a French relative clause that is passive
// or ends at a comma before the quotation gives no words of the person
// before "qui"; a quotation that is theirs gives them no office made of
// the word before the name. Sentences written for the test.
func TestRev20RelativeNotTheirs(t *testing.T) {
	tests := []struct{ text, quote, speaker string }{
		{"Le ministre a limogé Marc Petit, qui avait été accusé d'« abus de pouvoir et de fraude électorale ».", "abus de pouvoir", ""},
		{"La foule a acclamé Paul Roux, qui est surnommé « le tombeur du régime en place ».", "le tombeur", ""},
		{"Le CEP a reçu Marc Petit, qui dirige la mission, et a publié un communiqué saluant « un scrutin calme et transparent ».", "un scrutin calme", ""},
		{"Le président a nommé Marc Petit, qui était conseiller, au poste de « ministre de la Réconciliation nationale ».", "ministre de la", ""},
		{"Même tonalité chez Marc Petit, ancien sénateur, qui dénonce « un hold-up électoral avalisé par les juges ».", "un hold-up", "Marc Petit"},
	}
	for _, tc := range tests {
		checkQuoteSpeaker(t, "fr", tc.text, tc.quote, tc.speaker)
	}
	// the word before the name is no office of theirs (rev20NameOnly)
	for _, text := range []string{
		"Même tonalité chez Marc Petit, qui dénonce « un hold-up électoral avalisé par les juges ».",
		"On a vu Paul Roux, qui chantait avec ses partisans « la victoire est à nous ce soir ».",
	} {
		for _, r := range ExtractLang(text, "fr") {
			if r.Speaker != "" && r.Role != "" {
				t.Errorf("%s: role %q", text, r.Role)
			}
		}
	}
}
