package stance

import (
	"fmt"
	"strings"

	"github.com/stancekit/stancekit/corpus"
)

// ExplanationJSON is the one JSON shape of an explanation that stancekit's
// programs print (classify -json -explain, article -json -explain) and that
// a library user can marshal as it is. Weights are raw (uncalibrated)
// log-odds of Label against RunnerUp: positive toward Label, negative toward
// RunnerUp, and
//
//	Margin = Prior + Σ weights of all contributions
//
// where Contributions may hold only the strongest few (Explanation.JSON's n)
// and Known counts them all. The probabilities printed beside it
// (PredictionJSON) are calibrated: their log-odds of Label against RunnerUp
// are Margin / Temperature, Temperature being 1 for an uncalibrated model.
type ExplanationJSON struct {
	Label         corpus.Label       `json:"label"`
	RunnerUp      corpus.Label       `json:"runner_up"`
	Prior         float64            `json:"prior"`
	Margin        float64            `json:"margin"`
	Temperature   float64            `json:"temperature"`
	Known         int                `json:"known"`
	Unknown       int                `json:"unknown"`
	Contributions []ContributionJSON `json:"contributions"`
}

// ContributionJSON is one feature's part of an ExplanationJSON.
type ContributionJSON struct {
	Feature string  `json:"feature"` // as the model counts it, e.g. "NOT_recogn"
	Text    string  `json:"text"`    // what the statement says there, e.g. "recognise"
	Start   int     `json:"start"`   // byte offsets of Text in the statement
	End     int     `json:"end"`
	Negated bool    `json:"negated"`
	Weight  float64 `json:"weight"`
}

// JSON returns e's JSON form with its n strongest contributions (all of them
// when n < 0), at full precision. The surface text of each contribution is
// cut from e.Text, invalid UTF-8 shown as U+FFFD. A zero Temperature (an
// Explanation not made by Explain) is written as 1.
func (e Explanation) JSON(n int) ExplanationJSON {
	j := ExplanationJSON{Label: e.Label, RunnerUp: e.RunnerUp, Prior: e.Prior, Margin: e.Margin, Temperature: e.temperature(),
		Known: len(e.Contributions), Unknown: len(e.Unknown), Contributions: []ContributionJSON{}}
	if n < 0 {
		n = len(e.Contributions)
	}
	for _, c := range e.Top(n) {
		j.Contributions = append(j.Contributions, ContributionJSON{Feature: c.Feature, Text: e.span(c),
			Start: c.Start, End: c.End, Negated: c.Negated, Weight: c.Weight})
	}
	return j
}

// AppendText appends e's text rendering with its n strongest contributions
// to dst, one line each, for a reader who has not met log-odds before:
//
//	withholding rather than hostile, by 4.55 in log-odds (prior -0.10, 14 known features, 2 unknown)
//	  +1.46  toward withholding  "not ready"      NOT_readi  (negated)
//	  -0.52  toward hostile      "legitimate"     legitim
//
// Each line's sign says which of the two labels the feature favours; the
// prior and all the contributions add up to the margin. A calibrated model
// adds a line after the first that says how the margin, raw log-odds,
// becomes the calibrated probabilities' log-odds:
//
//	calibrated: 4.55 / temperature 3.10 = 1.47 in the probabilities' log-odds
//
// A model with one label has nothing to explain and appends nothing.
func (e Explanation) AppendText(dst []byte, n int) []byte {
	if e.RunnerUp == "" {
		return dst
	}
	dst = fmt.Appendf(dst, "  %s rather than %s, by %.2f in log-odds (prior %+.2f, %d known features, %d unknown)\n",
		e.Label, e.RunnerUp, e.Margin, e.Prior, len(e.Contributions), len(e.Unknown))
	if t := e.temperature(); t != 1 {
		dst = fmt.Appendf(dst, "  calibrated: %.2f / temperature %.2f = %.2f in the probabilities' log-odds\n", e.Margin, t, e.Margin/t)
	}
	for _, c := range e.Top(n) {
		toward := e.Label
		if c.Weight < 0 {
			toward = e.RunnerUp
		}
		neg := ""
		if c.Negated {
			neg = "  (negated)"
		}
		dst = fmt.Appendf(dst, "  %+6.2f  toward %-12s %-24q %s%s\n", c.Weight, toward, e.span(c), c.Feature, neg)
	}
	return dst
}

// temperature returns e.Temperature, 1 when it is not set.
func (e Explanation) temperature() float64 {
	if e.Temperature == 0 {
		return 1
	}
	return e.Temperature
}

// span returns the text of c's span in the statement, invalid UTF-8
// replaced by U+FFFD, for display.
func (e Explanation) span(c Contribution) string {
	if c.Start < 0 || c.End > len(e.Text) || c.Start > c.End {
		return ""
	}
	return strings.ToValidUTF8(e.Text[c.Start:c.End], "\uFFFD")
}
