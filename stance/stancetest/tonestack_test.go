package stancetest_test

// The combiners measured for issue #16 (option (a): the tone model stacked
// on a second model; TestToneStack in tonestack_grid_test.go), kept here,
// outside the tonegrid tag, so that their formulas are checked against
// hand-computed values in every `go test`.

import (
	"math"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// The stance and tone labels in their fixed orders, and the tone that
// each stance maps to (recognising → positive, withholding → neutral,
// hostile → negative): stanceOfTone[t] is the stance of tone t.
var (
	stanceLabels = corpus.LeaderLabels()
	toneLabels   = corpus.ToneLabels()
	stanceOfTone = []int{0, 1, 2}
)

// minLogProb bounds log P below: an uncalibrated naive Bayes softmax
// underflows to 0 on long statements, whose log would be −Inf.
const minLogProb = -200

// centredLogs returns log P(c|x) of p's probabilities, each bounded below
// by minLogProb, minus their mean over c: the naive Bayes score of every
// label up to the constant the softmax ignores.
func centredLogs(probs []float64) []float64 {
	out := make([]float64, 0, len(probs))
	var mean float64
	for _, q := range probs {
		l := max(math.Log(q), minLogProb)
		out = append(out, l)
		mean += l
	}
	mean /= float64(len(out))
	for i := range out {
		out[i] -= mean
	}
	return out
}

// design is how a stacked tone model's logits depend on its parameters θ:
// z_t = Σ_k θ_k·φ_k(u, v, t), with u and v the centred log-probabilities
// of the tone and the stance model (centredLogs). A design linear in θ
// makes the fit a conditional logit (McFadden 1974), convex in θ.
type design struct {
	name string
	// params is the number of parameters; penalised[k] says whether θ_k
	// is under the L2 penalty (biases are not).
	params    int
	penalised []bool
	// phi writes φ(u, v, t) into row, of length params.
	phi func(u, v []float64, t int, row []float64)
}

// The designs tried for option (a) of issue #16. "bias" is the control:
// the tone model with a temperature and a bias per tone and no stance, so
// that a gain of the others is not merely their biases moving the
// decision boundaries, which changes macro-F1 by itself.
var (
	// z_t = a·u_t + b_t (b_positive = 0).
	biasDesign = design{"bias", 3, []bool{false, false, false}, func(u, _ []float64, t int, row []float64) {
		clear(row)
		row[0] = u[t]
		if t > 0 {
			row[t] = 1
		}
	}}
	// Product of experts (Hinton 2002) with the stance mapped to tones:
	// z_t = a·u_t + g·v_σ(t) + b_t, i.e. P(t|x) ∝ P_tone(t|x)^a ·
	// P_stance(σ(t)|x)^g · e^b_t.
	poeDesign = design{"product of experts", 4, []bool{false, false, false, false}, func(u, v []float64, t int, row []float64) {
		clear(row)
		row[0], row[1] = u[t], v[stanceOfTone[t]]
		if t > 0 {
			row[1+t] = 1
		}
	}}
	// Multinomial logistic regression on both models' centred logs:
	// z_t = b_t + Σ_j W_tj·u_j + Σ_j W_t(3+j)·v_j, W and b under L2.
	mlrDesign = design{"multinomial LR", 21, mlrPenalised(), func(u, v []float64, t int, row []float64) {
		clear(row)
		w := row[7*t : 7*t+7]
		copy(w, u)
		copy(w[3:], v)
		w[6] = 1
	}}
)

// vaderDesign stacks the tone model on VADER (Hutto & Gilbert 2014), as
// the polarity default's calibration does: with v = (compound c(x),
// emotionality e(x) = 1 − neu(x), 0) from vaderExpert, and neutral the
// reference,
//
//	z_pos = a·u_pos + w_pos·c + k_pos·e
//	z_neu = a·u_neu + b_neu
//	z_neg = a·u_neg + w_neg·c + k_neg·e + b_neg
var vaderDesign = design{"VADER", 7, make([]bool, 7), func(u, v []float64, t int, row []float64) {
	clear(row)
	row[0] = u[t]
	switch t {
	case 0:
		row[1], row[2] = v[0], v[1]
	case 1:
		row[5] = 1
	case 2:
		row[3], row[4], row[6] = v[0], v[1], 1
	}
}}

// mlrPenalised puts every parameter of the multinomial LR under the
// penalty, the biases too: a constant added to the three biases changes
// no probability, so without it the Hessian is singular.
func mlrPenalised() []bool {
	p := make([]bool, 21)
	for k := range p {
		p[k] = true
	}
	return p
}

// stackL2 is λ of the penalty (λ/2)·Σ θ_k² added to the mean negative
// log-likelihood: small, to make the multinomial LR's θ unique (its
// logits are defined up to a constant per row).
const stackL2 = 1e-3

// fitDesign returns the θ that minimises the mean negative log-likelihood
// of the true tones y_i under softmax_t(φ(u_i, v_i, t)·θ), plus the
// penalty, by Newton's method with step halving (Boyd & Vandenberghe
// 2004, §9.5): with p_it the model's probabilities and φ̄_i = Σ_t p_it·φ_it,
//
//	∇ = (1/n) Σ_i (φ̄_i − φ_iy_i) + λ·θ_pen
//	H = (1/n) Σ_i Σ_t p_it (φ_it − φ̄_i)(φ_it − φ̄_i)ᵀ + λ·I_pen
//
// phi[i] holds item i's three rows.
func fitDesign(d design, phi [][][]float64, y []int) ([]float64, error) {
	theta := make([]float64, d.params)
	f, g, h := stackNewton(d, phi, y, theta)
	for range 100 {
		var step mat.VecDense
		if err := step.SolveVec(h, g); err != nil {
			return nil, err
		}
		var next []float64
		var fn float64
		for s := 1.0; s > 1e-10; s /= 2 {
			next = make([]float64, d.params)
			for k := range next {
				next[k] = theta[k] - s*step.AtVec(k)
			}
			if fn = stackLoss(d, phi, y, next); fn <= f {
				break
			}
		}
		if !(fn <= f) {
			break
		}
		done := f-fn < 1e-12
		theta = next
		f, g, h = stackNewton(d, phi, y, theta)
		if done {
			break
		}
	}
	return theta, nil
}

// stackLoss is the penalised mean negative log-likelihood of fitDesign.
func stackLoss(d design, phi [][][]float64, y []int, theta []float64) float64 {
	z := make([]float64, len(toneLabels))
	var nll float64
	for i, rows := range phi {
		for t, r := range rows {
			z[t] = dot(r, theta)
		}
		nll += logSumExp(z) - z[y[i]]
	}
	nll /= float64(len(y))
	for k, th := range theta {
		if d.penalised[k] {
			nll += stackL2 / 2 * th * th
		}
	}
	return nll
}

// stackNewton returns the loss, gradient and Hessian of fitDesign at θ.
func stackNewton(d design, phi [][][]float64, y []int, theta []float64) (float64, *mat.VecDense, *mat.SymDense) {
	P, n := d.params, float64(len(y))
	g := mat.NewVecDense(P, nil)
	h := mat.NewSymDense(P, nil)
	z := make([]float64, len(toneLabels))
	mean := make([]float64, P)
	for i, rows := range phi {
		for t, r := range rows {
			z[t] = dot(r, theta)
		}
		lse := logSumExp(z)
		clear(mean)
		for t, r := range rows {
			z[t] = math.Exp(z[t] - lse)
			for k, x := range r {
				mean[k] += z[t] * x
			}
		}
		for k := range P {
			g.SetVec(k, g.AtVec(k)+(mean[k]-rows[y[i]][k])/n)
		}
		for t, r := range rows {
			for a := range P {
				da := r[a] - mean[a]
				for b := a; b < P; b++ {
					h.SetSym(a, b, h.At(a, b)+z[t]*da*(r[b]-mean[b])/n)
				}
			}
		}
	}
	for k, th := range theta {
		if d.penalised[k] {
			g.SetVec(k, g.AtVec(k)+stackL2*th)
			h.SetSym(k, k, h.At(k, k)+stackL2)
		}
	}
	return stackLoss(d, phi, y, theta), g, h
}

// dot is the inner product of a and b, of equal length.
func dot(a, b []float64) float64 {
	var s float64
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// logSumExp is log Σ exp(z), computed from the maximum so that exp
// cannot overflow.
func logSumExp(z []float64) float64 {
	top := slices.Max(z)
	var s float64
	for _, x := range z {
		s += math.Exp(x - top)
	}
	return top + math.Log(s)
}

// sentences splits text after '.', '!' or '?' followed by a space.
func sentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i+1 < len(text); i++ {
		if strings.ContainsRune(".!?", rune(text[i])) && text[i+1] == ' ' {
			out = append(out, text[start:i+1])
			start = i + 2
		}
	}
	return append(out, text[start:])
}

// expAll returns exp of every element of xs.
func expAll(xs []float64) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = math.Exp(x)
	}
	return out
}

