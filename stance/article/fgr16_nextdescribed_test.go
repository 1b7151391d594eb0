package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFgr16DescribedNext: a person the next sentence describes by a
// pronoun and a research body or a commentator's trade is a commentator,
// off the result (describedNext, fgr16_nextdescribed.go); one the next
// sentence gives an office is not. Texts written for the test.
func TestFgr16DescribedNext(t *testing.T) {
	for _, c := range []struct {
		lang, text, speaker string
		want                bool
	}{
		{"de", "Über die Wahl haben wir mit Lena Dal gesprochen. Sie leitet das Europa-Programm am Velorer Institut für Außenpolitik. Lena Dal sagte, die Wahl sei ein Einschnitt.", "Lena Dal", false},
		{"fr", "Nous avons parlé avec Ivo Kask. Il enseigne le droit à l'université de Velor. Ivo Kask a déclaré que le scrutin marquait un tournant.", "Ivo Kask", false},
		// counter-case: the next sentence gives a party office
		{"de", "Über die Wahl haben wir mit Lena Dal gesprochen. Sie leitet die Fraktion der Grünen im Landtag. Lena Dal sagte, die Wahl sei ein Einschnitt.", "Lena Dal", true},
	} {
		res := Reader{Lang: c.lang}.Analyze(c.text)
		require.NotEmpty(t, res.Remarks, c.text)
		assert.Equal(t, c.speaker, res.Remarks[0].Speaker, c.text)
		assert.Equal(t, c.want, res.Remarks[0].AboutResult, c.text)
	}
}
