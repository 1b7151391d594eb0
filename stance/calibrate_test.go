package stance

import (
	"bytes"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/corpus"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// twoLabel builds held-out scores of a two-label model: right items whose
// true label leads by margin d, and wrong ones whose true label trails by d.
func twoLabel(right, wrong int, d float64) *heldOut {
	h := newHeldOut([]corpus.Label{"A", "B"}, right+wrong)
	for i := range right + wrong {
		h.scores[2*i] = d // A leads
		if i < right {
			h.truth[i] = 0
		} else {
			h.truth[i] = 1
		}
	}
	return h
}

// nll is Σ_i −log P_β(y_i | x_i) at T, computed directly.
func nll(h *heldOut, T float64) float64 {
	L := len(h.labels)
	var sum float64
	for i, y := range h.truth {
		probs := softmax(nil, scaled(h.scores[i*L:i*L+L], 1/T))
		sum -= math.Log(probs[y])
	}
	return sum
}

func scaled(s []float64, k float64) []float64 {
	out := make([]float64, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

// Worked by hand: with two labels, r right items whose true label leads by d
// and w wrong ones whose true label trails by d, NLL′(β) = 0 where every
// item's top probability σ(βd) equals the accuracy r/(r+w), so
// β = logit(r/(r+w)) / d and T = d / log(r/w).
func TestFitTemperatureByHand(t *testing.T) {
	tests := []struct {
		right, wrong int
		d, want      float64
	}{
		{3, 1, 2, 2 / math.Log(3)}, // σ(2β) = 3/4: T = 1.820…
		{3, 1, 1, 1 / math.Log(3)}, // a smaller margin, a smaller T
		{9, 1, 1, 1 / math.Log(9)}, // σ(β) = 0.9: T = 0.455…, sharper than raw
		{1, 1, 5, maxTemperature},  // half right: the scores say nothing, T → ∞
		{4, 0, 1, minTemperature},  // all right: T → 0
	}
	for _, tc := range tests {
		h := twoLabel(tc.right, tc.wrong, tc.d)
		assert.InDelta(t, tc.want, fitTemperature(h), 1e-9*tc.want, "%d right, %d wrong, margin %g", tc.right, tc.wrong, tc.d)
	}
}

// On random three-label scores the fitted T is the minimum of the NLL, and
// the fit is deterministic.
func TestFitTemperatureMinimisesNLL(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	h := newHeldOut([]corpus.Label{"a", "b", "c"}, 300)
	for i := range h.truth {
		h.truth[i] = rng.IntN(3)
		for c := range 3 {
			h.scores[3*i+c] = 40 * rng.NormFloat64()
		}
		h.scores[3*i+h.truth[i]] += 30 // usually right, overconfident
	}
	T := fitTemperature(h)
	assert.Greater(t, T, 1.0, "overconfident scores are softened")
	for _, f := range []float64{0.999, 1.001, 0.9, 1.1} {
		assert.Less(t, nll(h, T), nll(h, T*f), "T×%g", f)
	}
	assert.Equal(t, T, fitTemperature(h))
	// A label the model cannot predict (score −Inf) has probability 0 and
	// does not turn the fit into NaN.
	h.scores[3*0+2], h.truth[0] = math.Inf(-1), 0
	assert.False(t, math.IsNaN(fitTemperature(h)))
}

func TestCalibrateKeepsArgmax(t *testing.T) {
	// A third of the leaders' corpus and 3 folds keep the test quick;
	// nothing below depends on the size.
	var ex []corpus.Example
	for i, e := range leaders(t) {
		if i%3 == 0 {
			ex = append(ex, e)
		}
	}
	raw, err := TrainExamples(ex, LeaderOptions())
	require.NoError(t, err)
	cal, err := TrainCalibrated(ex, LeaderOptions(), CalibrateOptions{Folds: 3, Seed: 3})
	require.NoError(t, err)
	c, ok := cal.Calibration()
	require.True(t, ok)
	assert.Greater(t, c.Temperature, 1.0, "complement NB is overconfident")
	_, ok = raw.Calibration()
	assert.False(t, ok)
	var sure, sureCal int
	for _, e := range ex[:600] {
		p, q := raw.Predict(e.Text), cal.Predict(e.Text)
		require.Equal(t, p.Label, q.Label, e.Text)
		require.LessOrEqual(t, q.Probability, p.Probability+1e-12, "T > 1 softens")
		if p.Probability > 0.999 {
			sure++
		}
		if q.Probability > 0.999 {
			sureCal++
		}
	}
	assert.Less(t, sureCal, sure)
	// The same counts: calibration is a number beside the model, nothing else.
	uncal, err := cal.WithCalibration(Calibration{})
	require.NoError(t, err)
	assert.Equal(t, saved(t, raw), saved(t, uncal))
	again, err := TrainCalibrated(ex, LeaderOptions(), CalibrateOptions{Folds: 3, Seed: 3})
	require.NoError(t, err)
	assert.Equal(t, saved(t, cal), saved(t, again), "deterministic")
	texts := []string{ex[0].Text, ex[1].Text, "fraud"}
	all := cal.PredictAll(texts)
	for i, text := range texts {
		assert.Equal(t, cal.Predict(text), all[i])
	}
}

// Calibrate fits the temperature to the model's raw scores of the held-out
// examples: here, the hand-worked case of TestFitTemperatureByHand.
func TestCalibrateOnHeldOut(t *testing.T) {
	o := tiny(Multinomial)
	o.UniformPrior = true
	// θ(A,a) = 3/4, θ(B,a) = 1/4 (α = 1, V = {a, b}): "a" gives A a lead of
	// log 3, and "a a" of 2·log 3.
	m := train(t, o, "A", "a a", "B", "b b")
	held := []corpus.Example{{Text: "a a", Label: "A"}, {Text: "a a", Label: "A"}, {Text: "a a", Label: "A"}, {Text: "a a", Label: "B"}}
	cal, err := Calibrate(m, held)
	require.NoError(t, err)
	c, _ := cal.Calibration()
	assert.InDelta(t, 2*math.Log(3)/math.Log(3), c.Temperature, 1e-9) // T = d / log(r/w) = 2
	assert.InDelta(t, 0.75, cal.Predict("a a").Probability, 1e-9, "the probability is the held-out accuracy")
	_, ok := m.Calibration()
	assert.False(t, ok, "m itself is unchanged")

	_, err = Calibrate(m, nil)
	assert.ErrorIs(t, err, ErrCalibration)
	_, err = Calibrate(m, []corpus.Example{{ID: "x7", Text: "a", Label: "C"}})
	assert.ErrorIs(t, err, ErrLabel)
	assert.ErrorContains(t, err, "x7")
	_, err = m.WithCalibration(Calibration{Temperature: -1})
	assert.ErrorIs(t, err, ErrCalibration)
	_, err = m.WithCalibration(Calibration{Temperature: math.NaN()})
	assert.ErrorIs(t, err, ErrCalibration)
	_, err = TrainCalibrated(leaders(t)[:40], LeaderOptions(), CalibrateOptions{Folds: 1})
	assert.ErrorIs(t, err, ErrCalibration)
}

// Abstention compares calibrated probabilities, and WithAbstention keeps the
// calibration.
func TestAbstentionIsCalibrated(t *testing.T) {
	m := train(t, tiny(Multinomial), "A", "a a b", "B", "b c")
	strict := m.WithAbstention(Abstention{MinProbability: 0.6})
	assert.False(t, strict.Predict("a b").Abstained, "raw P(A) = 25/37")
	hot, err := strict.WithCalibration(Calibration{Temperature: 4})
	require.NoError(t, err)
	p := hot.Predict("a b")
	assert.True(t, p.Abstained, "calibrated P(A) = %v", p.Probability)
	assert.Equal(t, corpus.Label("A"), p.Label)
	// P(A) = 1 / (1 + (12/25)^(1/4)).
	assert.InDelta(t, 1/(1+math.Pow(12.0/25, 0.25)), p.Probability, 1e-12)
	again := hot.WithAbstention(Abstention{})
	c, ok := again.Calibration()
	assert.True(t, ok)
	assert.InDelta(t, 4, c.Temperature, 0)
}

func TestCalibrationRoundTrip(t *testing.T) {
	m := train(t, tiny(Complement), "A", "a a b", "B", "b c")
	cal, err := m.WithCalibration(Calibration{Temperature: 2.718281828459045})
	require.NoError(t, err)
	b := saved(t, cal)
	assert.Contains(t, string(b), `"version":2,`)
	assert.Contains(t, string(b), `"calibration":{"temperature":2.718281828459045},`)
	back, err := Load(bytes.NewReader(b))
	require.NoError(t, err)
	c, ok := back.Calibration()
	require.True(t, ok)
	assert.Equal(t, 2.718281828459045, c.Temperature)
	assert.Equal(t, cal.Predict("a b"), back.Predict("a b"))
	assert.NotEqual(t, m.Predict("a b").Probability, back.Predict("a b").Probability)
	assert.Equal(t, b, saved(t, back))

	path := t.TempDir() + "/m.json.gz"
	require.NoError(t, cal.SaveFile(path))
	fromFile, err := LoadFile(path)
	require.NoError(t, err)
	assert.Equal(t, b, saved(t, fromFile))

	compact, err := cal.encodeCompact()
	require.NoError(t, err)
	fromCompact, err := decodeCompact(compact)
	require.NoError(t, err)
	assert.Equal(t, b, saved(t, fromCompact))
	plain, err := m.encodeCompact()
	require.NoError(t, err)
	assert.NotContains(t, string(plain), "calibration", "an uncalibrated model's compact encoding is unchanged")
	assert.NotContains(t, string(saved(t, m)), "calibration")
}

func TestCalibrationLoadErrors(t *testing.T) {
	m := train(t, tiny(Multinomial), "A", "a a b", "B", "b c")
	cal, err := m.WithCalibration(Calibration{Temperature: 1.5})
	require.NoError(t, err)
	good := string(saved(t, cal))
	const field = `"calibration":{"temperature":1.5}`
	require.Contains(t, good, field)
	tests := []struct {
		name, replace string
		want          error
		msg           string
	}{
		{"zero", `"calibration":{"temperature":0}`, ErrCorrupt, "temperature 0 is not"},
		{"negative", `"calibration":{"temperature":-1.5}`, ErrCorrupt, "temperature -1.5 is not"},
		{"missing temperature", `"calibration":{}`, ErrCorrupt, "temperature 0 is not"},
		{"null temperature", `"calibration":{"temperature":null}`, ErrCorrupt, "temperature 0 is not"},
		{"NaN", `"calibration":{"temperature":NaN}`, ErrCorrupt, ""},
		{"NaN string", `"calibration":{"temperature":"NaN"}`, ErrCorrupt, ""},
		{"infinite", `"calibration":{"temperature":1e999}`, ErrCorrupt, ""},
		{"not an object", `"calibration":1.5`, ErrCorrupt, ""},
		{"truncated", `"calibration":{"temperature":1.`, ErrCorrupt, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load(strings.NewReader(strings.Replace(good, field, tc.replace, 1)))
			require.ErrorIs(t, err, tc.want)
			assert.Contains(t, err.Error(), tc.msg)
		})
	}
	v1 := strings.Replace(good, `"version":2,`, `"version":1,`, 1)
	_, err = Load(strings.NewReader(v1))
	assert.ErrorIs(t, err, ErrCorrupt)
	assert.ErrorContains(t, err, "version-1")
	for cut := len(good) / 2; cut < len(good)-1; cut++ {
		_, err := Load(strings.NewReader(good[:cut]))
		require.Error(t, err, "cut at %d", cut)
	}
	_, err = Load(strings.NewReader(strings.Replace(good, field+",", "", 1)))
	assert.NoError(t, err, "without the field: an uncalibrated model")

	b, err := cal.encodeCompact()
	require.NoError(t, err)
	bad := bytes.Replace(b, []byte(`"temperature":1.5`), []byte(`"temperature":0.0`), 1) // same length
	require.NotEqual(t, b, bad)
	_, err = decodeCompact(bad)
	assert.ErrorIs(t, err, ErrCorrupt)
	assert.ErrorContains(t, err, "calibration")
}

// The golden version-1 file was written by the last build before
// calibrations (format version 1): it loads, uncalibrated, and predicts
// exactly as that build did.
func TestLoadVersion1(t *testing.T) {
	data, err := os.ReadFile("testdata/model-v1.json")
	require.NoError(t, err)
	require.True(t, bytes.HasPrefix(data, []byte(`{"format":"stancekit-model","version":1,`)))
	m, err := Load(bytes.NewReader(data))
	require.NoError(t, err)
	_, ok := m.Calibration()
	assert.False(t, ok)
	tests := []struct {
		text   string
		label  corpus.Label
		probs  []float64
		known  int
		margin float64
	}{
		{"We congratulate the president-elect on his victory.", corpus.Recognising,
			[]float64{0.9955499559066497, 0.002889257176977816, 0.0015607869163716819}, 7, 5.842295867071292},
		{"We are not ready to recognise the new president until the courts have ruled.", corpus.Hostile,
			[]float64{0.15919177244606658, 0.2493812335255305, 0.5914269940284023}, 7, 0.8635554667334233},
		{"The election was stolen by fraud.", corpus.Recognising,
			[]float64{0.7240698638183578, 0.1658021145221809, 0.11012802165946169}, 5, 1.4740928886459628},
		{"", corpus.Recognising, []float64{1.0 / 3, 1.0 / 3, 1.0 / 3}, 0, 0},
	}
	for _, tc := range tests {
		p := m.Predict(tc.text)
		assert.Equal(t, tc.label, p.Label, tc.text)
		assert.InDeltaSlice(t, tc.probs, p.Probs(), 1e-15, tc.text)
		assert.Equal(t, tc.known, p.Known, tc.text)
		assert.InDelta(t, tc.margin, m.Explain(tc.text).Margin, 1e-12, tc.text)
	}
	// Saved again, it is a version-2 file of the same model.
	b := saved(t, m)
	assert.True(t, bytes.HasPrefix(b, []byte(`{"format":"stancekit-model","version":2,`)))
	again, err := Load(bytes.NewReader(b))
	require.NoError(t, err)
	assert.Equal(t, m.Predict(tests[0].text), again.Predict(tests[0].text))
}

// Merged counts are a different model from any the calibrations were fitted
// to, so Merge drops them; a Trainer's model is uncalibrated.
func TestMergeDropsCalibration(t *testing.T) {
	a := train(t, tiny(Complement), "A", "a a b", "B", "b c")
	b := train(t, tiny(Complement), "A", "a", "B", "c c")
	ca, err := a.WithCalibration(Calibration{Temperature: 3})
	require.NoError(t, err)
	cb, err := b.WithCalibration(Calibration{Temperature: 3})
	require.NoError(t, err)
	merged, err := Merge(ca, cb)
	require.NoError(t, err)
	_, ok := merged.Calibration()
	assert.False(t, ok)
	plain, err := Merge(a, b)
	require.NoError(t, err)
	assert.Equal(t, saved(t, plain), saved(t, merged))
}

// The calibration folds are grouped by election when every example names
// one, stratified when one does not, and grouped by Group when it is set.
func TestCalibrationFolds(t *testing.T) {
	ex := leaders(t)[:600]
	byElection, err := corpus.GroupKFold(ex, 10, corpus.Example.Election, 1)
	require.NoError(t, err)
	got, err := calibrationFolds(ex, CalibrateOptions{})
	require.NoError(t, err)
	assert.Equal(t, byElection, got)

	anon := slices.Clone(ex)
	anon[7].Meta = nil
	stratified, err := corpus.StratifiedKFold(anon, 10, 1)
	require.NoError(t, err)
	got, err = calibrationFolds(anon, CalibrateOptions{})
	require.NoError(t, err)
	assert.Equal(t, stratified, got)

	bySpeaker := func(e corpus.Example) string { return e.Meta["speaker_role"] }
	grouped, err := corpus.GroupKFold(ex, 3, bySpeaker, 9)
	require.NoError(t, err)
	got, err = calibrationFolds(ex, CalibrateOptions{Folds: 3, Seed: 9, Group: bySpeaker})
	require.NoError(t, err)
	assert.Equal(t, grouped, got)
}
