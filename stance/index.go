package stance

// featureIndex maps feature ids (64-bit hashes) to rows for a Trainer,
// whose vocabulary grows as statements come: an open-addressing table with
// linear probing (Knuth, TAOCP vol. 3, §6.4, algorithm L), load ≤ ¾, a slot
// holding key and row together so that a lookup costs one cache miss where
// a Go map costs several. A slot is chosen by Fibonacci hashing (Knuth,
// §6.4: the top bits of key·⌊2⁶⁴/φ⌋): FNV-1a's low bits alone cluster badly
// under linear probing. Models score through weightTable and table3.
type featureIndex struct {
	slots []slot
	mask  uint64
	shift uint // 64 − log₂(len(slots))
	n     int  // entries, counted by add only
}

func (x *featureIndex) home(key uint64) uint64 { return (key * 0x9E3779B97F4A7C15) >> x.shift }

type slot struct {
	key uint64
	row int32 // row+1; 0 marks an empty slot, so key 0 needs no special case
}

func newFeatureIndex(n int) featureIndex {
	size, bits := 16, uint(4)
	for size < 2*n {
		size *= 2
		bits++
	}
	return featureIndex{slots: make([]slot, size), mask: uint64(size - 1), shift: 64 - bits}
}

// add inserts key → row into a table that grows as needed (for training,
// where the vocabulary is not known in advance), returning the row already
// stored for key, if any. It lets the load reach ¾ before doubling: a
// trainer's table is its largest structure, and linear probing still
// expects about 2.5 probes per hit at that load (Knuth's analysis).
func (x *featureIndex) add(key uint64, row int32) (int32, bool) {
	if 4*(x.n+1) > 3*len(x.slots) {
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
	*x = newFeatureIndex(max(8, len(old.slots)))
	x.n = old.n
	for _, s := range old.slots {
		if s.row != 0 {
			x.insert(s.key, s.row-1)
		}
	}
}

// insert adds key → row, returning the row already stored for key, if any.
// The table must have a free slot.
func (x *featureIndex) insert(key uint64, row int32) (int32, bool) {
	for i := x.home(key); ; i = (i + 1) & x.mask {
		s := &x.slots[i]
		switch {
		case s.row == 0:
			s.key, s.row = key, row+1
			return 0, false
		case s.key == key:
			return s.row - 1, true
		}
	}
}

func (x *featureIndex) lookup(key uint64) (int32, bool) {
	if len(x.slots) == 0 {
		return 0, false
	}
	for i := x.home(key); ; i = (i + 1) & x.mask {
		s := x.slots[i]
		if s.row == 0 {
			return 0, false
		}
		if s.key == key {
			return s.row - 1, true
		}
	}
}
