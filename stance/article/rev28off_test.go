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
// that the vote itself was unfair keeps a stance; one who tells how long
// the vote took or of taking part in it is off the result. Sentences
// written for the test.
func TestRev28offVoteEvent(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ана Лима", "Лима"}, Rivals: []string{"Руи Соуза", "Соуза"}}
	tests := []struct {
		text, speaker string
		off           bool
	}{
		{"Учительница Вера Громова рассказала, что голосование было нечестным.", "Учительница Вера Громова", false},
		{"Горожанин Петр Ковальчук рассказал, что голосование прошло с подлогом.", "Петр Ковальчук", false},
		{"Пенсионерка Зоя Громова рассказала, что участвовала в голосовании впервые.", "Пенсионерка Зоя Громова", true},
		{"Горожанка Алла Ким рассказала, что голосование заняло у нее пять минут.", "Алла Ким", true}, // near-miss: the vote, no verdict
	}
	for _, tc := range tests {
		off := lexicons["ru"].offTopicSpeakers(ctx, tc.text, ExtractLang(tc.text, "ru"))
		assert.Equal(t, tc.off, off[tc.speaker], "%s (%v)", tc.text, off)
	}
	assert.True(t, lexicons["ru"].rev28offJudgesVote(true, "нечестным"))
	assert.False(t, lexicons["ru"].rev28offJudgesVote(true, "небольшой"))
	assert.False(t, lexicons["ru"].rev28offJudgesVote(false, "нечестным")) // a direct remark keeps the wide stems
}
