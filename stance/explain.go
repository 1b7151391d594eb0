package stance

import (
	"cmp"
	"math"
	"slices"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/tokenize"
)

// Contribution is one feature's share of a decision.
type Contribution struct {
	Feature    string  // feature text, e.g. "NOT_recogn" or "not readi"
	Start, End int     // byte span in the statement
	Negated    bool    // some part was inside a negation scope
	Weight     float64 // w(winner,f) − w(runner-up,f), in nats
}

// Explanation says why a model chose its label over the runner-up.
//
// The margin is exact in log space:
//
//	Margin = score(Label) − score(RunnerUp) = Prior + Σ Contributions[i].Weight
//
// For a multinomial model Prior is log P(Label) − log P(RunnerUp) and each
// weight log θ(Label,f) − log θ(RunnerUp,f); a feature occurring twice
// contributes twice (once with Binary). Unknown features contribute nothing
// and are listed in Unknown.
//
// Margin, Prior and the weights are raw log-odds: the model's own evidence,
// before calibration. The probabilities in Prediction are calibrated when
// the model has a [Calibration]; they are the softmax of the scores divided
// by Temperature, so
//
//	log(P(Label|x) / P(RunnerUp|x)) = Margin / Temperature
//
// (Temperature is 1 for an uncalibrated model, and then the margin is the
// log-odds of the two probabilities themselves). Calibration rescales all
// the evidence alike, so it changes neither the ranking of the features nor
// the label. A calibration with a VADER term adds that term's share:
//
//	log(P(Label|x) / P(RunnerUp|x)) = Margin / Temperature + VADER
//
// and the term may outweigh the naive Bayes evidence, leaving a negative
// Margin.
type Explanation struct {
	Text          string // the statement explained
	Prediction    Prediction
	Label         corpus.Label
	RunnerUp      corpus.Label
	Prior         float64
	Margin        float64
	Temperature   float64        // the calibration's T, 1 for none
	VADER         float64        // the VADER term's log-odds of Label over RunnerUp, w·v(x) + b or its negative; 0 for none
	Contributions []Contribution // in statement order
	Unknown       []string       // features never seen in training
}

// Explain predicts text and explains the decision.
func (m *Model) Explain(text string) Explanation { return m.ExplainIn(Context{}, text) }

// ExplainIn predicts text in its election context (see PredictIn) and
// explains the decision; the placeholders WINNER and RIVAL appear in the
// features where the names were.
func (m *Model) ExplainIn(ctx Context, text string) Explanation {
	p := m.PredictIn(ctx, text)
	e := Explanation{Text: text, Prediction: p, Label: p.Label, Temperature: m.calib.temperature()}
	L := len(m.labels)
	if L < 2 {
		return e
	}
	win := p.index
	run := -1
	probs := p.Probs()
	for c := range L {
		if c != win && (run < 0 || probs[c] > probs[run]) {
			run = c
		}
	}
	e.RunnerUp = m.labels[run]
	if m.calib.hasVADER() {
		e.VADER = m.calib.VADER*VADERCompound(text) + m.calib.Bias
		if win != m.vaderPos {
			e.VADER = -e.VADER
		}
	}
	tb := m.t()
	e.Prior = tb.prior[win] - tb.prior[run]
	feats := m.an.FeaturesIn(ctx, text)
	if m.opts.Binary {
		seen := make(map[uint64]bool, len(feats))
		feats = slices.DeleteFunc(feats, func(f tokenize.Feature) bool {
			if seen[f.Hash] {
				return true
			}
			seen[f.Hash] = true
			return false
		})
	}
	e.Margin = e.Prior
	for _, f := range feats {
		i, ok := tb.weights.Lookup(f.Hash)
		if !ok {
			e.Unknown = append(e.Unknown, f.Text)
			continue
		}
		w := tb.weights.Weight(i, win) - tb.weights.Weight(i, run)
		e.Contributions = append(e.Contributions, Contribution{Feature: f.Text, Start: f.Start, End: f.End, Negated: f.Negated, Weight: w})
		e.Margin += w
	}
	return e
}

// Top returns the n contributions with the largest absolute weight, largest
// first (ties in statement order).
func (e Explanation) Top(n int) []Contribution {
	c := slices.Clone(e.Contributions)
	slices.SortStableFunc(c, func(a, b Contribution) int { return cmp.Compare(math.Abs(b.Weight), math.Abs(a.Weight)) })
	if n < len(c) {
		c = c[:n]
	}
	return c
}

// Informative is a feature that separates one label from the others.
type Informative struct {
	Feature string `json:"feature"`
	// LogRatio is log θ(label,f) − max_{c≠label} log θ(c,f): how many nats
	// more likely the feature is under label than under its closest rival.
	LogRatio float64 `json:"log_ratio"`
	Count    uint64  `json:"count"` // N(label, f)
	Total    uint64  `json:"total"` // Σ_c N(c, f)
}

// MostInformative returns up to n features most indicative of label, ranked
// by likelihood ratio against the most likely other label (as NLTK's
// show_most_informative_features), among features seen at least minCount
// times in all. Ratios use the multinomial θ whatever the model's kind.
func (m *Model) MostInformative(label corpus.Label, n, minCount int) []Informative {
	c := slices.Index(m.labels, label)
	L := len(m.labels)
	if c < 0 || L < 2 {
		return nil
	}
	V := float64(len(m.features))
	totals := m.t().totals
	logTheta := func(k, f int) float64 {
		return math.Log(float64(m.counts[f*L+k])+m.opts.Alpha) - math.Log(float64(totals[k])+m.opts.Alpha*V)
	}
	var out []Informative
	for f := range m.features {
		var total uint64
		for k := 0; k < L; k++ {
			total += m.counts[f*L+k]
		}
		if total < uint64(max(minCount, 0)) {
			continue
		}
		best := math.Inf(-1)
		for k := 0; k < L; k++ {
			if k != c {
				best = max(best, logTheta(k, f))
			}
		}
		out = append(out, Informative{Feature: m.features[f], LogRatio: logTheta(c, f) - best, Count: m.counts[f*L+c], Total: total})
	}
	slices.SortStableFunc(out, func(a, b Informative) int {
		if r := cmp.Compare(b.LogRatio, a.LogRatio); r != 0 {
			return r
		}
		return cmp.Compare(a.Feature, b.Feature)
	})
	if n < len(out) {
		out = out[:max(n, 0)]
	}
	return out
}
