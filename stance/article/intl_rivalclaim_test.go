package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// TestRivalClaim: a rival's reported claim of their own victory is
// hostile in French, German and Russian (intl_rivalclaim.go); a negated
// claim, or the same words from someone who is no rival, are not read so.
// Sentences written for the test.
func TestRivalClaim(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ivo Kask", "Kask", "Ивар Каск"}, Rivals: []string{"Olaf Berg", "Berg", "Олаф Берг", "Берг"}}
	for _, c := range []struct {
		lang, text, speaker string
		hostile             bool
	}{
		{"fr", "Ivo Kask a été proclamé élu. Olaf Berg maintient qu'il a gagné le scrutin.", "Olaf Berg", true},
		{"de", "Ivo Kask wurde zum Sieger erklärt. Olaf Berg erklärte, er habe die Wahl gewonnen.", "Olaf Berg", true},
		{"ru", "Победителем объявлен Ивар Каск. Олаф Берг утверждает, что на самом деле победил именно он.", "Олаф Берг", true},
		// counter-cases: a negation, and a speaker who is no rival
		{"fr", "Ivo Kask a été proclamé élu. Olaf Berg a déclaré qu'il n'a pas gagné le scrutin.", "Olaf Berg", false},
		{"fr", "Ivo Kask a été proclamé élu. Lena Dal maintient qu'il a gagné le scrutin.", "Lena Dal", false},
		// counter-cases: a rival who won another contest
		{"fr", "Ivo Kask a été proclamé élu. Olaf Berg maintient qu'il a gagné le match de tennis de dimanche.", "Olaf Berg", false},
		{"de", "Ivo Kask wurde zum Sieger erklärt. Olaf Berg erklärte, er habe das Turnier gewonnen.", "Olaf Berg", false},
		{"ru", "Победителем объявлен Ивар Каск. Олаф Берг сказал, что победил именно он в шахматном турнире.", "Олаф Берг", false},
	} {
		m, err := stance.DefaultLanguage(c.lang)
		require.NoError(t, err)
		res := Reader{Classifier: m, Lang: c.lang, Context: ctx}.Analyze(c.text)
		found := false
		for _, a := range res.Remarks {
			if a.Speaker != c.speaker || a.Kind != Reported {
				continue
			}
			found = true
			assert.Equal(t, c.hostile, a.ByVerb && a.Prediction.Label == corpus.Hostile, c.text)
		}
		assert.True(t, found, c.text)
	}
}
