package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExtractLangReported checks reported speech and reported acts in the
// languages of lexicons, one rule per case, on sentences written for the
// test. want lists the expected remarks as kind, speaker and text.
func TestExtractLangReported(t *testing.T) {
	type rm struct {
		kind          Kind
		speaker, text string
	}
	cases := []struct {
		name, code, text string
		want             []rm
	}{
		{"es que-clause", "es", "La canciller de Norlandia, Rocío Bermejo, dijo que su gobierno esperará el informe final.",
			[]rm{{Reported, "Rocío Bermejo", "su gobierno esperará el informe final"}}},
		{"es según opening", "es", "Según el senador Damián Ortuño, la votación estuvo llena de irregularidades.",
			[]rm{{Reported, "Damián Ortuño", "la votación estuvo llena de irregularidades"}}},
		{"es action keeps negation", "es", "Marta Ibáñez todavía no ha felicitado al ganador.",
			[]rm{{Action, "Marta Ibáñez", "todavía no ha felicitado al ganador"}}},
		{"es refusal", "es", "El líder opositor Hugo Saldaña se negó a reconocer la derrota.",
			[]rm{{Action, "Hugo Saldaña", "se negó a reconocer la derrota"}}},
		{"es coordinated subjects share the span", "es", "Ana Ruiz, Pedro Gil y Luis Mora felicitaron al presidente electo.",
			[]rm{{Action, "Ana Ruiz", "felicitaron al presidente electo"}, {Action, "Pedro Gil", "felicitaron al presidente electo"}, {Action, "Luis Mora", "felicitaron al presidente electo"}}},
		{"es a relative clause is not reported speech", "es", "«Abrimos a las ocho de la mañana», contó Ana Ruiz, que vende pan en la plaza.",
			[]rm{{Direct, "Ana Ruiz", "Abrimos a las ocho de la mañana"}}},
		{"es object is not a speaker", "es", "Ayer felicitó a Pablo Rey por su victoria.", nil},
		{"fr que-clause", "fr", "Le député Bastien Roux a estimé que le vote s’était déroulé dans le calme.",
			[]rm{{Reported, "Bastien Roux", "le vote s’était déroulé dans le calme"}}},
		{"fr selon at the end", "fr", "Le scrutin a été entaché de fraudes massives, selon Claire Vasseur.",
			[]rm{{Reported, "Claire Vasseur", "Le scrutin a été entaché de fraudes massives"}}},
		{"fr refusal", "fr", "Le chef de l’opposition, Hugo Saldaña, refuse de reconnaître sa défaite.",
			[]rm{{Action, "Hugo Saldaña", "refuse de reconnaître sa défaite"}}},
		{"fr quote inside an act takes its speaker", "fr", "Le président sortant, Joseph Mbala, a salué la « première alternance pacifique du pays » dimanche.",
			[]rm{{Action, "Joseph Mbala", "a salué la"}, {Direct, "Joseph Mbala", "première alternance pacifique du pays"}}},
		{"ru comma что", "ru", "Депутат Марина Кольцова заявила, что выборы прошли с нарушениями.",
			[]rm{{Reported, "Марина Кольцова", "выборы прошли с нарушениями"}}},
		{"ru по словам with a genitive name", "ru", "По словам Олега Жаркова, его страна пока не готова признать итоги.",
			[]rm{{Reported, "Олег Жарков", "его страна пока не готова признать итоги"}}},
		{"ru refusal", "ru", "Лидер оппозиции Уго Сальданья отказался признать поражение.",
			[]rm{{Action, "Уго Сальданья", "отказался признать поражение"}}},
		{"pt segundo", "pt", "Segundo o senador Caio Medeiros, houve fraude em três províncias.",
			[]rm{{Reported, "Caio Medeiros", "houve fraude em três províncias"}}},
		{"pt action", "pt", "O presidente da Valmória, Rui Albuquerque, parabenizou o vencedor pela vitória.",
			[]rm{{Action, "Rui Albuquerque", "parabenizou o vencedor pela vitória"}}},
		{"pt scare quote stays in the clause", "pt", "Tiago Moura escreveu que a eleição foi \"muito limpa\" e exemplar.",
			[]rm{{Reported, "Tiago Moura", "a eleição foi \"muito limpa\" e exemplar"}}},
		{"de comma clause", "de", "Die Außenministerin Katrin Vogt sagte, ihre Regierung wolle den Bericht abwarten.",
			[]rm{{Reported, "Katrin Vogt", "ihre Regierung wolle den Bericht abwarten"}}},
		{"de inverted speaker", "de", "Am Montag sagte Bundeskanzlerin Petra Lindner, die Wahl sei nicht fair gewesen.",
			[]rm{{Reported, "Petra Lindner", "die Wahl sei nicht fair gewesen"}}},
		{"de refusal", "de", "Oppositionsführer Hugo Saldaña weigerte sich, das Ergebnis anzuerkennen.",
			[]rm{{Action, "Hugo Saldaña", "weigerte sich, das Ergebnis anzuerkennen"}}},
		{"de a noun after the verb is no speaker", "de", "Sie äußerte die Hoffnung, dass die Lage ruhig bleibe.",
			[]rm{{Reported, "", "die Lage ruhig bleibe"}}}, // "Sie" names no one before
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ExtractLang(c.text, c.code)
			checkOffsets(t, c.text, got)
			var gotR []rm
			for _, r := range constructed(got) {
				gotR = append(gotR, rm{r.Kind, r.Speaker, r.Text})
			}
			assert.Equal(t, c.want, gotR)
		})
	}
}

