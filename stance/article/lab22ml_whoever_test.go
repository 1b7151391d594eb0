package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLab22mlWhoever: a phrase of an unnamed next leader ("wer immer das
// sein wird") in five languages, and near-misses. Sentences written for
// the test.
func TestLab22mlWhoever(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"de", "man freue sich auf die Arbeit mit dem nächsten Kanzler, wer immer das sein werde", true},
		{"de", "wir arbeiten mit der neuen Regierung zusammen, wer auch immer sie führt", true},
		{"de", "egal wer am Ende regiert, wir bleiben ein verlässlicher Partner", true},
		{"es", "trabajaremos con el próximo gobierno, sea quien sea su presidente", true},
		{"es", "cooperaremos con quienquiera que resulte proclamado", true},
		{"pt", "vamos trabalhar com o próximo presidente, seja quem for", true},
		{"pt", "cooperaremos com quem quer que vença", true},
		{"fr", "nous travaillerons avec le futur président, quel qu'il soit", true},
		{"fr", "la France coopérera avec le futur président, qui que ce soit", true},
		{"ru", "будем работать с новым президентом, кто бы им ни стал", true},
		{"ru", "сотрудничество продолжится независимо от того, кто займёт пост", true},
		// near-misses
		{"de", "wer immer noch glaubt, die Wahl sei offen, irrt", false},
		{"de", "wir gratulieren dem Wahlsieger und freuen uns auf die Arbeit", false},
		{"es", "felicitamos al presidente electo, quien ganó con claridad", false},
		{"pt", "quem ganhou foi o povo", false},
		{"fr", "nous félicitons le président élu, qui a gagné nettement", false},
		{"ru", "кто победил, тот и будет работать", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, lab22mlNamesWhoever(c.code, actionWords(c.text)), "%s: %s", c.code, c.text)
	}
}
