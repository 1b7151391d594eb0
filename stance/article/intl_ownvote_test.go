package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestIntlOwnVote: a voter described by an occupation who tells in the
// first person only how they voted is off the result
// (intl_ownvote.go); a word of the result ("Betrug", "victoire") or a
// remark not in the first person keeps them on it. Sentences written for
// the test.
func TestIntlOwnVote(t *testing.T) {
	for _, c := range []struct {
		lang, text, speaker string
		want                bool
	}{
		{"de", "„Ich wollte wählen, aber mein Wahllokal war zu“, sagte die Rentnerin Lena Dal in Velor.", "Rentnerin Lena Dal", false},
		{"fr", "« J'ai voté comme toujours, puis je suis rentrée », confie Lena Dal, retraitée à Velor.", "Lena Dal", false},
		{"ru", "«Я голосовала, как всегда, утром», — сказала пенсионерка Лена Даль.", "Лена Даль", false},
		// counter-cases: a word of the result, or no first person
		{"de", "„Ich habe gewählt, und das Ergebnis ist Betrug“, sagte die Rentnerin Lena Dal in Velor.", "Rentnerin Lena Dal", true},
		{"fr", "« J'ai voté, et cette victoire est volée », confie Lena Dal, retraitée à Velor.", "Lena Dal", true},
	} {
		res := Reader{Lang: c.lang}.Analyze(c.text)
		require.NotEmpty(t, res.Remarks, c.text)
		assert.Equal(t, c.speaker, res.Remarks[0].Speaker, c.text)
		assert.Equal(t, c.want, res.Remarks[0].AboutResult, c.text)
	}
}
