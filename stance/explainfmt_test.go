package stance

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func handExplanation() Explanation {
	return Explanation{
		Text:  "We are not ready to legitimate",
		Label: "withholding", RunnerUp: "hostile", Prior: -0.1, Margin: 1.6,
		Contributions: []Contribution{
			{Feature: "not", Start: 7, End: 10, Weight: 0.2},
			{Feature: "NOT_readi", Start: 11, End: 16, Negated: true, Weight: 1.5},
			{Feature: "legitim", Start: 20, End: 30, Weight: -0.0},
		},
		Unknown: []string{"zzz"},
	}
}

func TestExplanationJSON(t *testing.T) {
	j := handExplanation().JSON(2)
	b, err := json.Marshal(j)
	require.NoError(t, err)
	assert.JSONEq(t, `{"label":"withholding","runner_up":"hostile","prior":-0.1,"margin":1.6,"temperature":1,"known":3,"unknown":1,
		"contributions":[
		 {"feature":"NOT_readi","text":"ready","start":11,"end":16,"negated":true,"weight":1.5},
		 {"feature":"not","text":"not","start":7,"end":10,"negated":false,"weight":0.2}]}`, string(b))
	assert.Len(t, handExplanation().JSON(-1).Contributions, 3, "n < 0: all")
	assert.NotNil(t, Explanation{}.JSON(3).Contributions, "an empty list, not null")
}

func TestExplanationText(t *testing.T) {
	got := string(handExplanation().AppendText(nil, 2))
	want := "  withholding rather than hostile, by 1.60 in log-odds (prior -0.10, 3 known features, 1 unknown)\n" +
		"   +1.50  toward withholding  \"ready\"                  NOT_readi  (negated)\n" +
		"   +0.20  toward withholding  \"not\"                    not\n"
	assert.Equal(t, want, got)
	cal := handExplanation()
	cal.Temperature = 3.2
	assert.Equal(t, "  withholding rather than hostile, by 1.60 in log-odds (prior -0.10, 3 known features, 1 unknown)\n"+
		"  calibrated: 1.60 / temperature 3.20 = 0.50 in the probabilities' log-odds\n"+
		"   +1.50  toward withholding  \"ready\"                  NOT_readi  (negated)\n", string(cal.AppendText(nil, 1)))
	assert.InDelta(t, 3.2, cal.JSON(0).Temperature, 0)
	neg := Explanation{Text: "x", Label: "a", RunnerUp: "b", Contributions: []Contribution{{Feature: "x", Start: 0, End: 1, Weight: -2}}}
	assert.Contains(t, string(neg.AppendText(nil, 1)), "-2.00  toward b ", "a negative weight favours the runner-up")
	assert.Empty(t, Explanation{Label: "a"}.AppendText(nil, 3), "one label: nothing to explain")
	bad := Explanation{Text: "\xff", Label: "a", RunnerUp: "b", Contributions: []Contribution{{Feature: "x", Start: 0, End: 1}}}
	assert.Contains(t, string(bad.AppendText(nil, 1)), "\"\uFFFD\"", "invalid UTF-8 is replaced")
}

// TestExplanationSumsToMargin holds the rendering to the model: the prior and
// every contribution add up to the margin, the raw log-odds, which divided by
// the temperature is the log-odds of the two labels' (calibrated)
// probabilities; with and without a calibration.
func TestExplanationSumsToMargin(t *testing.T) {
	def, err := Default()
	require.NoError(t, err)
	hot, err := def.WithCalibration(Calibration{Temperature: 2.5})
	require.NoError(t, err)
	for _, m := range []*Model{def, hot} {
		for _, text := range []string{"We are not ready to recognise the new president.", "Congratulations!", "fraud fraud"} {
			e := m.Explain(text)
			j := e.JSON(-1)
			sum := j.Prior
			for _, c := range j.Contributions {
				sum += c.Weight
			}
			assert.InDelta(t, j.Margin, sum, 1e-9, text)
			odds := math.Log(e.Prediction.ProbabilityOf(e.Label) / e.Prediction.ProbabilityOf(e.RunnerUp))
			assert.InDelta(t, odds, j.Margin/j.Temperature, 1e-6, text)
		}
	}
	raw, cal := def.Explain("fraud fraud"), hot.Explain("fraud fraud")
	assert.InDelta(t, raw.Margin, cal.Margin, 0, "explanations are raw log-odds whatever the calibration")
	assert.InDelta(t, 2.5, cal.Temperature, 0)
}
