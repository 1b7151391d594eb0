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
	n    int // entries, counted by add only
}

func newFeatureIndex(n int) featureIndex {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return featureIndex{keys: make([]uint64, size), rows: make([]int32, size), mask: uint64(size - 1)}
}

// add inserts key → row into a table that grows as needed (for training,
// where the vocabulary is not known in advance), returning the row already
// stored for key, if any.
func (x *featureIndex) add(key uint64, row int32) (int32, bool) {
	if x.keys == nil || 2*(x.n+1) > len(x.keys) {
		x.grow()
	}
	r, dup := x.insert(key, row)
	if !dup {
		x.n++
	}
	return r, dup
}

func (x *featureIndex) grow() {
	old := *x
	*x = newFeatureIndex(max(8, len(old.keys)))
	x.n = old.n
	for i, r := range old.rows {
		if r != 0 {
			x.insert(old.keys[i], r-1)
		}
	}
}

// insert adds key → row, returning the row already stored for key, if any.
// The table must have a free slot.
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
	if len(x.rows) == 0 {
		return 0, false
	}
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
