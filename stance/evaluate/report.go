package evaluate

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/stancekit/stancekit/corpus"
	"gonum.org/v1/gonum/mat"
)

// ConfusionTable is a confusion matrix as written in reports: rows are true
// labels, columns predicted labels, both in the order of Labels.
type ConfusionTable struct {
	Labels []corpus.Label `json:"labels"`
	Matrix [][]int        `json:"matrix"`
}

// Dense returns the table as a matrix.
func (t ConfusionTable) Dense() *mat.Dense {
	L := len(t.Labels)
	m := mat.NewDense(max(L, 1), max(L, 1), nil)
	for r, row := range t.Matrix {
		for c, v := range row {
			if r < L && c < L {
				m.Set(r, c, float64(v))
			}
		}
	}
	return m
}

// AbstainReport is an abstention threshold chosen by cross-validation on
// the training data, and how it fares on the evaluated items.
type AbstainReport struct {
	Chosen ThresholdChoice `json:"chosen"`
	// Evaluated is the coverage and accuracy at the chosen threshold on
	// the items of the report.
	Evaluated RiskPoint `json:"evaluated"`
}

// Report is everything measured about one set of predictions, ready to be
// written as text ([Report.WriteText]) or JSON (encoding/json).
type Report struct {
	Model        string `json:"model,omitempty"`
	ModelOptions string `json:"model_options,omitempty"`
	Method       string `json:"method,omitempty"`
	N            int    `json:"n"`

	Accuracy         float64  `json:"accuracy"`
	AccuracyCI95     Interval `json:"accuracy_ci95"`
	AccuracyWilson95 Interval `json:"accuracy_wilson95"`
	MacroF1          float64  `json:"macro_f1"`
	MacroF1CI95      Interval `json:"macro_f1_ci95"`
	MicroF1          float64  `json:"micro_f1"`
	WeightedF1       float64  `json:"weighted_f1"`

	MacroPrecision    float64 `json:"macro_precision"`
	MacroRecall       float64 `json:"macro_recall"`
	WeightedPrecision float64 `json:"weighted_precision"`
	WeightedRecall    float64 `json:"weighted_recall"`

	Kappa   float64 `json:"kappa"`
	LogLoss float64 `json:"log_loss"`
	Brier   float64 `json:"brier"`
	ECE     float64 `json:"ece"`

	// Bootstrap is the number of bootstrap resamples behind the _ci95
	// intervals.
	Bootstrap int `json:"bootstrap_resamples"`

	PerClass    map[corpus.Label]ClassScore `json:"per_class"`
	Confusion   ConfusionTable              `json:"confusion"`
	Reliability []Bin                       `json:"reliability"`
	// Tags scores the items tag by tag ([PerTag]); empty when no item
	// has a tag.
	Tags []TagScore `json:"tags,omitempty"`

	Compare      *Comparison    `json:"compare,omitempty"`
	RiskCoverage []RiskPoint    `json:"risk_coverage,omitempty"`
	Abstain      *AbstainReport `json:"abstain,omitempty"`
	// Calibration compares the probabilities before and after calibration
	// when the report's are calibrated.
	Calibration *CalibrationReport `json:"calibration,omitempty"`
}

// ReportOptions configure [NewReport].
type ReportOptions struct {
	// Model names the classifier briefly, e.g. "mnb", and ModelOptions
	// describes it, e.g. "multinomial naive Bayes, alpha 0.5".
	Model        string
	ModelOptions string
	// Method says how the predictions were made, e.g. "10-fold stratified
	// cross-validation, seed 1".
	Method string
	// Bootstrap configures the confidence intervals; its Level is
	// ignored, reports give 95% intervals.
	Bootstrap BootstrapOptions
}

// NewReport computes the report of p: the metrics of [Compute], the 95%
// bootstrap intervals of accuracy and macro-F1 ([Bootstrap]), the 95%
// Wilson interval of accuracy ([Wilson]) and, when p's items have tags,
// the scores tag by tag ([PerTag]). Add a comparison, a
// risk–coverage table or an abstention threshold by setting the fields.
func NewReport(p *Predictions, o ReportOptions) (*Report, error) {
	if p == nil || p.Len() == 0 {
		return nil, errors.New("evaluate: no predictions to report on")
	}
	m := Compute(p)
	b := o.Bootstrap
	b.Level = 0.95
	ci := Bootstrap(p, b)
	correct := 0
	for i := range p.True {
		if p.Correct(i) {
			correct++
		}
	}
	r := &Report{
		Model:             o.Model,
		ModelOptions:      o.ModelOptions,
		Method:            o.Method,
		N:                 m.N,
		Accuracy:          m.Accuracy,
		AccuracyCI95:      ci.Accuracy,
		AccuracyWilson95:  Wilson(correct, m.N, 0.95),
		MacroF1:           m.MacroF1,
		MacroF1CI95:       ci.MacroF1,
		MicroF1:           m.MicroF1,
		WeightedF1:        m.WeightedF1,
		MacroPrecision:    m.MacroPrecision,
		MacroRecall:       m.MacroRecall,
		WeightedPrecision: m.WeightedPrecision,
		WeightedRecall:    m.WeightedRecall,
		Kappa:             m.Kappa,
		LogLoss:           m.LogLoss,
		Brier:             m.Brier,
		ECE:               m.ECE,
		Bootstrap:         ci.Resamples,
		PerClass:          make(map[corpus.Label]ClassScore, len(m.PerClass)),
		Confusion:         ConfusionTable{Labels: m.Labels, Matrix: make([][]int, len(m.Labels))},
		Reliability:       m.Reliability,
		Tags:              PerTag(p),
	}
	for _, s := range m.PerClass {
		r.PerClass[s.Label] = s
	}
	for t := range m.Labels {
		r.Confusion.Matrix[t] = make([]int, len(m.Labels))
		for k := range m.Labels {
			r.Confusion.Matrix[t][k] = int(m.Confusion.At(t, k))
		}
	}
	return r, nil
}

