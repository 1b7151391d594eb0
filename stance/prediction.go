package stance

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/stancekit/stancekit/corpus"
)

// Prediction is a model's answer for one statement.
type Prediction struct {
	// Label is the most probable label; ties go to the label listed first.
	Label corpus.Label
	// Probability is P(Label | statement).
	Probability float64
	// Known is the number of the statement's features seen in training.
	Known int
	// NoFeatures is set when no feature of the statement was seen in
	// training (empty text, punctuation only, unknown words): Label then
	// comes from the prior alone.
	NoFeatures bool
	// Abstained is set when the model's abstention thresholds were not met.
	// The label is still reported.
	Abstained bool

	labels []corpus.Label
	index  int
	probs  [4]float64 // inline for up to four labels, so Predict need not allocate
	more   []float64  // more than four labels
}

// NewPrediction builds a prediction from per-label probabilities, for
// classifiers other than this package's models. probs[i] belongs to
// labels[i]; the most probable label wins, ties to the first.
func NewPrediction(labels []corpus.Label, probs []float64) Prediction {
	p := Prediction{labels: labels}
	if len(probs) > len(p.probs) {
		p.more = append([]float64(nil), probs...)
	} else {
		copy(p.probs[:], probs)
	}
	for i := range probs {
		if probs[i] > probs[p.index] {
			p.index = i
		}
	}
	if len(labels) > 0 {
		p.Label = labels[p.index]
		p.Probability = probs[p.index]
	}
	return p
}

// Labels returns the labels the probabilities refer to.
func (p Prediction) Labels() []corpus.Label { return p.labels }

// Probs returns a new slice of P(label | statement) in the order of Labels.
func (p Prediction) Probs() []float64 {
	out := make([]float64, len(p.labels))
	for i := range out {
		out[i] = p.prob(i)
	}
	return out
}

func (p *Prediction) prob(i int) float64 {
	if p.more != nil {
		return p.more[i]
	}
	return p.probs[i]
}

// ProbabilityOf returns P(l | statement), 0 for a label the model lacks.
func (p Prediction) ProbabilityOf(l corpus.Label) float64 {
	for i, k := range p.labels {
		if k == l {
			return p.prob(i)
		}
	}
	return 0
}

// Probabilities returns every label's probability as a map, for JSON.
func (p Prediction) Probabilities() map[corpus.Label]float64 {
	out := make(map[corpus.Label]float64, len(p.labels))
	for i, l := range p.labels {
		out[l] = p.prob(i)
	}
	return out
}

// PredictionJSON is the JSON form of a Prediction that stancekit's programs
// print (classify -json, article -json, the Beam pipeline). Embed it in a
// struct to add fields such as the text.
type PredictionJSON struct {
	Label         corpus.Label             `json:"label"`
	Probability   float64                  `json:"probability"`
	Probabilities map[corpus.Label]float64 `json:"probabilities"`
	Known         int                      `json:"known"`
	NoFeatures    bool                     `json:"no_features"`
	Abstained     bool                     `json:"abstained"`
}

// JSON returns p's JSON form with probabilities rounded to the given number
// of decimals (negative: not rounded).
func (p Prediction) JSON(decimals int) PredictionJSON {
	round := func(v float64) float64 {
		if decimals < 0 {
			return v
		}
		s := math.Pow(10, float64(decimals))
		return math.Round(v*s) / s
	}
	j := PredictionJSON{Label: p.Label, Probability: round(p.Probability), Probabilities: make(map[corpus.Label]float64, len(p.labels)),
		Known: p.Known, NoFeatures: p.NoFeatures, Abstained: p.Abstained}
	for i, l := range p.labels {
		j.Probabilities[l] = round(p.prob(i))
	}
	return j
}

// TextWarning returns why a statement will not be read as written, for a
// program to warn about, or "" if it will be: a blank statement has no
// features, so its label comes from the prior alone; the tokenizer reads
// invalid UTF-8 bytes as spaces.
func TextWarning(text string) string {
	switch {
	case strings.TrimSpace(text) == "":
		return "empty statement, label from the prior alone"
	case !utf8.ValidString(text):
		return "invalid UTF-8, bad bytes read as spaces"
	}
	return ""
}
