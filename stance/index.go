package stance

// featureIndex maps feature ids (64-bit hashes) to rows. It is an
// open-addressing table with linear probing (Knuth, TAOCP vol. 3, §6.4,
// algorithm L), filled once and then only read: lookups are the inner loop
// of prediction, and this layout costs about half of a Go map lookup there,
// with no pointer chasing. The ids are already well mixed (FNV-1a and
// SplitMix64), so their low bits index the table directly. Load factor ≤ ½.
type featureIndex struct {
	keys []uint64
	rows []int32 // row+1; 0 marks an empty slot, so key 0 needs no special case
	mask uint64
}

func newFeatureIndex(n int) featureIndex {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return featureIndex{keys: make([]uint64, size), rows: make([]int32, size), mask: uint64(size - 1)}
}

// insert adds key → row, returning the row already stored for key, if any.
func (x *featureIndex) insert(key uint64, row int32) (int32, bool) {
	for i := key & x.mask; ; i = (i + 1) & x.mask {
		switch {
		case x.rows[i] == 0:
			x.keys[i], x.rows[i] = key, row+1
			return 0, false
		case x.keys[i] == key:
			return x.rows[i] - 1, true
		}
	}
}

func (x *featureIndex) lookup(key uint64) (int32, bool) {
	for i := key & x.mask; ; i = (i + 1) & x.mask {
		r := x.rows[i]
		if r == 0 {
			return 0, false
		}
		if x.keys[i] == key {
			return r - 1, true
		}
	}
}