// TestArticleSetLangFloor holds the reader's scores on the article set in
// five languages (corpus/articles/articles_lang.jsonl), read as
// examples/article -eval reads it (the default model, each article in its
// context), as a floor: measured − 0.01 (− 0.02 before). Before reported
// speech and acts were read (direct quotations only) it got 14 of 177 gold
// speakers right and found 33; with them, 31 and 69; with the patterns of
// intl_order.go, intl_verdict.go and intl_commentator.go, 73 and 129, and
// 23 of 26 off-topic speakers without a stance (14 before); with the
// news-prose patterns of intl_news_test.go, 86 right (the English default
// model here; each language's own model, as examples/article -eval uses,
// gets 127), 141 found and 25 of 26, the floors now less 0.02; with the
// gapped verbs of intl_attrib_test.go, 142 found (128 right with each
// language's model), the recall floor raised to it; with the roundup
// constructions of session 8 (silence, appositions, follow acts,
// interviews, colon quotations: intl_silence.go … intl_interview.go),
// 93 right here (135 with each language's model) and 151 found, the
// floors raised to them. Raise the floors when the reader improves; never
// lower them to make a change pass.
func TestArticleSetLangFloor(t *testing.T) {
	checkFloors(t, "../../corpus/articles/articles_lang.jsonl", 20, 0.525-0.02, 0.853-0.02, 0.961-0.02)
}

// TestArticleSetLangDev2Floor holds the scores on the second development
// set in five languages (corpus/articles/articles_lang_dev2.jsonl: 10
// articles, two a language, 90 gold speakers, 14 off-topic, written in the
// style of real reaction reports and labelled before the reader saw
// them), read as TestArticleSetLangFloor reads its set. Measured with
// examples/article -eval (each language's model) before any rule was
// changed for it: 56 right, 60 found, 8 off-topic without a stance; after
// the patterns of intl_news_test.go: 79, 86 and 13 (here, with the
// English default model: 53, 86 and 13); after session 8's silence rule,
// 80, 87 and 13 (here 54, 87 and 13). Floors: these less 0.02.
func TestArticleSetLangDev2Floor(t *testing.T) {
	checkFloors(t, "../../corpus/articles/articles_lang_dev2.jsonl", 10, 0.600-0.02, 0.967-0.02, 0.928-0.02)
}

// TestHeldOutRound4 scores the reader on five short articles (one per
// language, testdata/lang/heldout4) written before reported speech and
// acts were read, and measured once then: 2 of 25 gold speakers right, 5
// found. No rule was changed for them; after the change they gave 13 and
// 24. They are a development set now: with the patterns of intl_order.go
// ("Laut X ist es …" was read for one of them), 14 and 25; with the
// verb rule's conditions and refusals (intl_verdict.go), 20 and 25 with
// each language's model (examples/article -eval), 17 and 25 here with the
// English default. The accuracy floor is 0.68 − 0.02, recall's 1.00 −
// 0.01. They are easier
// than the article set: written by the same hand as the rules, one
// construction a sentence.
func TestHeldOutRound4(t *testing.T) {
	arts, err := ReadGoldFile("testdata/lang/heldout4/articles.jsonl")
	require.NoError(t, err)
	require.Len(t, arts, 5)
	s := Evaluate(arts, inContext(defaultReader(t)))
	t.Logf("accuracy %.3f (%d/%d), recall %.3f (%d)", s.Accuracy, s.Correct, s.Gold, s.Recall, s.Found)
	assert.GreaterOrEqual(t, s.Accuracy, 0.68-0.02)
	assert.GreaterOrEqual(t, s.Recall, 1.00-0.01)
}
