package article

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/stance/lang"
)

// langGolden is what testdata/lang/*.golden.json fixes about a remark.
// The files were written by hand from what each article says, not from
// the reader's output.
type langGolden struct {
	Speaker  string `json:"speaker"`
	Role     string `json:"role,omitempty"`
	Text     string `json:"text"`
	Run      int    `json:"run"`
	Headline bool   `json:"headline,omitempty"`
}

// TestExtractLangArticles reads the project's mini-articles in German,
// Spanish, French, Portuguese and Russian (testdata/lang/LANG_N.txt) and
// checks every remark's speaker, role, text, run and offsets against the
// golden file. It logs, per language, how many gold quotes were found and
// how many of those have the gold speaker.
func TestExtractLangArticles(t *testing.T) {
	files, err := filepath.Glob("testdata/lang/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	type tally struct{ gold, found, attributed int }
	per := map[string]*tally{}
	for _, name := range files {
		code := strings.SplitN(filepath.Base(name), "_", 2)[0]
		t.Run(filepath.Base(name), func(t *testing.T) {
			b, err := os.ReadFile(name)
			require.NoError(t, err)
			text := string(b)
			g, err := os.ReadFile(strings.TrimSuffix(name, ".txt") + ".golden.json")
			require.NoError(t, err)
			var want []langGolden
			require.NoError(t, json.Unmarshal(g, &want))

			got := ExtractLang(text, code)
			checkOffsets(t, text, got)
			checkQuoteSpans(t, text, got)
			if per[code] == nil {
				per[code] = &tally{}
			}
			c := per[code]
			c.gold += len(want)
			for _, w := range want {
				for _, r := range got {
					if r.Text == w.Text && r.Kind == Direct {
						c.found++
						if r.Speaker == w.Speaker {
							c.attributed++
						}
						break
					}
				}
			}
			// the goldens hold the direct remarks; reported speech and acts
			// are scored by intl_reported_test.go
			var gotG []langGolden
			index := make(map[int]int) // position in got → in gotG
			for i, r := range got {
				if r.Kind != Direct {
					continue
				}
				index[i] = len(gotG)
				gotG = append(gotG, langGolden{Speaker: r.Speaker, Role: r.Role, Text: r.Text, Run: index[r.Run], Headline: r.Headline})
			}
			assert.Equal(t, want, gotG)

			detected, _ := lang.Detect(text)
			assert.Equal(t, code, detected, "lang.Detect, which the Reader uses when Lang is empty")
		})
	}
	for _, code := range []string{"de", "es", "fr", "pt", "ru"} {
		if c := per[code]; c != nil {
			t.Logf("%s: %d gold quotes, %d found, %d with the gold speaker", code, c.gold, c.found, c.attributed)
		}
	}
}

// checkQuoteSpans asserts that each remark's text is where its offsets say,
// searching from the end of the previous remark, and that its quote span
// opens with a quotation mark or a dialogue dash (when it is wider than
// the text: French dialogue resumed after an incise has neither).
func checkQuoteSpans(t *testing.T, text string, rs []Remark) {
	t.Helper()
	from := 0
	for i, r := range rs {
		at := strings.Index(text[from:], r.Text)
		require.GreaterOrEqual(t, at, 0, "remark %d: %q not found after offset %d", i, r.Text, from)
		assert.Equal(t, from+at, r.Start, "remark %d: Start", i)
		if r.QuoteStart < r.Start { // otherwise dialogue resumed after a comma: no mark
			open, _ := utf8.DecodeRuneInString(text[r.QuoteStart:])
			assert.Contains(t, "«»„“”‹›\"—–-", string(open), "remark %d: quote span %d..%d opens with %q", i, r.QuoteStart, r.QuoteEnd, open)
		}
		from = r.End
	}
}

// TestExtractLangPatterns checks one attribution pattern per case, in
// sentences written for the test.
func TestExtractLangPatterns(t *testing.T) {
	type want struct{ speaker, text string }
	cases := []struct {
		name, code, text string
		want             []want
	}{
		{"es postposed", "es", "«No lo aceptaremos», dijo Ana Vidal.", []want{{"Ana Vidal", "No lo aceptaremos"}}},
		{"es preposed", "es", "Ana Vidal afirmó: «No lo aceptaremos».", []want{{"Ana Vidal", "No lo aceptaremos"}}},
		{"es según after", "es", "«Esperaremos el recuento», según el portavoz.", []want{{"portavoz", "Esperaremos el recuento"}}},
		{"es dropped subject", "es", "La diputada Ana Vidal habló en el pleno. «Esperaremos el recuento final», dijo. «Y no antes», añadió.",
			[]want{{"Ana Vidal", "Esperaremos el recuento final"}, {"Ana Vidal", "Y no antes"}}},
		{"es raya", "es", "—Esperaremos el recuento —dijo la ministra Ana Vidal—. Nada más.",
			[]want{{"Ana Vidal", "Esperaremos el recuento"}, {"Ana Vidal", "Nada más."}}},
		{"es canciller refers back", "es", "El canciller Jorge Ruiz viajó a la cumbre. «Es pronto para felicitar a nadie», afirmó el canciller.",
			[]want{{"Jorge Ruiz", "Es pronto para felicitar a nadie"}}},
		{"fr thin spaces", "fr", "«\u202fNous attendrons les résultats\u202f», a déclaré Marc Olivier.", []want{{"Marc Olivier", "Nous attendrons les résultats"}}},
		{"fr président français", "fr", "Le président français Marc Olivier a parlé. « Nous attendrons les résultats », a dit le président français.",
			[]want{{"Marc Olivier", "Nous attendrons les résultats"}}},
		{"fr selon before", "fr", "Selon le ministre Marc Olivier, « rien n’est encore décidé ».", []want{{"Marc Olivier", "rien n’est encore décidé"}}},
		{"fr nested", "fr", "« Il a parlé d’un “vote historique”, mais nous attendons », a ajouté Marc Olivier.",
			[]want{{"Marc Olivier", "Il a parlé d’un “vote historique”, mais nous attendons"}}},
		{"ru dash after quote", "ru", "«Мы подождём официальных итогов», — заявила Ольга Белова.", []want{{"Ольга Белова", "Мы подождём официальных итогов"}}},
		{"ru by office", "ru", "Министр Игорь Жуков выступил в Думе. «Итоги ещё не подведены», — сказал министр.",
			[]want{{"Игорь Жуков", "Итоги ещё не подведены"}}},
		{"pt preposed", "pt", "Lia Souza disse: «Vamos esperar pela contagem».", []want{{"Lia Souza", "Vamos esperar pela contagem"}}},
		{"pt segundo", "pt", "Segundo o porta-voz, «não há pressa».", []want{{"porta-voz", "não há pressa"}}},
		{"de sagte", "de", "„Wir warten ab“, sagte Jan Krüger.", []want{{"Jan Krüger", "Wir warten ab"}}},
		{"de guillemets reversed", "de", "»Wir warten ab«, erklärte Jan Krüger.", []want{{"Jan Krüger", "Wir warten ab"}}},
		{"de fügte hinzu", "de", "Außenminister Jan Krüger äußerte sich am Abend. „Wir warten das Endergebnis ab“, fügte er hinzu.",
			[]want{{"Jan Krüger", "Wir warten das Endergebnis ab"}}},
		{"es colon without verb", "es", "Finalmente, su ministra Ana Vidal publicó una nota: «No habrá felicitaciones por ahora».",
			[]want{{"Ana Vidal", "No habrá felicitaciones por ahora"}}},
		{"es adverbial before subject", "es", "«Es pronto para opinar», señaló por su parte el diputado Luis Mora.", []want{{"Luis Mora", "Es pronto para opinar"}}},
		{"es clitic and dropped subject", "es", "El diputado Luis Mora recibió a la prensa. «Es pronto para opinar», les dijo.", []want{{"Luis Mora", "Es pronto para opinar"}}},
		{"es surname that is an office", "es", "«Es pronto para opinar», dijo el portavoz, Pablo Rey.", []want{{"Pablo Rey", "Es pronto para opinar"}}},
		{"fr elided name", "fr", "« Il faut attendre les résultats », a fait savoir l’Élysée.", []want{{"Élysée", "Il faut attendre les résultats"}}},
		{"fr partial quote after verb", "fr", "Le député Luc Morel dénonce de son côté « des fraudes dans six régions ».", []want{{"Luc Morel", "des fraudes dans six régions"}}},
		{"de hyphenated office", "de", "Die Grünen-Abgeordnete Lea Brandt sagte: „Wir warten ab.“", []want{{"Lea Brandt", "Wir warten ab."}}},
		{"ru name after complements", "ru", "Глава комиссии Острии Анна Серова заявила: «Подсчёт продолжается».", []want{{"Анна Серова", "Подсчёт продолжается"}}},
		{"ru patronymic", "ru", "Министр Игорь Петрович Жуков сказал: «Подсчёт продолжается».", []want{{"Игорь Петрович Жуков", "Подсчёт продолжается"}}},
		{"ru generic description", "ru", "Лидер партии Олег Соколов выступил в Думе. «Второго тура не будет», — добавил политик.",
			[]want{{"Олег Соколов", "Второго тура не будет"}}},
		{"ru genitive after по словам", "ru", "По словам политолога Анны Зуевой, «итоги ещё не ясны».", []want{{"Анна Зуева", "итоги ещё не ясны"}}},
		// the scare quote is no remark of its own; the group's act holds it
		// (ml32_group.go)
		{"scare quote", "es", "La oposición habló de un «golpe de mano».", []want{{"oposición", "habló de un «golpe de mano»"}}},
		{"unattributed long quote", "de", "„Das Ergebnis steht noch lange nicht fest.“", []want{{"", "Das Ergebnis steht noch lange nicht fest."}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rs := ExtractLang(c.text, c.code)
			checkOffsets(t, c.text, rs)
			var got []want
			for _, r := range constructed(rs) {
				got = append(got, want{r.Speaker, r.Text})
			}
			assert.Equal(t, c.want, got)
		})
	}
}

// TestFindQuotesIntl checks the quotation marks of the other languages.
func TestFindQuotesIntl(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // quote contents
	}{
		{"guillemets", "Il a dit «non» hier.", []string{"non"}},
		{"no-break spaces", "Il a dit «\u00a0non\u00a0» hier.", []string{"\u00a0non\u00a0"}},
		{"german", "Er sagte „nein“ und ging.", []string{"nein"}},
		{"german closed by ”", "Er sagte „nein” und ging.", []string{"nein"}},
		{"reversed", "Er sagte »nein« und ging.", []string{"nein"}},
		{"single", "Il a dit ‹non› hier.", []string{"non"}},
		{"nested", "« Il a dit “non” et ‹ peut-être › » puis «oui».", []string{" Il a dit “non” et ‹ peut-être › ", "oui"}},
		{"german nested", "„Wer von ‚fair‘ spricht, lügt“, sagte er.", []string{"Wer von ‚fair‘ spricht, lügt"}},
		{"apostrophes", "« L’élection d’hier n’est pas finie »", []string{" L’élection d’hier n’est pas finie "}},
		{"unclosed", "«Nous attendrons", []string{"Nous attendrons"}},
		{"stray closer", "» puis «oui»", []string{"oui"}},
		{"straight marks, no-break spaces", "Il a dit \"\u00a0non\u00a0\" hier, \"\u202foui\u202f\".", []string{"\u00a0non\u00a0", "\u202foui\u202f"}},
		{"straight marks nested", "\"Сверим данные с ГАС \"Выборы\" по участкам\", — сказал \"Ъ\" Андрей Синицын.", []string{"Сверим данные с ГАС \"Выборы\" по участкам", "Ъ"}},
		{"curly marks after an elision", "Il s’est réjoui d’“un verdict clair” et d'‘une page tournée’.", []string{"un verdict clair", "une page tournée"}},
		{"straight mark before a plain space opens nothing", "Il a dit \" non\" hier.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, q := range findQuotesIntl(c.text, 0, len(c.text)) {
				got = append(got, c.text[q.cstart:q.cend])
			}
			assert.Equal(t, c.want, got)
		})
	}
}

// TestExtractLangEnglish: English, and a language without conventions of
// its own, are read by Extract, unchanged.
func TestExtractLangEnglish(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	require.NoError(t, err)
	for _, name := range files {
		b, err := os.ReadFile(name)
		require.NoError(t, err)
		assert.Equal(t, Extract(string(b)), ExtractLang(string(b), "en"), name)
		assert.Equal(t, Extract(string(b)), ExtractLang(string(b), "it"), name)
	}
}

// FuzzExtractLang checks that ExtractLang never panics and keeps the
// offsets' invariants in every language, on any input.
func FuzzExtractLang(f *testing.F) {
	files, _ := filepath.Glob("testdata/lang/*.txt")
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{
		"", "—", "— —", "—dijo", "«", "»«", "„“", "‚‘", "‹", "«“»”", "— a, — заявил он. —", "a-t-il", "«x», — ",
		"«\u202f»", "по словам", "Según", ":«", "„\xff“", "—\xff —dijo X—.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, code := range []string{"de", "es", "fr", "pt", "ru"} {
			checkOffsets(t, text, ExtractLang(text, code))
		}
	})
}
