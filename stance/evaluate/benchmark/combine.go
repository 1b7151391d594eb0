package benchmark

import (
	"math"

	"gonum.org/v1/gonum/floats"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// minLogProb bounds a member's log-probability from below in an ensemble:
// naive Bayes' probabilities underflow to 0 for labels far behind the
// best, and a -Inf would veto a label whatever the other members say.
// It is just above the logarithm of the smallest normal float64.
const minLogProb = -700

// ensemble is a product of experts: the weighted mean of the members'
// log-probabilities, normalised,
//
//	s_k = Σ_m w_m log P_m(k | x) / Σ_m w_m,   log P(k | x) = s_k − log Σ_j exp s_j.
//
// Taking the mean, not the sum, keeps the result on the members' scale, so
// that decision offsets mean the same for an ensemble as for a single
// model. The weights put members whose probabilities live on different
// scales (naive Bayes' are nearly 0 or 1, NBSVM's are a softmax of SVM
// margins) on a common footing.
type ensemble struct {
	labels  []corpus.Label
	members []stance.Classifier
	weights []float64
}

var _ stance.Classifier = (*ensemble)(nil)

func (e *ensemble) Labels() []corpus.Label { return e.labels }

// Predict combines the members' predictions. Known is the largest of the
// members' counts of known features.
func (e *ensemble) Predict(text string) stance.Prediction {
	member := make([][]float64, len(e.members))
	known := 0
	for m, c := range e.members {
		p := c.Predict(text)
		member[m] = logProbs(p, e.labels)
		known = max(known, p.Known)
	}
	lp := combine(member, e.weights)
	for i, v := range lp {
		lp[i] = math.Exp(v)
	}
	p := stance.NewPrediction(e.labels, lp)
	p.Known = known
	p.NoFeatures = known == 0
	return p
}

// logProbs returns log P(label | text) of a prediction for every label,
// in order.
func logProbs(p stance.Prediction, labels []corpus.Label) []float64 {
	out := make([]float64, len(labels))
	for i, l := range labels {
		out[i] = math.Log(p.ProbabilityOf(l))
	}
	return out
}

// combine returns the ensemble's log-probabilities from the members', all
// in the order of the labels: the normalised weighted mean.
func combine(member [][]float64, weights []float64) []float64 {
	s := make([]float64, len(member[0]))
	var total float64
	for m, lp := range member {
		total += weights[m]
		for i := range s {
			s[i] += weights[m] * max(lp[i], minLogProb)
		}
	}
	for i := range s {
		s[i] /= total
	}
	lse := floats.LogSumExp(s)
	for i := range s {
		s[i] -= lse
	}
	return s
}

// twoStage combines a first model, some label (some) against the last one,
// with a second among the other labels:
//
//	P(l) = P₁(some) P₂(l) for every label l but the last,  P(last) = P₁(last).
type twoStage struct {
	labels        []corpus.Label
	some          corpus.Label
	first, second stance.Classifier
}

var _ stance.Classifier = (*twoStage)(nil)

func (c *twoStage) Labels() []corpus.Label { return c.labels }

// Predict combines the stages' predictions; Known is the first stage's.
func (c *twoStage) Predict(text string) stance.Prediction {
	p1, p2 := c.first.Predict(text), c.second.Predict(text)
	s := p1.ProbabilityOf(c.some)
	probs := make([]float64, len(c.labels))
	last := len(c.labels) - 1
	for i, l := range c.labels[:last] {
		probs[i] = s * p2.ProbabilityOf(l)
	}
	probs[last] = p1.ProbabilityOf(c.labels[last])
	p := stance.NewPrediction(c.labels, probs)
	p.Known = p1.Known
	p.NoFeatures = p1.NoFeatures
	return p
}
