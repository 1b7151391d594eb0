package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// ref22Remark is a remark's kind, speaker, text and whether it has no
// stance.
type ref22Remark struct {
	kind          Kind
	speaker, text string
	noStance      bool
}

func runRef22Cases(t *testing.T, cases []struct {
	name, code, text string
	want             []ref22Remark
}) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ExtractLang(c.text, c.code)
			checkOffsets(t, c.text, got)
			var gotR []ref22Remark
			for _, r := range constructed(got) {
				gotR = append(gotR, ref22Remark{r.Kind, r.Speaker, r.Text, r.NoStance})
			}
			assert.Equal(t, c.want, gotR)
		})
	}
}

// TestRef22RoleRef: an office held before, a description and an office
// named by a synonym or periphrasis refer back to the person named before
// (ref22_roleref.go), even when that person was named with another
// office. Sentences written for the test.
func TestRef22RoleRef(t *testing.T) {
	runRef22Cases(t, []struct {
		name, code, text string
		want             []ref22Remark
	}{
		{"es ex gobernador", "es", "El candidato opositor, Juan Ruiz, reconoció su derrota el lunes. «El pueblo ha hablado y lo respeto», dijo el ex gobernador.",
			[]ref22Remark{{Action, "Juan Ruiz", "reconoció su derrota el lunes", false}, {Direct, "Juan Ruiz", "El pueblo ha hablado y lo respeto", false}}},
		{"es mandatario after another person", "es", "El presidente Pedro Lara felicitó a Ivo Kask. El candidato opositor, Juan Ruiz, reconoció su derrota. «Los ciudadanos han decidido», afirmó el mandatario.",
			[]ref22Remark{{Action, "Pedro Lara", "felicitó a Ivo Kask", false}, {Action, "Juan Ruiz", "reconoció su derrota", false}, {Direct, "Pedro Lara", "Los ciudadanos han decidido", false}}},
		{"pt ex-governador", "pt", "O adversário, João Rocha, reconheceu a derrota no domingo. “O povo falou”, disse o ex-governador.",
			[]ref22Remark{{Action, "João Rocha", "reconheceu a derrota no domingo", false}, {Direct, "João Rocha", "O povo falou", false}}},
		{"pt diplomata italiano", "pt", "O representante especial da ONU, João Rocha, declarou que o escrutínio foi livre. “A vontade das urnas foi respeitada”, disse o diplomata italiano.",
			[]ref22Remark{{Reported, "João Rocha", "o escrutínio foi livre", false}, {Direct, "João Rocha", "A vontade das urnas foi respeitada", false}}},
		{"fr ancien chef rebelle", "fr", "Le Premier ministre, Jean Roux, a salué la victoire. « L'Afrique a dit qui a gagné », a lancé l'ancien chef rebelle.",
			[]ref22Remark{{Action, "Jean Roux", "a salué la victoire", false}, {Direct, "Jean Roux", "L'Afrique a dit qui a gagné", false}}},
		{"fr le président after chef de l'État", "fr", "Le chef de l'État sortant, Jean Roux, a suivi. « Je félicite le vainqueur », a déclaré le président.",
			[]ref22Remark{{Direct, "Jean Roux", "Je félicite le vainqueur", false}}},
		{"de ehemalige Minister", "de", "Oppositionschef Jan Roth räumte die Niederlage ein. „Das Volk hat entschieden“, sagte der ehemalige Minister.",
			[]ref22Remark{{Action, "Jan Roth", "räumte die Niederlage ein", false}, {Direct, "Jan Roth", "Das Volk hat entschieden", false}}},
		{"de Ex-Kanzler", "de", "Oppositionschef Jan Roth räumte die Niederlage ein. „Das Volk hat entschieden“, sagte der Ex-Kanzler.",
			[]ref22Remark{{Action, "Jan Roth", "räumte die Niederlage ein", false}, {Direct, "Jan Roth", "Das Volk hat entschieden", false}}},
		{"ru бывший премьер", "ru", "Лидер оппозиции Иван Петров признал поражение. «Народ сделал выбор», — заявил бывший премьер.",
			[]ref22Remark{{Action, "Иван Петров", "признал поражение", false}, {Direct, "Иван Петров", "Народ сделал выбор", false}}},
		{"ru экс-премьер", "ru", "Лидер оппозиции Иван Петров признал поражение. «Народ сделал выбор», — сказал экс-премьер.",
			[]ref22Remark{{Action, "Иван Петров", "признал поражение", false}, {Direct, "Иван Петров", "Народ сделал выбор", false}}},
		// near misses: a current office the person does not hold is
		// another person; a person named two sentences back is not meant
		{"es a current office is another person", "es", "El candidato opositor, Juan Ruiz, reconoció su derrota el lunes. «La elección fue limpia», dijo el ministro.",
			[]ref22Remark{{Action, "Juan Ruiz", "reconoció su derrota el lunes", false}, {Direct, "ministro", "La elección fue limpia", false}}},
		{"fr a current office is another person", "fr", "Le chef de l'opposition, Jean Roux, a reconnu sa défaite. « Le scrutin était libre », a déclaré le ministre.",
			[]ref22Remark{{Action, "Jean Roux", "a reconnu sa défaite", false}, {Direct, "ministre", "Le scrutin était libre", false}}},
		{"pt two sentences back", "pt", "O adversário, João Rocha, reconheceu a derrota no domingo. A cidade ficou calma. “O povo falou”, disse o ex-governador.",
			[]ref22Remark{{Action, "João Rocha", "reconheceu a derrota no domingo", false}, {Direct, "ex-governador", "O povo falou", false}}},
	})
}

