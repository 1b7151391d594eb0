package article

import "testing"

// rev24rmlNoneOf fails when the reader gives speaker a remark of kind in
// text (sentences written for the review).
func rev24rmlNoneOf(t *testing.T, code, text string, kind Kind, speaker string) {
	t.Helper()
	for _, r := range ExtractLang(text, code) {
		if r.Kind == kind && r.Speaker == speaker {
			t.Errorf("%q: unexpected %v remark %q of %s", text, kind, r.Text, speaker)
		}
	}
}

// TestRev24rmlAsideObject: a participle aside after the object of a verb,
// closed by a conjoined verb, is the verb's subject's act, not the
// object's (rev24rml_narrow.go); an aside closed by the person's own
// verb stays theirs (rec24ml_gerund.go).
func TestRev24rmlAsideObject(t *testing.T) {
	for _, c := range []struct{ code, text, object string }{
		{"fr", "Le président Paul Diouf a félicité le vainqueur et son futur Premier ministre Jean Martin, saluant une participation record, et leur a souhaité plein succès.", "Jean Martin"},
		{"pt", "O presidente Rui Costa felicitou o vencedor e o seu rival Paulo Reis, destacando a participação recorde, e desejou êxito ao novo governo.", "Paulo Reis"},
		{"es", "El presidente Pedro Morales saludó al ganador y el senador Mario Vera, destacando la alta participación, y les deseó éxito.", "Mario Vera"},
		{"ru", "Президент Асан Нуров поздравил победителя и министра Ивана Лебедева, отметив высокую явку, и пожелал им успехов.", "Иван Лебедев"},
	} {
		rev24rmlNoneOf(t, c.code, c.text, Action, c.object)
	}
	gr22RunAll(t, []langCase{
		{"fr et Y, évoquant …, a demandé", "fr", "La députée Anne Roux a salué le vainqueur, et le sénateur Paul Girard, évoquant son amitié avec lui, a demandé l'unité.",
			[]langRemark{{Action, "Anne Roux", "a salué le vainqueur"}, {Action, "Paul Girard", "a demandé l'unité"}}},
		{"es y Y, recordando …, le deseó", "es", "El senador Luis Mora felicitó al ganador, y la diputada Ana Prieto, recordando su amistad con él, le deseó éxito.",
			[]langRemark{{Action, "Luis Mora", "felicitó al ganador"}, {Action, "Ana Prieto", "le deseó éxito"}}},
	})
}

// TestRev24rmlGroupRelative: a plural relative verb after names that
// complement a plural noun is not shared by the names (rev24rml_narrow.go);
// after a stand-in pronoun ("los del", "ceux du") it still is.
func TestRev24rmlGroupRelative(t *testing.T) {
	for _, c := range []struct{ code, text, first string }{
		{"es", "Cientos de votantes de los opositores Luis Mora y Ana Prieto, que felicitaron al ganador en la plaza, dijeron sentirse traicionados.", "Luis Mora"},
		{"fr", "Les militants des députés Anne Roux et Paul Girard, qui ont félicité le vainqueur devant le siège, ont été dispersés.", "Anne Roux"},
		{"pt", "Os militantes dos deputados Rui Vilaça e Marta Leal, que felicitaram o vencedor em frente à sede, foram dispersados.", "Rui Vilaça"},
	} {
		rev24rmlNoneOf(t, c.code, c.text, Action, c.first)
	}
	gr22RunAll(t, []langCase{
		{"es los del A y el B, que felicitaron", "es", "Entre los mensajes figuraron los del chileno Pedro Soler y el peruano Mario Vera, que felicitaron al ganador.",
			[]langRemark{{Action, "Pedro Soler", "felicitaron al ganador"}, {Action, "Mario Vera", "felicitaron al ganador"}}},
		{"pt os do A e do B, que felicitaram", "pt", "Entre as mensagens estavam as do presidente Rui Costa e do ministro Nuno Lima, que felicitaram o vencedor.",
			[]langRemark{{Action, "Rui Costa", "felicitaram o vencedor"}, {Action, "Nuno Lima", "felicitaram o vencedor"}}},
	})
}
