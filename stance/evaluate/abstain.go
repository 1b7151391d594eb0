package evaluate

import (
	"errors"
	"fmt"
	"math"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// RiskPoint is one row of a risk–coverage table.
type RiskPoint struct {
	// Threshold t: an item is covered (answered) when its top-label
	// probability is ≥ t, and abstained on otherwise.
	Threshold float64 `json:"threshold"`
	// Covered is the number of covered items and Coverage their share.
	Covered  int     `json:"covered"`
	Coverage float64 `json:"coverage"`
	// Accuracy is the accuracy on the covered items; 1 − Accuracy is the
	// selective risk. It is 0 when no item is covered.
	Accuracy float64 `json:"accuracy"`
}

// DefaultThresholds returns the thresholds of risk–coverage tables: 0
// (answer everything), then 0.35 to 0.95 in steps of 0.05, and 0.99.
func DefaultThresholds() []float64 {
	ts := []float64{0}
	for k := 7; k <= 19; k++ {
		ts = append(ts, float64(k)/20)
	}
	return append(ts, 0.99)
}

// RiskCoverage returns, for each threshold t, the coverage and the accuracy
// on the covered items of a classifier that answers only when its top-label
// probability is ≥ t: the risk–coverage curve of selective classification
// (El-Yaniv & Wiener 2010, "On the foundations of noise-free selective
// classification"; Geifman & El-Yaniv 2017). nil thresholds mean
// DefaultThresholds.
//
//	coverage(t) = |{i : conf_i ≥ t}| / N
//	accuracy(t) = |{i : conf_i ≥ t, ŷ_i = y_i}| / |{i : conf_i ≥ t}|
func RiskCoverage(p *Predictions, thresholds []float64) []RiskPoint {
	if thresholds == nil {
		thresholds = DefaultThresholds()
	}
	out := make([]RiskPoint, len(thresholds))
	for k, t := range thresholds {
		var covered, correct int
		for i := range p.True {
			if p.Confidence(i) >= t {
				covered++
				if p.Correct(i) {
					correct++
				}
			}
		}
		out[k] = RiskPoint{
			Threshold: t,
			Covered:   covered,
			Coverage:  ratio(float64(covered), float64(p.Len())),
			Accuracy:  ratio(float64(correct), float64(covered)),
		}
	}
	return out
}

// ThresholdChoice is an abstention threshold chosen for a target accuracy.
type ThresholdChoice struct {
	Threshold      float64 `json:"threshold"`
	TargetAccuracy float64 `json:"target_accuracy"`
	// Met is set when the covered accuracy at Threshold reaches the target.
	Met bool `json:"met"`
	// Coverage and Accuracy at Threshold, as measured where the threshold
	// was chosen (cross-validation on the training data).
	Coverage float64 `json:"coverage"`
	Accuracy float64 `json:"accuracy"`
}

// PickThreshold picks from a risk–coverage table the smallest threshold
// whose covered accuracy is at least target and that covers at least one
// item. Coverage only falls as the threshold rises, so this is the
// threshold that keeps the most items among those meeting the target.
// When no threshold meets it, PickThreshold returns the one with the
// highest covered accuracy (the smallest of equals) with Met unset.
func PickThreshold(points []RiskPoint, target float64) (ThresholdChoice, error) {
	best := -1     // the smallest threshold meeting the target
	fallback := -1 // the most accurate threshold
	for k, pt := range points {
		if pt.Covered == 0 {
			continue
		}
		if pt.Accuracy >= target && (best < 0 || pt.Threshold < points[best].Threshold) {
			best = k
		}
		if fallback < 0 || pt.Accuracy > points[fallback].Accuracy ||
			pt.Accuracy == points[fallback].Accuracy && pt.Threshold < points[fallback].Threshold {
			fallback = k
		}
	}
	if best < 0 {
		best = fallback
	}
	if best < 0 {
		return ThresholdChoice{}, errors.New("evaluate: no threshold covers any item")
	}
	pt := points[best]
	return ThresholdChoice{Threshold: pt.Threshold, TargetAccuracy: target, Met: pt.Accuracy >= target,
		Coverage: pt.Coverage, Accuracy: pt.Accuracy}, nil
}

// ChooseThreshold chooses an abstention threshold (stance.Abstention's
// MinProbability) for a target accuracy using the training data only: it
// cross-validates train on it with o, builds the risk–coverage table of the
// out-of-fold predictions for thresholds (nil: DefaultThresholds), and
// picks with [PickThreshold] the smallest threshold whose covered accuracy
// reaches target. Evaluate the chosen threshold on held-out data with
// [RiskCoverage]: it was tuned on the training data, so its
// cross-validated accuracy is slightly optimistic.
func ChooseThreshold(training []corpus.Example, train stance.TrainFunc, target float64, thresholds []float64, o CVOptions) (ThresholdChoice, error) {
	if !(target > 0 && target <= 1) || math.IsNaN(target) {
		return ThresholdChoice{}, fmt.Errorf("evaluate: target accuracy %v not in (0, 1]", target)
	}
	p, err := CrossValidate(training, train, o)
	if err != nil {
		return ThresholdChoice{}, err
	}
	return PickThreshold(RiskCoverage(p, thresholds), target)
}
