package hashtab

// Table3 holds the weights of a three-label model (the domain's case) in
// the slots of an open-addressing table: one 32-byte slot is the full key
// and the three weights, so a lookup, hit or miss, reads one slot and
// usually nothing else. It costs more memory than Weights (8 MB for the
// default model at load ≤ ¼) and serves only prediction; rows, for
// explanations and counts, stay with Weights.
//
// Load is ≤ ¼ while the slots stay within a size the caller chooses (a
// search then expects about 1.2 probes, by Knuth's analysis of linear
// probing, so the probe loop rarely mispredicts), ≤ ½ beyond, so that
// models with millions of features do not take hundreds of megabytes.
type Table3 struct {
	slots   []slot3
	shape   shape
	zero    [3]float64 // the weights of key 0, which marks empty slots
	hasZero bool
}

type slot3 struct {
	key        uint64
	w0, w1, w2 float64
}

// slot3Bytes is the size of a slot3.
const slot3Bytes = 32

// NewTable3 returns a Table3 with the keys and weights of w, at load ≤ ¼
// while its slots take less than lowLoadBytes, ≤ ½ beyond. It reports
// false, and returns an empty table, unless w has three labels. It takes
// the rows that w's slots hold, so that a row w refused (a duplicate key)
// is not read as a feature of id 0.
func NewTable3(w *Weights, lowLoadBytes int) (Table3, bool) {
	if w.stride != 4 {
		return Table3{}, false
	}
	n := len(w.rec) / w.stride
	s := shapeFor(n, 2)
	for s.slots() < 4*n && s.slots()*slot3Bytes < lowLoadBytes {
		s = s.double()
	}
	t := Table3{slots: make([]slot3, s.slots()), shape: s}
	for _, ws := range w.slots {
		if ws == 0 {
			continue
		}
		r := int32(uint32(ws) - 1)
		k := w.rec[int(r)*w.stride]
		v := [3]float64{w.Weight(r, 0), w.Weight(r, 1), w.Weight(r, 2)}
		if k == 0 {
			t.zero, t.hasZero = v, true
			continue
		}
		i := s.home(k)
		for t.slots[i].key != 0 {
			i = (i + 1) & s.mask
		}
		t.slots[i] = slot3{k, v[0], v[1], v[2]}
	}
	return t, true
}

// Add3 adds the weights of every known key of hashes to s0, s1, s2 and
// counts the known keys, in the order of hashes, so that the sums are
// those of Weights.Add, bit for bit. An empty Table3 knows no key.
func (t *Table3) Add3(hashes []uint64, s0, s1, s2 float64) (float64, float64, float64, int) {
	known := 0
	slots, s := t.slots, t.shape
	if len(slots) == 0 {
		return s0, s1, s2, 0
	}
	for _, h := range hashes {
		if h == 0 {
			if t.hasZero {
				s0, s1, s2 = s0+t.zero[0], s1+t.zero[1], s2+t.zero[2]
				known++
			}
			continue
		}
		for i := s.home(h); ; i = (i + 1) & s.mask {
			sl := &slots[i]
			if sl.key == h {
				s0, s1, s2 = s0+sl.w0, s1+sl.w1, s2+sl.w2
				known++
				break
			}
			if sl.key == 0 {
				break
			}
		}
	}
	return s0, s1, s2, known
}
