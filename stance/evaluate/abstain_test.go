package evaluate

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/stance"
)

// TestRiskCoverage works probItems by hand: confidences 0.7 (right), 0.6
// (wrong), 0.75 (right), 0.5 (wrong).
func TestRiskCoverage(t *testing.T) {
	p := probItems(t)
	got := RiskCoverage(p, []float64{0, 0.5, 0.55, 0.6, 0.7, 0.75, 0.8})
	want := []RiskPoint{
		{Threshold: 0, Covered: 4, Coverage: 1, Accuracy: 0.5},
		{Threshold: 0.5, Covered: 4, Coverage: 1, Accuracy: 0.5}, // ≥ is inclusive
		{Threshold: 0.55, Covered: 3, Coverage: 0.75, Accuracy: 2.0 / 3},
		{Threshold: 0.6, Covered: 3, Coverage: 0.75, Accuracy: 2.0 / 3},
		{Threshold: 0.7, Covered: 2, Coverage: 0.5, Accuracy: 1},
		{Threshold: 0.75, Covered: 1, Coverage: 0.25, Accuracy: 1},
		{Threshold: 0.8, Covered: 0, Coverage: 0, Accuracy: 0},
	}
	assert.Equal(t, want, got)
	assert.Len(t, RiskCoverage(p, nil), len(DefaultThresholds()))
}

func TestDefaultThresholds(t *testing.T) {
	ts := DefaultThresholds()
	assert.InDelta(t, 0, ts[0], 0)
	assert.InDelta(t, 0.35, ts[1], 1e-12)
	assert.InDelta(t, 0.95, ts[len(ts)-2], 1e-12)
	assert.InDelta(t, 0.99, ts[len(ts)-1], 0)
	assert.IsIncreasing(t, ts)
}

func TestPickThreshold(t *testing.T) {
	points := RiskCoverage(probItems(t), []float64{0, 0.55, 0.7, 0.75, 0.8})
	tests := []struct {
		target    float64
		threshold float64
		met       bool
	}{
		{0.5, 0, true},
		{0.6, 0.55, true},
		{0.9, 0.7, true}, // 0.7 and 0.75 both reach 1; the smaller covers more
		{1, 0.7, true},
	}
	for _, tt := range tests {
		c, err := PickThreshold(points, tt.target)
		require.NoError(t, err)
		assert.InDelta(t, tt.threshold, c.Threshold, 0, "target %v", tt.target)
		assert.Equal(t, tt.met, c.Met)
		assert.InDelta(t, tt.target, c.TargetAccuracy, 0)
	}
	// No threshold reaches the target: the most accurate one is returned.
	c, err := PickThreshold(points[:2], 0.9)
	require.NoError(t, err)
	assert.False(t, c.Met)
	assert.InDelta(t, 0.55, c.Threshold, 0)
	assert.InDelta(t, 2.0/3, c.Accuracy, 1e-12)
	assert.InDelta(t, 0.75, c.Coverage, 1e-12)

	_, err = PickThreshold(points[4:], 0.9)
	assert.Error(t, err, "nothing covered")
	_, err = PickThreshold(nil, 0.9)
	assert.Error(t, err)
}

func TestChooseThreshold(t *testing.T) {
	exs := synthetic(90, 3)
	train := stance.NaiveBayes(stance.DefaultOptions())
	o := CVOptions{Folds: 5, Seed: 1}
	c, err := ChooseThreshold(exs, train, 0.9, nil, o)
	require.NoError(t, err)
	// The choice is the one PickThreshold makes on the CV predictions.
	p, err := CrossValidate(exs, train, o)
	require.NoError(t, err)
	want, err := PickThreshold(RiskCoverage(p, nil), 0.9)
	require.NoError(t, err)
	assert.Equal(t, want, c)
	if c.Met {
		assert.GreaterOrEqual(t, c.Accuracy, 0.9)
	}

	for _, bad := range []float64{0, -1, 1.5} {
		_, err := ChooseThreshold(exs, train, bad, nil, o)
		assert.Error(t, err, "target %v", bad)
	}
	_, err = ChooseThreshold(exs, train, 0.9, nil, CVOptions{Folds: 1000})
	assert.Error(t, err)
}
