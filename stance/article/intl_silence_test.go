package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/stance"
)

// TestExtractLangSilence: a negated verb of speaking up or reacting with a
// word of delay ("not yet", "so far", "until") is an act of its subject
// (intl_silence.go); without the delay, not negated, or with a clause of
// its own, it is not. Sentences written for the test.
func TestExtractLangSilence(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt ainda não se pronunciou", "pt", "Rui Mota, por sua vez, ainda não se pronunciou.",
			[]langRemark{{Action, "Rui Mota", "ainda não se pronunciou"}}},
		{"es no había dicho nada", "es", "El presidente tarsio, Luis Parra, no había dicho nada hasta la noche.",
			[]langRemark{{Action, "Luis Parra", "no había dicho nada hasta la noche"}}},
		{"es no se ha manifestado", "es", "El canciller Tomás Vidal no se ha manifestado todavía sobre el recuento.",
			[]langRemark{{Action, "Tomás Vidal", "no se ha manifestado todavía sobre el recuento"}}},
		{"fr ne s'est pas encore exprimé", "fr", "Paul Lenoir, lui, ne s’est pas encore exprimé.",
			[]langRemark{{Action, "Paul Lenoir", "ne s’est pas encore exprimé"}}},
		{"fr n'a pas réagi avant", "fr", "Le président ostrien, Jean Dumas, n’a pas réagi avant la proclamation.",
			[]langRemark{{Action, "Jean Dumas", "n’a pas réagi avant la proclamation"}}},
		{"de hat sich bislang nicht geäußert", "de", "Bundeskanzler Jan Olk hat sich bislang nicht geäußert.",
			[]langRemark{{Action, "Jan Olk", "hat sich bislang nicht geäußert"}}},
		{"de äußerte sich nicht", "de", "Bundeskanzler Jan Olk äußerte sich bislang nicht zum Ergebnis.",
			[]langRemark{{Action, "Jan Olk", "äußerte sich bislang nicht zum Ergebnis"}}},
		{"ru пока не прокомментировал", "ru", "Президент Ростании Игорь Волин пока не прокомментировал итоги выборов.",
			[]langRemark{{Action, "Игорь Волин", "пока не прокомментировал итоги выборов"}}},
		// counter-cases: a bare "did not speak", speaking up, and a
		// negated speech verb with a clause
		{"fr ne s'est pas exprimé has no delay", "fr", "Paul Lenoir, lui, ne s’est pas exprimé.", nil},
		{"pt não se pronunciou has no delay", "pt", "Rui Mota, por sua vez, não se pronunciou.", nil},
		{"fr s'est exprimé is not silence", "fr", "Paul Lenoir s’est exprimé à la télévision.", nil},
		{"ru прокомментировал is not silence", "ru", "Президент Ростании Игорь Волин прокомментировал итоги выборов.", nil},
		{"pt não comentou que is reported speech", "pt", "O chanceler Rui Mota não comentou que aceitaria o resultado.",
			[]langRemark{{Reported, "Rui Mota", "aceitaria o resultado"}}},
	})
}

// TestIntlSilenceVerdict: a negated verb of silences with a word of delay
// withholds; with no negation or no delay it has no verdict.
func TestIntlSilenceVerdict(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ramírez"}}
	cases := []struct {
		code, text string
		want       actionVerdict
	}{
		{"pt", "ainda não se pronunciou", verdictWithholding},
		{"es", "no había dicho nada hasta la noche", verdictWithholding},
		{"fr", "n'a pas encore réagi", verdictWithholding},
		{"de", "hat sich bislang nicht geäußert", verdictWithholding},
		{"ru", "пока не прокомментировал итоги", verdictWithholding},
		{"fr", "s'est exprimé à la télévision", verdictNone},
		{"ru", "прокомментировал итоги", verdictNone},
		{"pt", "não se pronunciou", verdictNone},
	}
	for _, c := range cases {
		t.Run(c.code+" "+c.text, func(t *testing.T) {
			assert.Equal(t, c.want, lexicons[c.code].actionVerdict(ctx, c.text))
		})
	}
}
