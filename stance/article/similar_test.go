package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSimilarAct: a reaction told by likeness to the remark before it
// (similar.go); sentences invented for the test.
func TestSimilarAct(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"echoed after reported speech",
			"Reactions\n\nTomas Reed said the count was rigged. His running mate, Sara Lind, echoed the call.",
			[]want{{"Tomas Reed", Reported, "the count was rigged", 0}, {"Sara Lind", Action, "echoed the call", 1}}},
		{"a similar line in the next paragraph",
			"Reactions\n\nPal Rost said Velor would wait for the final results.\n\nAlexei Tolm, a deputy in the Duma, took a similar line.",
			[]want{{"Pal Rost", Reported, "Velor would wait for the final results", 0}, {"Alexei Tolm", Action, "took a similar line", 1}}},
		{"a similarly cautious line",
			"Reactions\n\nPal Rost said Velor would wait for the final results. Li Wen took a similarly cautious line.",
			[]want{{"Pal Rost", Reported, "Velor would wait for the final results", 0}, {"Li Wen", Action, "took a similarly cautious line", 1}}},
		// counter-case: no remark before to be like
		{"a likeness with nothing before it",
			"Reactions\n\nIvo Kask won the vote. Li Wen took a similar line.", nil},
		// counter-case: a sound echoes through a place, after a remark
		{"a sound echoing",
			"Reactions\n\nPal Rost said Velor would wait. Shots echoed through the streets of Tarn overnight.",
			[]want{{"Pal Rost", Reported, "Velor would wait", 0}}},
		// counter-case: "took a line" says nothing of likeness
		{"a line of its own",
			"Reactions\n\nPal Rost said Velor would wait. Li Wen took a hard line on trade.",
			[]want{{"Pal Rost", Reported, "Velor would wait", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestSimilarActStance: the likeness takes the stance of the remark before.
func TestSimilarActStance(t *testing.T) {
	m, err := stance.Default()
	require.NoError(t, err)
	r := Reader{Classifier: m, Context: stance.Context{Winner: []string{"Ivo Kask", "Kask"}, Rivals: []string{"Tomas Reed", "Reed"}}}
	res := r.Analyze("Reactions\n\nTomas Reed said the count was rigged and called for a rerun. His running mate, Sara Lind, echoed the call.")
	require.Len(t, res.Remarks, 2)
	assert.True(t, res.Remarks[1].ByVerb)
	assert.Equal(t, res.Remarks[0].Prediction, res.Remarks[1].Prediction)
}
