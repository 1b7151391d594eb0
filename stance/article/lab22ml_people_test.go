package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/stance"
)

// TestLab22mlPeopleCongratulated: a congratulation of the voters on the
// turnout in five languages, and near-misses where the winner or the
// victory is congratulated. Sentences written for the test.
func TestLab22mlPeopleCongratulated(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Norland", "Норланд"}, Rivals: []string{"Varga", "Варга"}}
	cases := []struct {
		code, text string
		want       bool
	}{
		{"ru", "поздравил грузин с высокой явкой, однако о самом Норланде говорил уклончиво", true},
		{"es", "felicitó a los hondureños por la alta participación", true},
		{"pt", "felicitou os eleitores pela participação massiva", true},
		{"fr", "a félicité les Togolais pour leur forte participation", true},
		{"de", "gratulierte den Wählern zur hohen Wahlbeteiligung", true},
		{"fr", "a félicité les Ivoiriens pour leur forte participation, sans citer le président sortant", true},
		{"de", "gratulierte den Österreichern zur hohen Wahlbeteiligung, nannte die Siegerin aber nicht", true},
		// near-misses
		{"ru", "поздравил избирателей с высокой явкой, а Норланд — с победой", false},
		{"fr", "a félicité les électeurs pour leur participation, et le vainqueur pour sa victoire", false},
		{"es", "felicitó a los peruanos por la participación, y felicitó también a Norland por su triunfo", false},
		{"pt", "felicitou os eleitores pela participação e a Norland pela vitória", false},
		{"es", "felicitó a Norland por su victoria y por la alta participación", false},
		{"fr", "a félicité le président élu pour la forte participation", false},
		{"de", "gratulierte dem Wahlsieger und lobte die hohe Wahlbeteiligung", false},
		{"ru", "поздравил грузин с праздником, явка была высокой в тот день, сказал он", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, lab22mlPeopleCongratulated(ctx, c.code, c.text), "%s: %s", c.code, c.text)
	}
}
