package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/stance"
)

// TestSpeakingActTopic: with no judge of the language, a French, German
// or Russian act of speaking is about the result only when it has a word
// of the election or names the winner or a rival (intl_speakingact.go);
// another act stays about the result by its verb. Sentences written for
// the test.
func TestSpeakingActTopic(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ivo Kask", "Kask"}, Rivals: []string{"Lena Dal", "Dal"}}
	for _, c := range []struct {
		lang, text string
		want       bool
	}{
		{"fr", "Le ministre Olaf Berg a évoqué la fermeture des écoles pendant l'hiver.", false},
		{"fr", "Le ministre Olaf Berg a évoqué une « victoire volée » par le pouvoir.", true},
		{"de", "Der Minister Olaf Berg sprach von steigenden Preisen für Heizöl.", false},
		{"ru", "Министр Олаф Берг говорил о ценах на уголь этой зимой.", false},
		// the acts of speaking added to the lexicons this session (a call,
		// a demand, a naming, a rejection, a denunciation) are judged so too
		{"ru", "Министр Олаф Берг призывает граждан сделать прививку.", false},
		{"ru", "Министр Олаф Берг отвергает обвинения в коррупции.", false},
		{"ru", "Министр Олаф Берг отвергает итоги выборов.", true},
		{"fr", "Le maire Olaf Berg a dénoncé des violences contre des supporters après le match.", false},
		{"fr", "Le maire Olaf Berg a dénoncé des fraudes massives lors du scrutin.", true},
		// counter-cases: a name of the winner, or an act of another kind
		{"fr", "Le ministre Olaf Berg a évoqué sa rencontre avec Kask.", true},
		{"fr", "Le ministre Olaf Berg a félicité Kask.", true},
	} {
		res := Reader{Lang: c.lang, Context: ctx}.Analyze(c.text)
		require.NotEmpty(t, res.Remarks, c.text)
		assert.Equal(t, Action, res.Remarks[0].Kind, c.text)
		assert.Equal(t, c.want, res.Remarks[0].AboutResult, c.text)
	}
}
