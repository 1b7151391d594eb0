package main

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
// that the decision offsets mean the same for an ensemble as for a single
// model. The weights put members whose probabilities live on different
// scales (naive Bayes' are nearly 0 or 1, NBSVM's are a softmax of SVM
// margins) on a common footing. Every member has the task's labels.
type ensemble struct {
	members []stance.Classifier
	weights []float64
}

var _ stance.Classifier = (*ensemble)(nil)

func (e *ensemble) Labels() []corpus.Label { return taskLabels }

// Predict combines the members' predictions. Known is the largest of the
// members' counts of known features.
func (e *ensemble) Predict(text string) stance.Prediction {
	member := make([][3]float64, len(e.members))
	known := 0
	for m, c := range e.members {
		p := c.Predict(text)
		known = max(known, p.Known)
		for i, l := range taskLabels {
			member[m][i] = math.Log(p.ProbabilityOf(l))
		}
	}
	lp := combine(member, e.weights)
	var probs [3]float64
	for i, v := range lp {
		probs[i] = math.Exp(v)
	}
	p := stance.NewPrediction(taskLabels, probs[:])
	p.Known = known
	p.NoFeatures = known == 0
	return p
}

// combine returns the ensemble's log-probabilities from the members',
// all in the order of Labels: the normalised weighted mean.
func combine(member [][3]float64, weights []float64) [3]float64 {
	var s [3]float64
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
	lse := floats.LogSumExp(s[:])
	for i := range s {
		s[i] -= lse
	}
	return s
}

// taskLabels are Labels as stance labels.
var taskLabels = []corpus.Label{Favor, Against, None}

// twoStage combines a first model, stance (stanceLabel) against NONE,
// with a second, FAVOR against AGAINST:
//
//	P(FAVOR) = P₁(stance) P₂(FAVOR),  P(AGAINST) = P₁(stance) P₂(AGAINST),
//	P(NONE) = P₁(NONE).
type twoStage struct {
	first, second stance.Classifier
}

var _ stance.Classifier = (*twoStage)(nil)

func (c *twoStage) Labels() []corpus.Label { return taskLabels }

// Predict combines the stages' predictions; Known is the first stage's.
func (c *twoStage) Predict(text string) stance.Prediction {
	p1, p2 := c.first.Predict(text), c.second.Predict(text)
	s := p1.ProbabilityOf(stanceLabel)
	probs := []float64{s * p2.ProbabilityOf(Favor), s * p2.ProbabilityOf(Against), p1.ProbabilityOf(None)}
	p := stance.NewPrediction(taskLabels, probs)
	p.Known = p1.Known
	p.NoFeatures = p1.NoFeatures
	return p
}