// WriteText writes the report as text: a per-class table in the manner of
// scikit-learn's classification_report (precision, recall, F1 and support
// per label, then accuracy, macro and weighted averages), the confusion
// matrix, the other metrics with their intervals, the reliability bins,
// the scores per tag when there are tags, and the comparison, risk–coverage table and abstention threshold when
// present.
func (r *Report) WriteText(w io.Writer) error {
	tw := &textWriter{w: w}
	r.writeText(tw)
	return tw.err
}

type textWriter struct {
	w   io.Writer
	err error
}

func (t *textWriter) printf(format string, args ...any) {
	if t.err == nil {
		_, t.err = fmt.Fprintf(t.w, format, args...)
	}
}

// writeText writes the sections of the text report in turn.
func (r *Report) writeText(t *textWriter) {
	w := r.writeHeadAndClasses(t)
	r.writeConfusion(t, w)
	r.writeMetrics(t)
	r.writeTags(t)
	r.writeCalibration(t)
	r.writeCompare(t)
	r.writeRiskCoverage(t)
	r.writeAbstain(t)
}

// writeHeadAndClasses writes the model, method and the classification
// report, and returns the width of its first column.
func (r *Report) writeHeadAndClasses(t *textWriter) int {
	labels := r.Confusion.Labels
	if r.Model != "" {
		t.printf("%-8s %s", "model", r.Model)
		if r.ModelOptions != "" {
			t.printf(" (%s)", r.ModelOptions)
		}
		t.printf("\n")
	}
	if r.Method != "" {
		t.printf("%-8s %s\n", "method", r.Method)
	}
	t.printf("%-8s %d\n\n", "items", r.N)

	// The classification report.
	w := len([]rune("weighted avg"))
	for _, l := range labels {
		w = max(w, len([]rune(string(l))))
	}
	t.printf("%*s %9s %9s %9s %9s\n\n", w, "", "precision", "recall", "f1-score", "support")
	for _, l := range labels {
		s := r.PerClass[l]
		t.printf("%*s %9.3f %9.3f %9.3f %9d\n", w, l, s.Precision, s.Recall, s.F1, s.Support)
	}
	t.printf("\n%*s %9s %9s %9.3f %9d\n", w, "accuracy", "", "", r.Accuracy, r.N)
	t.printf("%*s %9.3f %9.3f %9.3f %9d\n", w, "macro avg", r.MacroPrecision, r.MacroRecall, r.MacroF1, r.N)
	t.printf("%*s %9.3f %9.3f %9.3f %9d\n", w, "weighted avg", r.WeightedPrecision, r.WeightedRecall, r.WeightedF1, r.N)
	return w
}

// writeConfusion writes the confusion matrix, its first column w wide.
func (r *Report) writeConfusion(t *textWriter, w int) {
	labels := r.Confusion.Labels
	cw := 5
	for _, l := range labels {
		cw = max(cw, len([]rune(string(l))))
	}
	for _, row := range r.Confusion.Matrix {
		for _, v := range row {
			cw = max(cw, len(fmt.Sprint(v)))
		}
	}
	t.printf("\nConfusion matrix (rows: true label, columns: predicted label)\n\n%*s", w, "")
	for _, l := range labels {
		t.printf("  %*s", cw, l)
	}
	t.printf("\n")
	for i, l := range labels {
		t.printf("%*s", w, l)
		for _, v := range r.Confusion.Matrix[i] {
			t.printf("  %*d", cw, v)
		}
		t.printf("\n")
	}
}

