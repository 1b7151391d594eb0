package evaluate

import (
	"math"

	"github.com/stancekit/stancekit/corpus"
	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"
)

// Confusion returns the L×L confusion matrix of p: rows are true labels,
// columns predicted labels, both in the order of p.Labels, and entry (t, k)
// counts the items of true label t predicted as k.
func Confusion(p *Predictions) *mat.Dense {
	L := len(p.Labels)
	m := mat.NewDense(L, L, nil)
	for i := range p.True {
		m.Set(p.True[i], p.Pred[i], m.At(p.True[i], p.Pred[i])+1)
	}
	return m
}

// ClassScore holds the per-class metrics of one label.
//
// With TP, FP and FN the label's true positives, false positives and false
// negatives (read off the confusion matrix C as C[c,c], Σ_t C[t,c] − C[c,c]
// and Σ_k C[c,k] − C[c,c]):
//
//	precision = TP / (TP + FP)
//	recall    = TP / (TP + FN)
//	F1        = 2·precision·recall / (precision + recall) = 2TP / (2TP + FP + FN)
//	support   = TP + FN, the number of items whose true label is c
//
// (van Rijsbergen 1979 for F; scikit-learn's precision_recall_fscore_support).
// A ratio whose denominator is 0 is 0, as scikit-learn's zero_division=0.
type ClassScore struct {
	Label     corpus.Label `json:"-"`
	Precision float64      `json:"precision"`
	Recall    float64      `json:"recall"`
	F1        float64      `json:"f1"`
	Support   int          `json:"support"`
}

func ratio(num, den float64) float64 {
	if den == 0 {
		return 0
	}
	return num / den
}

// PerClass returns the ClassScore of every label from a confusion matrix
// (rows true, columns predicted) whose rows and columns follow labels.
func PerClass(labels []corpus.Label, conf mat.Matrix) []ClassScore {
	L, _ := conf.Dims()
	out := make([]ClassScore, L)
	for c := range L {
		tp := conf.At(c, c)
		var row, col float64
		for k := range L {
			row += conf.At(c, k)
			col += conf.At(k, c)
		}
		s := ClassScore{
			Precision: ratio(tp, col),
			Recall:    ratio(tp, row),
			F1:        ratio(2*tp, row+col),
			Support:   int(row),
		}
		if c < len(labels) {
			s.Label = labels[c]
		}
		out[c] = s
	}
	return out
}

// Accuracy returns the share of items on the diagonal of a confusion
// matrix: Σ_c C[c,c] / Σ C. It is 0 for an empty matrix.
func Accuracy(conf mat.Matrix) float64 {
	return ratio(mat.Trace(conf), mat.Sum(conf))
}

// Kappa returns Cohen's kappa (Cohen 1960, "A coefficient of agreement for
// nominal scales") for a confusion matrix C of N items:
//
//	p_o = Σ_c C[c,c] / N                   observed agreement (accuracy)
//	p_e = Σ_c (row_c / N)·(col_c / N)      agreement expected by chance
//	κ   = (p_o − p_e) / (1 − p_e)
//
// with row_c and col_c the row and column sums. κ is 1 for perfect
// agreement and 0 for chance-level agreement. When p_e = 1 (every true and
// every predicted label is the same one class) κ is undefined; Kappa
// returns 0 then, and for an empty matrix.
func Kappa(conf mat.Matrix) float64 {
	L, _ := conf.Dims()
	n := mat.Sum(conf)
	if n == 0 {
		return 0
	}
	po := mat.Trace(conf) / n
	var pe float64
	for c := range L {
		var row, col float64
		for k := range L {
			row += conf.At(c, k)
			col += conf.At(k, c)
		}
		pe += (row / n) * (col / n)
	}
	if pe >= 1 {
		return 0
	}
	return (po - pe) / (1 - pe)
}

// LogLossEpsilon is the clip of [LogLoss]: probabilities below it count as
// it, so that one confident mistake costs −log(1e-15) ≈ 34.5 rather than
// infinity (as scikit-learn's log_loss did with eps=1e-15).
const LogLossEpsilon = 1e-15

// LogLoss returns the mean negative log-likelihood of the true labels
// (cross-entropy; Good 1952, "Rational decisions"):
//
//	log loss = −(1/N) Σ_i log max(p_i(y_i), ε),  ε = LogLossEpsilon
//
// where p_i(y_i) is the probability item i's classifier gave its true
// label. Lower is better; a uniform guess over L labels scores log L.
func LogLoss(p *Predictions) float64 {
	n := p.Len()
	if n == 0 {
		return 0
	}
	var sum float64
	for i, t := range p.True {
		sum -= math.Log(max(p.Prob.At(i, t), LogLossEpsilon))
	}
	return sum / float64(n)
}

// Brier returns the multi-class Brier score (Brier 1950, "Verification of
// forecasts expressed in terms of probability", in its original form):
//
//	Brier = (1/N) Σ_i Σ_c (p_i(c) − y_i(c))²
//
// where y_i(c) is 1 for item i's true label and 0 otherwise. It ranges from
// 0 (certain and right) to 2 (certain and wrong).
func Brier(p *Predictions) float64 {
	n, L := p.Len(), len(p.Labels)
	if n == 0 {
		return 0
	}
	var sum float64
	y := make([]float64, L)
	d := make([]float64, L)
	for i, t := range p.True {
		clear(y)
		y[t] = 1
		floats.SubTo(d, p.Prob.RawRowView(i), y)
		sum += floats.Dot(d, d)
	}
	return sum / float64(n)
}

