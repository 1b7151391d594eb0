package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/stance"
)

// TestIntlDismissesFraud: a negated sign of fraud defends the count
// (sentences written for the test).
func TestIntlDismissesFraud(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"de", "es gebe keinerlei Hinweise auf Unregelmäßigkeiten bei der Auszählung", true},
		{"de", "man habe keine Belege für Manipulationen gefunden", true},
		{"es", "no hay ningún indicio de fraude en Norland", true},
		{"fr", "il n'y a aucune preuve de fraude", true},
		{"pt", "não há indícios de fraude na apuração", true},
		{"ru", "никаких признаков фальсификаций не обнаружено", true},
		// counter-cases: a sign of fraud asserted, or a negation too far
		// from the noun of evidence, accuses
		{"de", "es gebe klare Hinweise auf Unregelmäßigkeiten", false},
		{"es", "hay indicios de fraude en tres provincias", false},
		{"de", "Die Kommission wollte nicht warten und nannte Hinweise auf Manipulationen", false},
		{"fr", "aucune preuve n'a été donnée que le scrutin était libre", false},
	}
	for _, c := range cases {
		t.Run(c.code+" "+c.text, func(t *testing.T) {
			assert.Equal(t, c.want, lexicons[c.code].dismissesFraud(c.text))
		})
	}
}

// TestIntlByDismissal: the Reader labels a reported remark that denies a
// sign of fraud recognising by rule; one that asserts a sign is the
// model's.
func TestIntlByDismissal(t *testing.T) {
	m, err := stance.DefaultLanguage("de")
	if err != nil {
		t.Fatal(err)
	}
	r := Reader{Classifier: m, Lang: "de"}
	res := r.Analyze("Landeswahlleiterin Lena Dal sagte am Montag, es gebe keinerlei Hinweise auf Unregelmäßigkeiten.")
	if assert.Len(t, res.Remarks, 1) {
		assert.True(t, res.Remarks[0].ByVerb)
		assert.Equal(t, "recognising", string(res.Remarks[0].Prediction.Label))
	}
	res = r.Analyze("Landeswahlleiterin Lena Dal sagte am Montag, es gebe deutliche Hinweise auf Unregelmäßigkeiten.")
	if assert.Len(t, res.Remarks, 1) {
		assert.False(t, res.Remarks[0].ByVerb)
	}
}
