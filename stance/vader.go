package stance

import (
	"fmt"
	"math"
	"slices"
	"sync"

	"github.com/jonreiter/govader"

	"github.com/stancekit/stancekit/corpus"
)

// vaderAnalyzer is VADER (Hutto & Gilbert, "VADER: A Parsimonious
// Rule-based Model for Sentiment Analysis of Social Media Text", ICWSM
// 2014) as github.com/jonreiter/govader implements it (MIT licence;
// corpus/sentiment/NOTICE). It is built on first use, so that a program
// whose models have no VADER term never parses its lexicon. Its maps are
// only read after construction, so it is safe for concurrent use.
var vaderAnalyzer = sync.OnceValue(govader.NewSentimentIntensityAnalyzer)

// VADERCompound returns VADER's compound score of text, in [−1, 1]: the
// sum of its words' valences after VADER's rules (negation, "but",
// intensifiers, capitals, "!"), normalised by x/√(x²+15). It is the input
// of the VADER term of a [Calibration]; the usual reading of it alone is
// positive when ≥ 0.05.
func VADERCompound(text string) float64 { return vaderAnalyzer().PolarityScores(text).Compound }

// hasVADER reports whether c has a VADER term (a weight or a bias).
func (c Calibration) hasVADER() bool { return c.VADER != 0 || c.Bias != 0 }

// polarityIndex returns the indices of corpus.Positive and
// corpus.Negative among labels, or an error unless labels are exactly
// those two: the VADER term of a calibration is a log-odds of positive
// over negative.
func polarityIndex(labels []corpus.Label) (pos, neg int, err error) {
	pos, neg = slices.Index(labels, corpus.Positive), slices.Index(labels, corpus.Negative)
	if len(labels) != 2 || pos < 0 || neg < 0 {
		return 0, 0, fmt.Errorf("%w: a VADER term needs the labels %s and %s, the model has %s",
			ErrCalibration, corpus.Positive, corpus.Negative, joinLabels(labels))
	}
	return pos, neg, nil
}

// addVADER adds the VADER term of m's calibration to the raw scores of
// text in s, multiplied by T so that, once prediction divides the scores
// by T, the log-odds are those of [Calibration]; a no-op without a term.
func (m *Model) addVADER(s *predictScratch, text string) {
	if !m.calib.hasVADER() {
		return
	}
	term := m.calib.VADER*VADERCompound(text) + m.calib.Bias
	s.scores[m.vaderPos] += m.calib.temperature() * term
}

// fitVADER fits the calibration with a VADER term to held-out raw scores
// h (labels positive and negative) and the compound scores v of the same
// items: the (1/T, w, b) that minimise the negative log-likelihood of the
// logistic model of [Calibration],
//
//	NLL = Σ_i log(1 + exp(−y_i·z_i)),   z_i = d_i/T + w·v_i + b,   y_i = ±1,
//
// with d_i = s_i(positive) − s_i(negative): logistic regression on two
// inputs, the stacking of Wolpert (1992, "Stacked generalization") with a
// logistic combiner (Platt 1999 with VADER as a second input). NLL is
// convex; Newton's method with step halving finds its minimum to a
// relative change of 1e-12. A fitted 1/T ≤ 0 (the model's scores carry no
// evidence once VADER's are known) is an error.
func fitVADER(h *heldOut, v []float64) (Calibration, error) {
	pos, neg, err := polarityIndex(h.labels)
	if err != nil {
		return Calibration{}, err
	}
	n := len(h.truth)
	x := make([][3]float64, n)
	y := make([]float64, n)
	for i := range n {
		x[i] = [3]float64{h.scores[2*i+pos] - h.scores[2*i+neg], v[i], 1}
		y[i] = -1
		if h.truth[i] == pos {
			y[i] = 1
		}
	}
	beta, err := logisticNewton(x, y)
	if err != nil {
		return Calibration{}, err
	}
	if !(beta[0] > 0) {
		return Calibration{}, fmt.Errorf("%w: the fitted weight of the model's scores is %v (want > 0)", ErrCalibration, beta[0])
	}
	c := Calibration{Temperature: 1 / beta[0], VADER: beta[1], Bias: beta[2]}
	if c.Temperature < minTemperature || c.Temperature > maxTemperature {
		return Calibration{}, fmt.Errorf("%w: fitted temperature %v outside [%v, %v]", ErrCalibration, c.Temperature, minTemperature, maxTemperature)
	}
	return c, nil
}

// logisticNewton minimises Σ_i log(1 + exp(−y_i·β·x_i)) over β by Newton's
// method, halving a step until the loss does not rise. A tiny ridge
// (1e-9 on the Hessian's diagonal) keeps the system solvable when an input
// is constant.
func logisticNewton(x [][3]float64, y []float64) ([3]float64, error) {
	var beta [3]float64
	loss := func(b [3]float64) float64 {
		var l float64
		for i, xi := range x {
			z := y[i] * (b[0]*xi[0] + b[1]*xi[1] + b[2]*xi[2])
			l += softplus(-z)
		}
		return l
	}
	cur := loss(beta)
	for range 100 {
		var g [3]float64
		var H [3][3]float64
		for i, xi := range x {
			z := beta[0]*xi[0] + beta[1]*xi[1] + beta[2]*xi[2]
			p := 1 / (1 + math.Exp(-z)) // P(y = +1)
			t := (1 + y[i]) / 2
			for j := range 3 {
				g[j] += (p - t) * xi[j]
				for k := range 3 {
					H[j][k] += p * (1 - p) * xi[j] * xi[k]
				}
			}
		}
		for j := range 3 {
			H[j][j] += 1e-9
		}
		step, ok := solve3(H, g)
		if !ok {
			return beta, fmt.Errorf("%w: the stacking fit is singular", ErrCalibration)
		}
		next, nl := beta, cur
		for range 60 {
			for j := range 3 {
				next[j] = beta[j] - step[j]
			}
			if nl = loss(next); nl <= cur {
				break
			}
			for j := range 3 {
				step[j] /= 2
			}
		}
		if !(nl <= cur) {
			break
		}
		done := cur-nl <= 1e-12*math.Max(cur, 1)
		beta, cur = next, nl
		if done {
			break
		}
	}
	return beta, nil
}

// softplus is log(1 + e^z) without overflow.
func softplus(z float64) float64 {
	if z > 0 {
		return z + math.Log1p(math.Exp(-z))
	}
	return math.Log1p(math.Exp(z))
}

// solve3 solves H·s = g by Gaussian elimination with partial pivoting.
func solve3(H [3][3]float64, g [3]float64) ([3]float64, bool) {
	var a [3][4]float64
	for i := range 3 {
		a[i] = [4]float64{H[i][0], H[i][1], H[i][2], g[i]}
	}
	for c := range 3 {
		p := c
		for r := c + 1; r < 3; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		if a[p][c] == 0 {
			return [3]float64{}, false
		}
		a[c], a[p] = a[p], a[c]
		for r := range 3 {
			if r != c {
				f := a[r][c] / a[c][c]
				for k := c; k < 4; k++ {
					a[r][k] -= f * a[c][k]
				}
			}
		}
	}
	return [3]float64{a[0][3] / a[0][0], a[1][3] / a[1][1], a[2][3] / a[2][2]}, true
}