// stacked is a tone model stacked on two experts by a design.
type stacked struct {
	u, v  func(corpus.Example) []float64
	d     design
	theta []float64
}

// predictExample predicts e: the experts read its election context.
func (c stacked) predictExample(e corpus.Example) stance.Prediction {
	return stance.NewPrediction(toneLabels, c.probs(c.u(e), c.v(e)))
}

// probs is P(t|x) = softmax_t(φ(u, v, t)·θ), the stacked model of c.d.
func (c stacked) probs(u, v []float64) []float64 {
	row := make([]float64, c.d.params)
	z := make([]float64, len(toneLabels))
	for t := range z {
		c.d.phi(u, v, t, row)
		z[t] = dot(row, c.theta)
	}
	lse := logSumExp(z)
	for t := range z {
		z[t] = math.Exp(z[t] - lse)
	}
	return z
}

// TestCentredLogs checks centredLogs against values computed by hand:
// log(1/2), log(1/4), log(1/4) less their mean −1.155245, and a zero
// probability bounded at minLogProb = −200 (mean −400/3).
func TestCentredLogs(t *testing.T) {
	for _, c := range []struct {
		probs, want []float64
	}{
		{[]float64{0.5, 0.25, 0.25}, []float64{0.4620981203732967, -0.2310490601866486, -0.2310490601866486}},
		{[]float64{1, 0, 0}, []float64{400.0 / 3, -200.0 / 3, -200.0 / 3}},
		{[]float64{1.0 / 3, 1.0 / 3, 1.0 / 3}, []float64{0, 0, 0}},
	} {
		if got := centredLogs(c.probs); !approxEqual(got, c.want, 1e-12) {
			t.Errorf("centredLogs(%v) = %v, want %v", c.probs, got, c.want)
		}
	}
}

