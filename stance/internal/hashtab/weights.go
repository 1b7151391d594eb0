package hashtab

import "math"

// Weights is a model's scoring table: feature id → row → one weight per
// label. Rows are numbered from 0 and inserted once each, in any order.
//
// Prediction looks up every n-gram of a statement, and most trigrams of new
// text are unknown, so a miss must be cheap and a hit should touch as little
// memory as possible. Two arrays do that:
//
//   - slots, probed at load ≤ ½, holds 8 bytes per slot: the low 32 bits
//     of the key as a fingerprint and row+1 (0 marks an empty slot). A miss
//     reads one or two neighbouring slots of an array half the size of a
//     {key, row} table: a default model's slots take 1 MB.
//   - rec holds, per row, the full key followed by the row's weights
//     (stride L+1), so a hit confirms the key and reads the weights from one
//     cache line when L = 3.
//
// A fingerprint match with a different key (probability 2⁻³² per probed
// slot) is told apart by the key in rec and probing goes on.
type Weights struct {
	slots  []uint64
	shape  shape
	rec    []uint64
	stride int // L+1
}

// NewWeights returns an empty table for n rows and L labels.
func NewWeights(n, L int) Weights {
	s := shapeFor(n, 2)
	return Weights{
		slots:  make([]uint64, s.slots()),
		shape:  s,
		rec:    make([]uint64, n*(L+1)),
		stride: L + 1,
	}
}

// Insert records key for row, returning the row already holding key, if
// any (the table is then unchanged).
func (t *Weights) Insert(key uint64, row int32) (int32, bool) {
	for i := t.shape.home(key); ; i = (i + 1) & t.shape.mask {
		s := t.slots[i]
		if s == 0 {
			t.slots[i] = key<<32 | uint64(uint32(row)+1)
			t.rec[int(row)*t.stride] = key
			return 0, false
		}
		if r := int32(uint32(s)) - 1; s>>32 == key&0xFFFFFFFF && t.rec[int(r)*t.stride] == key {
			return r, true
		}
	}
}

// Lookup returns the row of key. It stays within the compiler's inlining
// budget, so that Add's loop inlines it: keep it that small.
func (t *Weights) Lookup(key uint64) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	for i := t.shape.home(key); ; i = (i + 1) & t.shape.mask {
		s := t.slots[i]
		if s == 0 {
			return 0, false
		}
		if r := int32(uint32(s)) - 1; s>>32 == key&0xFFFFFFFF && t.rec[int(r)*t.stride] == key {
			return r, true
		}
	}
}

// Weight returns row's weight for label c.
func (t *Weights) Weight(row int32, c int) float64 {
	return math.Float64frombits(t.rec[int(row)*t.stride+1+c])
}

// SetWeight sets row's weight for label c.
func (t *Weights) SetWeight(row int32, c int, w float64) {
	t.rec[int(row)*t.stride+1+c] = math.Float64bits(w)
}

// Add adds the weights of every known key of hashes to scores, one per
// label, and returns the number of known keys.
func (t *Weights) Add(hashes []uint64, scores []float64) int {
	known := 0
	for _, h := range hashes {
		r, ok := t.Lookup(h)
		if !ok {
			continue
		}
		known++
		w := t.rec[int(r)*t.stride+1 : int(r+1)*t.stride]
		for c := range scores {
			scores[c] += math.Float64frombits(w[c])
		}
	}
	return known
}