// Bin is one bin of a reliability diagram.
type Bin struct {
	Lo float64 `json:"lo"`
	Hi float64 `json:"hi"`
	// Count is the number of items whose top-label confidence falls in
	// [Lo, Hi) ([Lo, 1] for the last bin).
	Count int `json:"count"`
	// Accuracy is the share of those items predicted correctly, and
	// Confidence their mean top-label confidence; both are 0 for an empty
	// bin.
	Accuracy   float64 `json:"accuracy"`
	Confidence float64 `json:"confidence"`
}

// CalibrationBins is the number of equal-width bins of [Calibration] used
// by reports.
const CalibrationBins = 10

// Calibration returns the expected calibration error of p and the bins of
// its reliability diagram (DeGroot & Fienberg 1983; Naeini, Cooper &
// Hauskrecht 2015, "Obtaining well calibrated probabilities using Bayesian
// binning"; Guo et al. 2017 for the top-label form). Items are put into
// `bins` equal-width bins of their top-label confidence conf_i = p_i(ŷ_i),
// bin b covering [b/B, (b+1)/B) and the last bin including 1; then
//
//	acc_b  = (1/n_b) Σ_{i∈b} [ŷ_i = y_i]
//	conf_b = (1/n_b) Σ_{i∈b} conf_i
//	ECE    = Σ_b (n_b / N) · |acc_b − conf_b|
//
// A perfectly calibrated classifier has ECE 0. bins < 1 means
// CalibrationBins.
func Calibration(p *Predictions, bins int) (ece float64, reliability []Bin) {
	if bins < 1 {
		bins = CalibrationBins
	}
	out := make([]Bin, bins)
	for b := range out {
		out[b].Lo = float64(b) / float64(bins)
		out[b].Hi = float64(b+1) / float64(bins)
	}
	correct := make([]float64, bins)
	conf := make([]float64, bins)
	for i := range p.True {
		c := p.Confidence(i)
		b := min(max(int(math.Floor(c*float64(bins))), 0), bins-1)
		out[b].Count++
		conf[b] += c
		if p.Correct(i) {
			correct[b]++
		}
	}
	n := float64(p.Len())
	for b := range out {
		if out[b].Count == 0 {
			continue
		}
		nb := float64(out[b].Count)
		out[b].Accuracy = correct[b] / nb
		out[b].Confidence = conf[b] / nb
		ece += nb / n * math.Abs(out[b].Accuracy-out[b].Confidence)
	}
	return ece, out
}

// Metrics are the point estimates of every metric of a set of predictions.
type Metrics struct {
	N          int
	Labels     []corpus.Label
	Confusion  *mat.Dense // rows true, columns predicted, in the order of Labels
	PerClass   []ClassScore
	Accuracy   float64
	MacroF1    float64
	MicroF1    float64
	WeightedF1 float64
	// Macro and support-weighted averages of precision and recall, for the
	// text report's "macro avg" and "weighted avg" rows.
	MacroPrecision, MacroRecall       float64
	WeightedPrecision, WeightedRecall float64
	Kappa                             float64
	LogLoss                           float64
	Brier                             float64
	ECE                               float64
	Reliability                       []Bin
}

// Compute returns the metrics of p. The averages over classes are
//
//	macro    = (1/L) Σ_c s_c                       every class counts the same
//	weighted = Σ_c (support_c / N) · s_c          classes weighted by size
//	micro F1 = 2·ΣTP / (2·ΣTP + ΣFP + ΣFN)       pooled counts
//
// For single-label classification ΣFP = ΣFN = N − ΣTP, so micro-F1 equals
// accuracy (scikit-learn's f1_score with average="micro").
func Compute(p *Predictions) Metrics {
	conf := Confusion(p)
	m := Metrics{
		N:         p.Len(),
		Labels:    p.Labels,
		Confusion: conf,
		PerClass:  PerClass(p.Labels, conf),
		Accuracy:  Accuracy(conf),
		Kappa:     Kappa(conf),
		LogLoss:   LogLoss(p),
		Brier:     Brier(p),
	}
	m.ECE, m.Reliability = Calibration(p, CalibrationBins)
	var tp float64
	for c, s := range m.PerClass {
		w := ratio(float64(s.Support), float64(m.N))
		m.MacroF1 += s.F1
		m.MacroPrecision += s.Precision
		m.MacroRecall += s.Recall
		m.WeightedF1 += w * s.F1
		m.WeightedPrecision += w * s.Precision
		m.WeightedRecall += w * s.Recall
		tp += conf.At(c, c)
	}
	L := float64(len(m.PerClass))
	m.MacroF1 /= L
	m.MacroPrecision /= L
	m.MacroRecall /= L
	fpfn := 2 * (float64(m.N) - tp)
	m.MicroF1 = ratio(2*tp, 2*tp+fpfn)
	return m
}

// macroF1Counts returns accuracy and macro-F1 from a flat L×L confusion
// count matrix; the bootstrap uses it to avoid allocating.
func macroF1Counts(counts []float64, L int) (acc, macroF1 float64) {
	var n, diag float64
	for c := range L {
		tp := counts[c*L+c]
		var row, col float64
		for k := range L {
			row += counts[c*L+k]
			col += counts[k*L+c]
		}
		n += row
		diag += tp
		macroF1 += ratio(2*tp, row+col)
	}
	return ratio(diag, n), macroF1 / float64(L)
}
