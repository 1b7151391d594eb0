package stance

import (
	"errors"
	"fmt"
	"iter"
	"runtime"
	"slices"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
)

// numbers yields 0…n−1, then failAt's error if failAt ≥ n, counting what
// it yields in *read.
func numbers(n, failAt int, fail error, read *atomic.Int64) iter.Seq2[int, error] {
	return func(yield func(int, error) bool) {
		for i := range n {
			if i == failAt {
				yield(0, fail)
				return
			}
			if read != nil {
				read.Add(1)
			}
			if !yield(i, nil) {
				return
			}
		}
	}
}

// square formats i² into the reused buffer.
func square(i int, out *[]byte) error {
	*out = strconv.AppendInt((*out)[:0], int64(i*i), 10)
	return nil
}

func TestOrderedKeepsOrder(t *testing.T) {
	for _, c := range []struct{ n, workers, size int }{
		{0, 1, 4}, {1, 1, 4}, {3, 2, 4}, {4, 2, 4}, {1003, 3, 4}, {1003, 1, 7},
		{3*orderedBatch + 7, 0, orderedBatch},
	} {
		t.Run(fmt.Sprintf("n=%d,workers=%d,batch=%d", c.n, c.workers, c.size), func(t *testing.T) {
			var got []string
			var items []int
			err := ordered(numbers(c.n, -1, nil, nil), c.workers, c.size, square, func(i int, out *[]byte) error {
				items = append(items, i)
				got = append(got, string(*out))
				return nil
			})
			require.NoError(t, err)
			require.Len(t, got, c.n)
			for i := range c.n {
				require.Equal(t, i, items[i])
				require.Equal(t, strconv.Itoa(i*i), got[i])
			}
		})
	}
}

// Ordered returns the first error in input order, whether items, work or
// emit cause it, after emitting every item before it and none after.
func TestOrderedFirstError(t *testing.T) {
	readErr, workErr, emitErr := errors.New("read"), errors.New("work"), errors.New("emit")
	for _, c := range []struct {
		name                   string
		readAt, workAt, emitAt int // −1: never
		want                   error
		emitted                int
	}{
		{"read", 100, -1, -1, readErr, 100},
		{"read at a batch boundary", 8, -1, -1, readErr, 8},
		{"read before anything", 0, -1, -1, readErr, 0},
		{"work", -1, 37, -1, workErr, 37},
		{"emit", -1, -1, 37, emitErr, 37},
		{"work before read", 100, 37, -1, workErr, 37},
		{"emit before work", -1, 38, 37, emitErr, 37},
		{"work before emit", -1, 37, 38, workErr, 37},
	} {
		t.Run(c.name, func(t *testing.T) {
			var read atomic.Int64
			emitted := 0
			err := ordered(numbers(10_000, c.readAt, readErr, &read), 2, 4,
				func(i int, out *int) error {
					if i == c.workAt {
						return workErr
					}
					*out = i
					return nil
				},
				func(i int, out *int) error {
					if i == c.emitAt {
						return emitErr
					}
					require.Equal(t, emitted, i)
					require.Equal(t, i, *out)
					emitted++
					return nil
				})
			require.ErrorIs(t, err, c.want)
			assert.Equal(t, c.emitted, emitted)
			if c.workAt >= 0 || c.emitAt >= 0 {
				assert.Less(t, read.Load(), int64(1000), "reading did not stop soon after the error")
			}
		})
	}
}

// Ordered allocates per batch, not per item, and reuses results: work
// gets back the buffers of earlier items.
func TestOrderedAllocations(t *testing.T) {
	const n, workers = 400_000, 2
	allocs := testing.AllocsPerRun(3, func() {
		err := Ordered(numbers(n, -1, nil, nil), workers, func(i int, out *int) error {
			*out = i
			return nil
		}, nil)
		if err != nil {
			t.Fatal(err)
		}
	})
	assert.Less(t, allocs, float64(200), "allocations for %d items", n)

	var fresh atomic.Int64
	err := Ordered(numbers(n, -1, nil, nil), workers, func(i int, out *[]byte) error {
		if cap(*out) == 0 {
			fresh.Add(1)
		}
		return square(i, out)
	}, func(int, *[]byte) error { return nil })
	require.NoError(t, err)
	assert.LessOrEqual(t, fresh.Load(), int64((4*workers+2)*orderedBatch), "new result buffers for %d items", n)
}

// However the caller leaves (an early break, a panic in the loop body),
// Ordered's goroutines end.
func TestOrderedLeavesNoGoroutine(t *testing.T) {
	m, err := Default()
	require.NoError(t, err)
	texts := func(yield func(string) bool) {
		for i := 0; ; i++ {
			if !yield(fmt.Sprint("statement ", i)) {
				return
			}
		}
	}
	before := runtime.NumGoroutine()
	n := 0
	for range m.PredictSeq(texts) {
		if n++; n == 3*orderedBatch {
			break
		}
	}
	func() {
		defer func() { assert.Equal(t, "boom", recover()) }()
		for range m.PredictSeq(texts) {
			panic("boom")
		}
	}()
	deadline := time.Now().Add(10 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	assert.LessOrEqual(t, runtime.NumGoroutine(), before)
}

func TestPredictSeqAndAll(t *testing.T) {
	m, err := Default()
	require.NoError(t, err)
	var texts []string
	for _, e := range corpus.Leaders() {
		texts = append(texts, e.Text, "", e.Text+" "+e.Text)
	}
	want := make([]Prediction, len(texts))
	for i, s := range texts {
		want[i] = m.Predict(s)
	}
	for _, n := range []int{0, 1, 63, 64, 65, 1000, len(texts)} {
		assert.Equal(t, want[:n], m.PredictAll(texts[:n]), "%d texts", n)
	}
	i := 0
	for s, p := range m.PredictSeq(slices.Values(texts)) {
		require.Equal(t, texts[i], s)
		require.Equal(t, want[i], p)
		i++
	}
	assert.Equal(t, len(texts), i)
}
