package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFgr16RussianAwait: a Russian observer who waits for the count
// before drawing conclusions speaks of the result (ruAwaitVerdicts,
// lexicon_fgr16.go); one who only reports how the count runs does not.
// Sentences written for the test.
func TestFgr16RussianAwait(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Координатор миссии Иво Каск заявила, что миссия ждёт от ЦИК публикации протоколов по каждому участку.", true},
		{"Координатор миссии Иво Каск заявила, что протоколы с участков поступают, прежде чем делать выводы рано.", true},
		// counter-case: the process alone
		{"Координатор миссии Иво Каск заявила, что протоколы с участков поступают без сбоев.", false},
	} {
		res := Reader{Lang: "ru"}.Analyze(c.text)
		require.NotEmpty(t, res.Remarks, c.text)
		assert.Equal(t, "Иво Каск", res.Remarks[0].Speaker, c.text)
		assert.Equal(t, c.want, res.Remarks[0].AboutResult, c.text)
	}
}