// TestDesignProbs checks each design's P(t|x) = softmax_t(φ(u, v, t)·θ)
// against logits worked out by hand from its formula.
func TestDesignProbs(t *testing.T) {
	softmax := func(z ...float64) []float64 {
		lse := logSumExp(z)
		return expAll([]float64{z[0] - lse, z[1] - lse, z[2] - lse})
	}
	for _, c := range []struct {
		d        design
		u, v, th []float64
		want     []float64
	}{
		// z = a·u_t + b_t: (2·1, 2·0 + ln 2, 2·(−1) + 1).
		{biasDesign, []float64{1, 0, -1}, nil, []float64{2, math.Ln2, 1}, softmax(2, math.Ln2, -1)},
		// z = a·u_t + g·v_σ(t) + b_t with a = 1, g = 2, b = (0, 0, ln 2):
		// (1 + 0, 0 + 2, −1 + ln 2); probabilities 0.2507, 0.6815, 0.0679.
		{poeDesign, []float64{1, 0, -1}, []float64{0, 1, 0}, []float64{1, 2, 0, math.Ln2},
			[]float64{0.25069238762298623, 0.6814525618085748, 0.06785505056843909}},
		// Biases only (every W_tj = 0), b = (0, ln 2, ln 3): 1/6, 2/6, 3/6.
		{mlrDesign, []float64{5, -1, -4}, []float64{2, 2, -4}, mlrTheta(nil, [3]float64{0, math.Ln2, math.Log(3)}),
			[]float64{1.0 / 6, 2.0 / 6, 3.0 / 6}},
		// W_pos,u_pos = 1, W_neg,v_neu = −1: z = (u_pos, 0, −v_neu) = (0.5, 0, −2).
		{mlrDesign, []float64{0.5, 0, -0.5}, []float64{-1, 2, -1}, mlrTheta(map[[2]int]float64{{0, 0}: 1, {2, 4}: -1}, [3]float64{}),
			softmax(0.5, 0, -2)},
		// a = 1, w_pos = 2, k_pos = 0, w_neg = −2, k_neg = 1, b = 0 with
		// c = 0.5, e = 0.4: z = (2·0.5, 0, −2·0.5 + 0.4) = (1, 0, −0.6).
		{vaderDesign, []float64{0, 0, 0}, []float64{0.5, 0.4, 0}, []float64{1, 2, 0, -2, 1, 0, 0},
			[]float64{0.6370335805952996, 0.23435155763684176, 0.12861486176785866}},
	} {
		got := stacked{d: c.d, theta: c.th}.probs(c.u, c.v)
		if !approxEqual(got, c.want, 1e-12) {
			t.Errorf("%s, u %v, v %v, θ %v: P = %v, want %v", c.d.name, c.u, c.v, c.th, got, c.want)
		}
	}
}

