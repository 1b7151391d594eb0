package stance

import (
	"bytes"
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance/internal/hashtab"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The embedded default model must be exactly what LeaderOptions train on
// the embedded corpus, calibrated.
func TestDefaultIsCurrent(t *testing.T) {
	// One training, as EncodeDefault does it: the bytes must be the
	// embedded ones, and the decoded model the trained one.
	trained, err := trainDefault()
	require.NoError(t, err)
	want, err := trained.encodeCompact()
	require.NoError(t, err)
	if !bytes.Equal(want, defaultBin) {
		t.Fatal("stance/default.bin is stale (the corpus or the default options changed): run go generate ./stance")
	}
	m, err := Default()
	require.NoError(t, err)
	assert.Equal(t, saved(t, trained), saved(t, m))
	_, ok := m.Calibration()
	assert.True(t, ok, "the default model is calibrated")
}

func TestCompactRoundTripAndErrors(t *testing.T) {
	m := train(t, tiny(Complement), "A", "a a b", "B", "b c")
	b, err := m.encodeCompact()
	require.NoError(t, err)
	back, err := decodeCompact(b)
	require.NoError(t, err)
	assert.Equal(t, saved(t, m), saved(t, back))
	for cut := range len(b) {
		_, err := decodeCompact(b[:cut])
		require.Error(t, err, "cut at %d", cut)
	}
	_, err = decodeCompact(append(bytes.Clone(b), 0))
	assert.ErrorIs(t, err, ErrCorrupt)
	_, err = decodeCompact([]byte("{}"))
	assert.ErrorIs(t, err, ErrFormat)
}

func FuzzDecodeCompact(f *testing.F) {
	m := train(f, tiny(Multinomial), "A", "a a b", "B", "b c")
	b, _ := m.encodeCompact()
	f.Add(b)
	cal, err := m.WithCalibration(Calibration{Temperature: 2.5})
	require.NoError(f, err)
	b, _ = cal.encodeCompact()
	f.Add(b)
	f.Add([]byte(compactMagic))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := decodeCompact(data)
		if err != nil {
			return
		}
		m.Predict("a b c")
	})
}

// BenchmarkDefaultDecode measures what Default costs a process on first use:
// decoding the embedded model (BenchmarkDefault in bench_test.go retrains it
// from the corpus instead, for comparison).
func BenchmarkDefaultDecode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := decodeCompact(defaultBin); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildFast3 measures building the three-label scoring table of
// the default model (see fast3After).
func BenchmarkBuildFast3(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	tb := m.t()
	b.ReportAllocs()
	for b.Loop() {
		_, _ = hashtab.NewTable3(&tb.weights, fast3LowLoadBytes)
	}
}

// BenchmarkScoreTables sums the weights of the feature ids of the corpus's
// statements with the default model through each scoring layout: the
// fingerprint table (hashtab.Weights, what prediction uses until the
// Table3 is built), and a Table3 at load ≤ ½ and ≤ ¼. One op is one
// statement.
func BenchmarkScoreTables(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	tb := m.t()
	var all [][]uint64
	for _, e := range corpus.Leaders() {
		all = append(all, m.an.AppendHashes(nil, e.Text))
	}
	half, _ := hashtab.NewTable3(&tb.weights, 0)
	quarter, _ := hashtab.NewTable3(&tb.weights, fast3LowLoadBytes)
	scores := make([]float64, 3)
	b.Run("Weights", func(b *testing.B) {
		i := 0
		for b.Loop() {
			tb.weights.Add(all[i%len(all)], scores)
			i++
		}
	})
	for _, c := range []struct {
		name string
		t    *hashtab.Table3
	}{{"Table3-half", &half}, {"Table3-quarter", &quarter}} {
		b.Run(c.name, func(b *testing.B) {
			i := 0
			for b.Loop() {
				c.t.Add3(all[i%len(all)], 0, 0, 0)
				i++
			}
		})
	}
}

// TestCompactExported: EncodeCompact and DecodeCompact are the encoding
// that embeds a model, as default.bin holds the default one.
func TestCompactExported(t *testing.T) {
	m, err := Default()
	require.NoError(t, err)
	b, err := m.EncodeCompact()
	require.NoError(t, err)
	assert.Equal(t, defaultBin, b)
	back, err := DecodeCompact(b)
	require.NoError(t, err)
	assert.Equal(t, saved(t, m), saved(t, back))
	_, err = DecodeCompact(b[:len(b)/2])
	assert.ErrorIs(t, err, ErrCorrupt)
}
