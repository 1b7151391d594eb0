package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFgr16ProcessVerdicts: an observer who assesses the count or the
// competition of the vote, or demands that incidents be cleared up,
// speaks of the result (fgrProcessVerdicts, lexicon_fgr16.go); one who
// only reports the count does not. Sentences written for the test.
func TestFgr16ProcessVerdicts(t *testing.T) {
	for _, c := range []struct {
		lang, text, speaker string
		want                bool
	}{
		{"ru", "Глава миссии Лена Даль заявила, что наблюдатели оценили подсчёт голосов на участках как плохой.", "Лена Даль", true},
		{"ru", "Глава миссии Лена Даль заявила, что голосование на участках прошло в обстановке, лишённой конкуренции.", "Лена Даль", true},
		{"de", "Der Leiter der Beobachter, Ivo Kask, sagte, die Vorfälle in den Wahllokalen müssten lückenlos aufgeklärt werden.", "Ivo Kask", true},
		{"fr", "Lena Dal, élue de l'opposition, exige la publication des procès-verbaux bureau par bureau avant tout commentaire sur le fond.", "Lena Dal", true},
		// counter-case: the count alone
		{"ru", "Глава миссии Лена Даль заявила, что подсчёт голосов на участках завершён.", "Лена Даль", false},
	} {
		res := Reader{Lang: c.lang}.Analyze(c.text)
		require.NotEmpty(t, res.Remarks, c.text)
		assert.Equal(t, c.speaker, res.Remarks[0].Speaker, c.text)
		assert.Equal(t, c.want, res.Remarks[0].AboutResult, c.text)
	}
}