// TestRef22Unsaid: a negated speech verb's clause is no claim of the
// speaker's but an act without a stance (ref22_unsaid.go), as English
// reads "did not say the vote was rigged". Sentences written for the
// test.
func TestRef22Unsaid(t *testing.T) {
	runRef22Cases(t, []struct {
		name, code, text string
		want             []ref22Remark
	}{
		{"es no dijo que", "es", "El líder opositor, Juan Ruiz, no dijo que la elección fuera un fraude.",
			[]ref22Remark{{Action, "Juan Ruiz", "no dijo que la elección fuera un fraude", true}}},
		{"es nunca afirmó que", "es", "Juan Ruiz nunca afirmó que hubo fraude en la elección.",
			[]ref22Remark{{Action, "Juan Ruiz", "nunca afirmó que hubo fraude en la elección", true}}},
		{"es no ha dicho que", "es", "Juan Ruiz no ha dicho que el resultado sea falso.",
			[]ref22Remark{{Action, "Juan Ruiz", "no ha dicho que el resultado sea falso", true}}},
		{"pt não disse que", "pt", "O líder da oposição, João Rocha, não disse que a eleição foi roubada.",
			[]ref22Remark{{Action, "João Rocha", "não disse que a eleição foi roubada", true}}},
		{"pt nunca afirmou que", "pt", "João Rocha nunca afirmou que houve fraude na eleição.",
			[]ref22Remark{{Action, "João Rocha", "nunca afirmou que houve fraude na eleição", true}}},
		{"pt não tem dito que", "pt", "João Rocha não tem dito que o resultado é falso.",
			[]ref22Remark{{Action, "João Rocha", "não tem dito que o resultado é falso", true}}},
		{"fr n'a pas dit que", "fr", "Le chef de l’opposition, Jean Roux, n’a pas dit que l’élection était volée.",
			[]ref22Remark{{Action, "Jean Roux", "n’a pas dit que l’élection était volée", true}}},
		{"fr n'a jamais affirmé que", "fr", "Jean Roux n'a jamais affirmé que le scrutin avait été truqué.",
			[]ref22Remark{{Action, "Jean Roux", "n'a jamais affirmé que le scrutin avait été truqué", true}}},
		{"fr ne dit pas que", "fr", "Jean Roux ne dit pas que l'élection a été volée.",
			[]ref22Remark{{Action, "Jean Roux", "ne dit pas que l'élection a été volée", true}}},
		{"de sagte nicht, dass", "de", "Oppositionschef Jan Roth sagte nicht, dass die Wahl gefälscht worden sei.",
			[]ref22Remark{{Action, "Jan Roth", "sagte nicht, dass die Wahl gefälscht worden sei", true}}},
		{"de hat nicht gesagt, dass", "de", "Jan Roth hat nicht gesagt, dass die Wahl gestohlen wurde.",
			[]ref22Remark{{Action, "Jan Roth", "hat nicht gesagt, dass die Wahl gestohlen wurde", true}}},
		{"de behauptete nie, dass", "de", "Jan Roth behauptete nie, dass die Wahl manipuliert worden sei.",
			[]ref22Remark{{Action, "Jan Roth", "behauptete nie, dass die Wahl manipuliert worden sei", true}}},
		{"ru не говорил, что", "ru", "Лидер оппозиции Иван Петров не говорил, что выборы были сфальсифицированы.",
			[]ref22Remark{{Action, "Иван Петров", "не говорил, что выборы были сфальсифицированы", true}}},
		{"ru не заявлял, что", "ru", "Иван Петров не заявлял, что выборы украдены.",
			[]ref22Remark{{Action, "Иван Петров", "не заявлял, что выборы украдены", true}}},
		{"ru никогда не утверждал, что", "ru", "Иван Петров никогда не утверждал, что итоги подделаны.",
			[]ref22Remark{{Action, "Иван Петров", "никогда не утверждал, что итоги подделаны", true}}},
		// near misses: the negation is the clause's own, or "not only"
		{"es dijo que no", "es", "Juan Ruiz dijo que no reconocerá el resultado.",
			[]ref22Remark{{Reported, "Juan Ruiz", "no reconocerá el resultado", false}}},
		{"pt disse que não", "pt", "João Rocha disse que não reconhece o resultado.",
			[]ref22Remark{{Reported, "João Rocha", "não reconhece o resultado", false}}},
		{"fr a dit que … n'était pas", "fr", "Jean Roux a dit que l'élection n'était pas libre.",
			[]ref22Remark{{Reported, "Jean Roux", "l'élection n'était pas libre", false}}},
		{"de sagte, dass … nicht", "de", "Jan Roth sagte, dass die Wahl nicht fair gewesen sei.",
			[]ref22Remark{{Reported, "Jan Roth", "die Wahl nicht fair gewesen sei", false}}},
		{"de sagte nicht nur", "de", "Jan Roth sagte nicht nur, dass die Wahl gefälscht worden sei.",
			[]ref22Remark{{Reported, "Jan Roth", "die Wahl gefälscht worden sei", false}}},
		{"ru заявил, что не", "ru", "Иван Петров заявил, что не признает итоги выборов.",
			[]ref22Remark{{Reported, "Иван Петров", "не признает итоги выборов", false}}},
	})
}