// writeMetrics writes the other metrics and the reliability bins.
func (r *Report) writeMetrics(t *textWriter) {
	t.printf("\n%-15s %.3f  95%% CI %s bootstrap (%d resamples), %s Wilson\n", "accuracy", r.Accuracy, r.AccuracyCI95, r.Bootstrap, r.AccuracyWilson95)
	t.printf("%-15s %.3f  95%% CI %s bootstrap\n", "macro F1", r.MacroF1, r.MacroF1CI95)
	t.printf("%-15s %.3f\n", "micro F1", r.MicroF1)
	t.printf("%-15s %.3f\n", "weighted F1", r.WeightedF1)
	t.printf("%-15s %.3f\n", "Cohen's kappa", r.Kappa)
	t.printf("%-15s %.3f\n", "log loss", r.LogLoss)
	t.printf("%-15s %.3f\n", "Brier score", r.Brier)
	t.printf("%-15s %.3f  (%d equal-width bins of the top-label confidence)\n", "ECE", r.ECE, len(r.Reliability))

	t.printf("\nReliability (non-empty bins)\n\n%-12s %6s %9s %11s\n", "confidence", "items", "accuracy", "confidence")
	for _, b := range r.Reliability {
		if b.Count > 0 {
			t.printf("%-12s %6d %9.3f %11.3f\n", fmt.Sprintf("[%.2f, %.2f%s", b.Lo, b.Hi, closing(b.Hi)), b.Count, b.Accuracy, b.Confidence)
		}
	}
}

// writeTags writes the scores per tag, if any.
func (r *Report) writeTags(t *textWriter) {
	if len(r.Tags) == 0 {
		return
	}
	w := len("tag")
	for _, s := range r.Tags {
		w = max(w, len([]rune(s.Tag)))
	}
	t.printf("\nPer tag (an item with several tags counts under each; macro F1 where the items have two labels or more)\n\n")
	t.printf("%-*s %6s %9s  %-16s %8s\n", w, "tag", "items", "accuracy", "95% Wilson", "macro F1")
	for _, s := range r.Tags {
		f1 := "-"
		if s.MacroF1 != nil {
			f1 = fmt.Sprintf("%.3f", *s.MacroF1)
		}
		t.printf("%-*s %6d %9.3f  %-16s %8s\n", w, s.Tag, s.N, s.Accuracy, s.AccuracyWilson95, f1)
	}
}

// writeCompare writes the comparison with a second model, if any.
func (r *Report) writeCompare(t *textWriter) {
	if c := r.Compare; c != nil {
		a, b := r.Model, c.Model
		if a == "" {
			a = "A"
		}
		if b == "" {
			b = "B"
		}
		t.printf("\nComparison with %s on the same items\n\n", b)
		t.printf("%-15s %.3f vs %.3f: difference %+.3f, 95%% CI %s paired bootstrap (%d resamples)\n", "macro F1", r.MacroF1, c.MacroF1, c.MacroF1Diff, c.MacroF1DiffCI, c.Resamples)
		t.printf("%-15s %.3f vs %.3f\n", "accuracy", r.Accuracy, c.Accuracy)
		test := fmt.Sprintf("exact binomial p = %.4f", c.P)
		if !c.Exact {
			test = fmt.Sprintf("χ² = %.3f (continuity-corrected), p = %.4f", c.Statistic, c.P)
		}
		t.printf("%-15s b = %d (only %s right), c = %d (only %s right): %s\n", "McNemar", c.B, a, c.C, b, test)
	}
}

// writeRiskCoverage writes the risk–coverage table, if any.
func (r *Report) writeRiskCoverage(t *textWriter) {
	if len(r.RiskCoverage) > 0 {
		t.printf("\nRisk–coverage (answer only when the top probability ≥ threshold)\n\n%9s %9s %8s %9s\n", "threshold", "coverage", "covered", "accuracy")
		for _, p := range r.RiskCoverage {
			acc := fmt.Sprintf("%.3f", p.Accuracy)
			if p.Covered == 0 {
				acc = "-"
			}
			t.printf("%9.2f %9.3f %8d %9s\n", p.Threshold, p.Coverage, p.Covered, acc)
		}
	}
}

// writeAbstain writes the abstention threshold, if any.
func (r *Report) writeAbstain(t *textWriter) {
	if a := r.Abstain; a != nil {
		c := a.Chosen
		if c.Met {
			t.printf("\nAbstention threshold %.2f: the smallest whose cross-validated accuracy on the training data reaches %.3f (there: coverage %.3f, accuracy %.3f)", c.Threshold, c.TargetAccuracy, c.Coverage, c.Accuracy)
		} else {
			t.printf("\nAbstention threshold %.2f: no threshold reaches the target accuracy %.3f in cross-validation on the training data; this is the most accurate (there: coverage %.3f, accuracy %.3f)", c.Threshold, c.TargetAccuracy, c.Coverage, c.Accuracy)
		}
		e := a.Evaluated
		if e.Covered == 0 {
			t.printf("; here it covers no item\n")
		} else {
			t.printf("; here: coverage %.3f, accuracy %.3f\n", e.Coverage, e.Accuracy)
		}
	}
}

func closing(hi float64) string {
	if hi >= 1 {
		return "]"
	}
	return ")"
}

// String returns the text report.
func (r *Report) String() string {
	var b strings.Builder
	r.WriteText(&b)
	return b.String()
}
