package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A speaker's tone is the label of the mean of their remarks' tone
// probabilities, checked against the per-remark predictions by hand.
func TestToneOf(t *testing.T) {
	m, err := stance.DefaultTone()
	require.NoError(t, err)
	text := `Leaders react

President Anna Berg said: "We warmly congratulate the president-elect on a wonderful, peaceful victory."

Minister Karl Holm said: "This is a disgrace and a fraud, and we are furious."

Berg added: "We look forward to a bright future together."`
	res := Reader{}.Analyze(text)
	require.NotEmpty(t, res.Remarks)
	tones := ToneOf(res, m, stance.Context{})
	require.Len(t, tones.Remarks, len(res.Remarks))
	require.Len(t, tones.Speakers, len(res.Speakers))
	for i, r := range res.Remarks {
		assert.Equal(t, m.Predict(r.Text).Label, tones.Remarks[i].Label, r.Text)
	}
	for i, s := range res.Speakers {
		var sum []float64
		n := 0
		for j, r := range res.Remarks {
			if r.Speaker != s.Speaker {
				continue
			}
			if sum == nil {
				sum = make([]float64, len(m.Labels()))
			}
			for k, x := range tones.Remarks[j].Probs() {
				sum[k] += x
			}
			n++
		}
		got := tones.Speakers[i].Probs()
		for k := range sum {
			assert.InDelta(t, sum[k]/float64(n), got[k], 1e-12, "%s %s", s.Speaker, m.Labels()[k])
		}
	}
	byName := map[string]string{}
	for i, s := range res.Speakers {
		byName[s.Speaker] = string(tones.Speakers[i].Label)
	}
	assert.Equal(t, "positive", byName["Anna Berg"])
	assert.Equal(t, "negative", byName["Karl Holm"])
}
