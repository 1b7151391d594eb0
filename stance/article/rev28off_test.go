package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestRev28offVerdictWords: a commentator who doubts the figures, names
// the people's choice, calls the vote a sham or waits for a later step
// gives a verdict (off28NoVerdict false); an analysis with none of those
// words still has none. Sentences written for the test.
func TestRev28offVerdictWords(t *testing.T) {
	tests := []struct {
		run  string
		none bool
	}{
		{"The figures cannot be trusted.", false},
		{"The people have spoken, and she is their choice.", false},
		{"This vote was a sham from start to finish.", false},
		{"We will wait for the joint session of parliament.", false},
		{"Young voters were hard to reach by phone this year.", true}, // near-miss: analysis
		{"Turnout in the north rose by nine points.", true},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.none, off28NoVerdict(tc.run), tc.run)
	}
}

// TestRev28offVoteEvent: a Russian resident who tells in reported words
// that the vote itself was unfair keeps a stance; one who tells of
// taking part in the vote ("участвовал в голосовании") is off the
// result. Sentences written for the test.
func TestRev28offVoteEvent(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ана Лима", "Лима"}, Rivals: []string{"Руи Соуза", "Соуза"}}
	tests := []struct {
		text, speaker string
		off           bool
	}{
		{"Учительница Вера Громова рассказала, что голосование было нечестным.", "Учительница Вера Громова", false},
		{"Горожанин Петр Ковальчук рассказал, что голосование прошло с подлогом.", "Петр Ковальчук", false},
		{"Пенсионерка Зоя Громова рассказала, что участвовала в голосовании впервые.", "Пенсионерка Зоя Громова", true},
		{"Горожанин Петр Ковальчук рассказал, что узнал о голосовании из газеты.", "Петр Ковальчук", true},
	}
	for _, tc := range tests {
		off := lexicons["ru"].offTopicSpeakers(ctx, tc.text, ExtractLang(tc.text, "ru"))
		assert.Equal(t, tc.off, off[tc.speaker], "%s (%v)", tc.text, off)
	}
	words := []string{"в", "голосовании"}
	assert.False(t, rev28offVoteEvent("ru", words, 1))
	assert.True(t, rev28offVoteEvent("ru", []string{"голосование", "было"}, 0))
	assert.False(t, rev28offVoteEvent("es", []string{"голосование"}, 0))
}
