package stance

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The embedded default model must be exactly what DefaultOptions train on
// the embedded corpus.
func TestDefaultIsCurrent(t *testing.T) {
	want, err := EncodeDefault()
	require.NoError(t, err)
	if !bytes.Equal(want, defaultBin) {
		t.Fatal("stance/default.bin is stale (the corpus or the default options changed): run go generate ./stance")
	}
	m, err := Default()
	require.NoError(t, err)
	trained, err := TrainExamples(leaders(t), DefaultOptions())
	require.NoError(t, err)
	assert.Equal(t, saved(t, trained), saved(t, m))
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
		_ = newTable3(&tb.weights, len(m.features))
	}
}
