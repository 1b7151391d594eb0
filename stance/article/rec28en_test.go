package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestRec28enSpeakers: an unset-off adverb of contrast before the verb,
// "advised X to", a request before ", and X said", "greeted" the result,
// "delivered a message of congratulations", "was among the first to post
// his congratulations" (sentences invented for the test).
func TestRec28enSpeakers(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"nonetheless between apposition and verb",
			"Reactions\n\nHer adviser, Ivo Kask, nonetheless told reporters that she would not contest the count.",
			[]want{{"Ivo Kask", Reported, "she would not contest the count", 0}}},
		{"nevertheless after a bare name",
			"Reactions\n\nIvo Kask nevertheless said that the vote had been clean.",
			[]want{{"Ivo Kask", Reported, "the vote had been clean", 0}}},
		{"advised the loser to accept",
			"Reactions\n\nThe board's spokesman, Ivo Kask, advised Lena Dal to accept the verdict.",
			[]want{{"Ivo Kask", Action, "advised Lena Dal to accept the verdict", 0}}},
		{"a request, then a clause of its own after ', and'",
			"Reactions\n\nIvo Kask advised Lena Dal to accept the verdict, and the board's chairman, Jon Roe, said the vote had been clean.",
			[]want{{"Ivo Kask", Action, "advised Lena Dal to accept the verdict", 0}, {"Jon Roe", Reported, "the vote had been clean", 1}}},
		{"greeted the re-election",
			"Reactions\n\nIn Tarn, the new chancellor, Ivo Kask, greeted Berg's re-election in a statement on Sunday.",
			[]want{{"Ivo Kask", Action, "greeted Berg's re-election in a statement on Sunday", 0}}},
		{"delivered a message of congratulations",
			"Reactions\n\nVelor's ambassador, Ivo Kask, delivered a message of congratulations to the president-elect.",
			[]want{{"Ivo Kask", Action, "delivered a message of congratulations to the president-elect", 0}}},
		{"among the first to post his congratulations",
			"Reactions\n\nVelor's prime minister, Ivo Kask, was among the first to post his congratulations on Sunday night.",
			[]want{{"Ivo Kask", Action, "was among the first to post his congratulations on Sunday night", 0}}},
		{"quick to tweet her congratulations",
			"Reactions\n\nIvo Kask was quick to tweet her congratulations.",
			[]want{{"Ivo Kask", Action, "was quick to tweet her congratulations", 0}}},
		// counter-cases
		{"advised against: no request of anyone",
			"Reactions\n\nIvo Kask advised against a recount.",
			nil},
		{"greeted the crowd: no result",
			"Reactions\n\nIvo Kask greeted his supporters in the main square.",
			nil},
		{"greeted with silence",
			"Reactions\n\nIvo Kask greeted the result with stony silence.",
			nil},
		{"delivered a speech",
			"Reactions\n\nIvo Kask delivered a speech on the economy.",
			nil},
		{"the first to post the figures",
			"Reactions\n\nIvo Kask was the first to post the figures.",
			nil},
		{"wants to post, no lead-in",
			"Reactions\n\nIvo Kask wants to post his congratulations.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestRec28enVerdicts: the acts above recognise the winner; a greeting
// received coolly does not.
func TestRec28enVerdicts(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Berg", "Berg"}, Rivals: []string{"Lena Dal", "Dal"}}
	for _, c := range []struct {
		text string
		want actionVerdict
	}{
		{"greeted Berg's re-election in a statement", verdictRecognising},
		{"greeted the result with relief", verdictRecognising},
		{"delivered a message of congratulations to the president-elect", verdictRecognising},
		{"advised Dal to accept the verdict", verdictRecognising},
		{"greeted the result with scepticism", verdictNone},
	} {
		t.Run(c.text, func(t *testing.T) { assert.Equal(t, c.want, actionStance(ctx, c.text)) })
	}
}