// mlrTheta returns the multinomial LR's θ with W_tj = w[{t, j}] (j < 3:
// u_j, j ≥ 3: v_(j−3)) and biases b.
func mlrTheta(w map[[2]int]float64, b [3]float64) []float64 {
	th := make([]float64, mlrDesign.params)
	for tj, x := range w {
		th[7*tj[0]+tj[1]] = x
	}
	for t, x := range b {
		th[7*t+6] = x
	}
	return th
}

// TestFitDesign checks fitDesign against maximum-likelihood estimates
// known in closed form, where the model can reproduce the observed
// frequencies exactly (then the estimate does). With biases alone
// (z = (0, b_neu, b_neg)) they are the log-ratios of the counts,
// b_t = log(n_t / n_pos): for 2, 3 and 5 items, (log 1.5, log 2.5). With
// the bias design z = (a·u_pos, a·u_neu + b_neu, a·u_neg + b_neg), six
// items with u = 0 labelled two of each tone give b = 0, and eight with
// u = (1, 0, 0) labelled 4, 2, 2 give e^a = 4/2: a = log 2.
func TestFitDesign(t *testing.T) {
	biases := design{"biases", 2, []bool{false, false}, func(_, _ []float64, t int, row []float64) {
		clear(row)
		if t > 0 {
			row[t-1] = 1
		}
	}}
	zero, first := []float64{0, 0, 0}, []float64{1, 0, 0}
	for _, c := range []struct {
		d    design
		u    [][]float64
		y    []int
		want []float64
	}{
		{biases, slices.Repeat([][]float64{zero}, 10), []int{0, 0, 1, 1, 1, 2, 2, 2, 2, 2}, []float64{math.Log(1.5), math.Log(2.5)}},
		{biasDesign, append(slices.Repeat([][]float64{zero}, 6), slices.Repeat([][]float64{first}, 8)...),
			[]int{0, 0, 1, 1, 2, 2, 0, 0, 0, 0, 1, 1, 2, 2}, []float64{math.Ln2, 0, 0}},
	} {
		phi := make([][][]float64, len(c.y))
		for i := range c.y {
			phi[i] = make([][]float64, 3)
			for t := range phi[i] {
				phi[i][t] = make([]float64, c.d.params)
				c.d.phi(c.u[i], nil, t, phi[i][t])
			}
		}
		theta, err := fitDesign(c.d, phi, c.y)
		if err != nil {
			t.Fatal(err)
		}
		if !approxEqual(theta, c.want, 1e-9) {
			t.Errorf("%s: θ = %v, want %v", c.d.name, theta, c.want)
		}
	}
}

// TestSentences checks the sentence split of the sentence-max expert.
func TestSentences(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"One. Two! Three? Four", []string{"One.", "Two!", "Three?", "Four"}},
		{"No split here", []string{"No split here"}},
		{"Turnout 3.5 million. Calm.", []string{"Turnout 3.5 million.", "Calm."}},
	} {
		if got := sentences(c.text); !slices.Equal(got, c.want) {
			t.Errorf("sentences(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// approxEqual reports whether a and b have the same length and differ by at
// most tol everywhere.
func approxEqual(a, b []float64, tol float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !(math.Abs(a[i]-b[i]) <= tol) {
			return false
		}
	}
	return true
}
