package hashtab

// Index maps feature ids to rows for a Trainer, whose vocabulary grows as
// statements come. Its zero value is an empty index ready for Add.
type Index struct {
	slots []Slot
	shape shape
	n     int // entries, counted by Add only
}

// Slot is one slot of an Index: a key and its row. Row holds row+1, so
// that 0 marks an empty slot and key 0 needs no special case.
type Slot struct {
	Key uint64
	Row int32
}

// NewIndex returns an empty index sized for n keys at load ≤ ½.
func NewIndex(n int) Index {
	s := shapeFor(n, 2)
	return Index{slots: make([]Slot, s.slots()), shape: s}
}

// Len returns the number of keys added.
func (x *Index) Len() int { return x.n }

// Add inserts key → row, growing the table as needed, and returns the row
// already stored for key, if any. It lets the load reach ¾ before
// doubling: a trainer's index is its largest structure, and linear probing
// still expects about 2.5 probes per hit at that load (Knuth's analysis).
func (x *Index) Add(key uint64, row int32) (int32, bool) {
	if 4*(x.n+1) > 3*len(x.slots) {
		x.grow()
	}
	r, dup := x.insert(key, row)
	if !dup {
		x.n++
	}
	return r, dup
}

func (x *Index) grow() {
	old := *x
	*x = NewIndex(max(8, len(old.slots)))
	x.n = old.n
	for _, s := range old.slots {
		if s.Row != 0 {
			x.insert(s.Key, s.Row-1)
		}
	}
}

// insert adds key → row, returning the row already stored for key, if any.
// The table must have a free slot.
func (x *Index) insert(key uint64, row int32) (int32, bool) {
	for i := x.shape.home(key); ; i = (i + 1) & x.shape.mask {
		s := &x.slots[i]
		switch {
		case s.Row == 0:
			s.Key, s.Row = key, row+1
			return 0, false
		case s.Key == key:
			return s.Row - 1, true
		}
	}
}

// Lookup returns the row of key.
func (x *Index) Lookup(key uint64) (int32, bool) {
	if len(x.slots) == 0 {
		return 0, false
	}
	for i := x.shape.home(key); ; i = (i + 1) & x.shape.mask {
		s := x.slots[i]
		if s.Row == 0 {
			return 0, false
		}
		if s.Key == key {
			return s.Row - 1, true
		}
	}
}

// Release empties x and returns its slot array, at least Len long, for a
// caller done with the index to reuse as scratch memory (a Trainer sorts
// its vocabulary in it).
func (x *Index) Release() []Slot {
	s := x.slots
	*x = Index{}
	return s
}
