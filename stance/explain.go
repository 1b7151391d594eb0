package stance

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

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
// and equals log(P(Label|x) / P(RunnerUp|x)). For a multinomial model Prior
// is log P(Label) − log P(RunnerUp) and each weight log θ(Label,f) − log
// θ(RunnerUp,f); a feature occurring twice contributes twice (once with
// Binary). Unknown features contribute nothing and are listed in Unknown.
type Explanation struct {
	Text          string // the statement explained
	Prediction    Prediction
	Label         corpus.Label
	RunnerUp      corpus.Label
	Prior         float64
	Margin        float64
	Contributions []Contribution // in statement order
	Unknown       []string       // features never seen in training
}

// Explain predicts text and explains the decision.
func (m *Model) Explain(text string) Explanation {
	p := m.Predict(text)
	e := Explanation{Text: text, Prediction: p, Label: p.Label}
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
	tb := m.t()
	e.Prior = tb.prior[win] - tb.prior[run]
	feats := m.an.Features(text)
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

// span returns the text of c's span in the statement, invalid UTF-8
// replaced by U+FFFD, for display.
func (e Explanation) span(c Contribution) string {
	if c.Start < 0 || c.End > len(e.Text) || c.Start > c.End {
		return ""
	}
	return strings.ToValidUTF8(e.Text[c.Start:c.End], "\uFFFD")
}

// AppendText appends the explanation for reading, as classify -explain
// prints it: the decision, then the n strongest contributions one per
// line, with the label each pulls toward, the statement's text they come
// from, and their feature:
//
//	withholding over hostile by 3.21 nats (prior +0.12, 14 features, 2 unknown)
//	+1.14  for withholding  "not ready"                  NOT_readi  (negated)
//
// A model with a single label explains nothing, and appends nothing.
func (e Explanation) AppendText(dst []byte, n int) []byte {
	if e.RunnerUp == "" {
		return dst
	}
	dst = fmt.Appendf(dst, "  %s over %s by %.2f nats (prior %+.2f, %d features, %d unknown)\n",
		e.Label, e.RunnerUp, e.Margin, e.Prior, len(e.Contributions), len(e.Unknown))
	for _, c := range e.Top(n) {
		toward := e.Label
		if c.Weight < 0 {
			toward = e.RunnerUp
		}
		neg := ""
		if c.Negated {
			neg = "  (negated)"
		}
		dst = fmt.Appendf(dst, "  %+6.2f  for %-12s %-28q %s%s\n", c.Weight, toward, e.span(c), c.Feature, neg)
	}
	return dst
}

// ContributionJSON is the JSON form of a Contribution that classify -json
// prints, with the text of its span.
type ContributionJSON struct {
	Feature string  `json:"feature"`
	Text    string  `json:"text"` // invalid UTF-8 replaced by U+FFFD
	Start   int     `json:"start"`
	End     int     `json:"end"`
	Negated bool    `json:"negated"`
	Weight  float64 `json:"weight"`
}

// TopJSON returns the JSON form of Top(n), weights rounded to the given
// number of decimals (negative: not rounded). The rounding is that of
// strconv's decimal formatting, exact to the nearest decimal, where
// Prediction.JSON scales by a power of ten and rounds; each program's
// output keeps the rounding it has always had.
func (e Explanation) TopJSON(n, decimals int) []ContributionJSON {
	var out []ContributionJSON
	for _, c := range e.Top(n) {
		out = append(out, ContributionJSON{c.Feature, e.span(c), c.Start, c.End, c.Negated, roundDecimal(c.Weight, decimals)})
	}
	return out
}

// roundDecimal rounds v to the given number of decimals (negative: not
// rounded) through its decimal form, which ParseFloat always reads back.
func roundDecimal(v float64, decimals int) float64 {
	if decimals < 0 {
		return v
	}
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'f', decimals, 64), 64)
	if err != nil {
		return v
	}
	return r
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
