package stance

import "math"

// weightTable is a model's scoring table: feature id → row → weights. Models
// with three labels score through a table3 instead, built from it.
//
// Prediction looks up every n-gram of a statement, and most trigrams of new
// text are unknown, so a miss must be cheap and a hit should touch as little
// memory as possible. Two arrays do that:
//
//   - slots, an open-addressing table with linear probing (Knuth, TAOCP
//     vol. 3, §6.4, algorithm L) at load ≤ ½, holds 8 bytes per slot: the
//     low 32 bits of the key as a fingerprint and row+1 (0 marks an empty
//     slot). A miss reads one or two neighbouring slots of an array half the
//     size of a {key, row} table: a default model's slots take 1 MB.
//   - rec holds, per row, the full key followed by the row's weights
//     (stride L+1), so a hit confirms the key and reads the weights from one
//     cache line when L = 3.
//
// A fingerprint match with a different key (probability 2⁻³² per probed
// slot) is told apart by the key in rec and probing goes on.
type weightTable struct {
	slots  []uint64
	mask   uint64
	shift  uint // 64 − log₂(len(slots))
	rec    []uint64
	stride int // L+1
}

// newWeightTable returns an empty table for n rows and L labels.
func newWeightTable(n, L int) weightTable {
	size, bits := 16, uint(4)
	for size < 2*n {
		size *= 2
		bits++
	}
	return weightTable{
		slots:  make([]uint64, size),
		mask:   uint64(size - 1),
		shift:  64 - bits,
		rec:    make([]uint64, n*(L+1)),
		stride: L + 1,
	}
}

// home is the first slot probed for key, by Fibonacci hashing (Knuth, §6.4:
// the top bits of key·⌊2⁶⁴/φ⌋), which spreads FNV-1a's clustered low bits.
func (t *weightTable) home(key uint64) uint64 { return (key * 0x9E3779B97F4A7C15) >> t.shift }

// insert records key for row, returning the row already holding key, if
// any. Rows are inserted once each, in any order.
func (t *weightTable) insert(key uint64, row int32) (int32, bool) {
	for i := t.home(key); ; i = (i + 1) & t.mask {
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

// lookup returns the row of key.
func (t *weightTable) lookup(key uint64) (int32, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	for i := t.home(key); ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return 0, false
		}
		if r := int32(uint32(s)) - 1; s>>32 == key&0xFFFFFFFF && t.rec[int(r)*t.stride] == key {
			return r, true
		}
	}
}

// weight returns row's weight for label c.
func (t *weightTable) weight(row int32, c int) float64 {
	return math.Float64frombits(t.rec[int(row)*t.stride+1+c])
}

func (t *weightTable) setWeight(row int32, c int, w float64) {
	t.rec[int(row)*t.stride+1+c] = math.Float64bits(w)
}

// add adds the weights of every known key of hashes to scores and counts the
// known keys.
func (t *weightTable) add(hashes []uint64, scores []float64) int {
	known := 0
	for _, h := range hashes {
		r, ok := t.lookup(h)
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

// table3 holds the weights of a three-label model (the domain's case) in
// the slots of an open-addressing table: one 32-byte slot is the full key
// and the three weights, so a lookup, hit or miss, reads one slot and
// usually nothing else. It costs more memory than weightTable (8 MB for
// the default model at load ≤ ¼) and serves only prediction; rows, for
// explanations and counts, stay with weightTable.
//
// Load ≤ ¼ while the slots stay within 8 MB (a search then expects about
// 1.2 probes, by Knuth's analysis of linear probing, so the probe loop
// rarely mispredicts), ≤ ½ beyond, so that models with millions of
// features do not take hundreds of megabytes. BenchmarkScoreTables compares
// the three layouts on the default model.
type table3 struct {
	slots   []slot3
	mask    uint64
	shift   uint
	zero    [3]float64 // the weights of key 0, which marks empty slots
	hasZero bool
}

type slot3 struct {
	key        uint64
	w0, w1, w2 float64
}

func newTable3(w *weightTable, n int) table3 {
	return newTable3Sized(w, n, 8<<20)
}

// newTable3Sized is newTable3 with the size up to which load ≤ ¼ is kept.
// It takes the rows that w's slots hold, so that a row w refused (a
// duplicate key) is not read as a feature of id 0.
func newTable3Sized(w *weightTable, n, lowLoadBytes int) table3 {
	size, b := 16, uint(4)
	for size < 2*n || size < 4*n && size*32 < lowLoadBytes {
		size *= 2
		b++
	}
	t := table3{slots: make([]slot3, size), mask: uint64(size - 1), shift: 64 - b}
	for _, s := range w.slots {
		if s == 0 {
			continue
		}
		r := int32(uint32(s) - 1)
		k := w.rec[int(r)*w.stride]
		ws := [3]float64{w.weight(r, 0), w.weight(r, 1), w.weight(r, 2)}
		if k == 0 {
			t.zero, t.hasZero = ws, true
			continue
		}
		i := (k * 0x9E3779B97F4A7C15) >> t.shift
		for t.slots[i].key != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = slot3{k, ws[0], ws[1], ws[2]}
	}
	return t
}

// add3 adds the weights of every known key of hashes to s0, s1, s2 and
// counts the known keys, in the order of hashes (so the sums are those of
// weightTable.add, bit for bit).
func (t *table3) add3(hashes []uint64, s0, s1, s2 float64) (float64, float64, float64, int) {
	known := 0
	slots, mask, shift := t.slots, t.mask, t.shift
	for _, h := range hashes {
		if h == 0 {
			if t.hasZero {
				s0, s1, s2 = s0+t.zero[0], s1+t.zero[1], s2+t.zero[2]
				known++
			}
			continue
		}
		for i := (h * 0x9E3779B97F4A7C15) >> shift; ; i = (i + 1) & mask {
			s := &slots[i]
			if s.key == h {
				s0, s1, s2 = s0+s.w0, s1+s.w1, s2+s.w2
				known++
				break
			}
			if s.key == 0 {
				break
			}
		}
	}
	return s0, s1, s2, known
}
