package article

import (
	"strings"
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
		{"de", "wer das Amt nun übernehme, müsse es mit Umsicht führen", true},
		{"es", "quien gane el balotaje tendrá nuestro apoyo", true},
		{"pt", "quem vencer a segunda volta terá o nosso apoio", true},
		{"fr", "celui qui l'emportera pourra compter sur la France", true},
		{"ru", "тот, кто победит во втором туре, получит нашу поддержку", true},
		// near-misses
		{"es", "quien ganó el balotaje tiene nuestro apoyo", false},
		{"pt", "quem venceu a segunda volta tem o nosso apoio", false},
		{"fr", "le président, qui gagnera sans doute en popularité, a remercié ses électeurs", false},
		{"ru", "тот, кто победил, получит нашу поддержку", false},
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

// TestLab22mlSentenceRest: the quoted end of a reported remark's sentence
// is read with it, a long rest is not. Sentences written for the test.
func TestLab22mlSentenceRest(t *testing.T) {
	text := "Der Minister sagte, er freue sich auf die Zusammenarbeit, »wer auch immer sie anführt«. Danach reiste er ab.\n"
	r := Reader{text: text}
	i := strings.Index(text, "er freue")
	a := Analysis{Remark: Remark{Start: i, End: i + len("er freue sich auf die Zusammenarbeit")}}
	assert.True(t, lab22mlNamesWhoever("de", r.lab22mlSentenceRest(&a)))
	long := "Der Minister sagte, er freue sich auf die Zusammenarbeit, und dann sprach man noch lange über Zölle, Agrarpreise, Fischerei und Energie, wer auch immer regiert. Ende.\n"
	r = Reader{text: long}
	i = strings.Index(long, "er freue")
	a = Analysis{Remark: Remark{Start: i, End: i + len("er freue sich auf die Zusammenarbeit")}}
	assert.Nil(t, r.lab22mlSentenceRest(&a), "more than twelve words after the remark")
}
