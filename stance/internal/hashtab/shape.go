package hashtab

// golden is ⌊2⁶⁴/φ⌋, φ the golden ratio: the multiplier of Fibonacci
// hashing. The tokenize package's word table uses the same constant.
const golden = 0x9E3779B97F4A7C15

// minSlots is the size of the smallest table.
const minSlots = 16

// shape is the size of a table, a power of two, as what probing needs:
// the shift that maps a key's product with golden to its home slot, and
// the mask that wraps a slot index. A search probes home(key), then the
// following slots, (i+1) & mask, until it finds the key or an empty slot.
type shape struct {
	mask  uint64 // slots − 1
	shift uint   // 64 − log₂(slots)
}

// shapeFor returns the smallest shape of at least minSlots slots with at
// least perKey slots per key for n keys: load ≤ 1/perKey.
func shapeFor(n, perKey int) shape {
	s := shape{mask: minSlots - 1, shift: 64 - 4}
	for s.slots() < perKey*n {
		s = s.double()
	}
	return s
}

// slots returns the number of slots.
func (s shape) slots() int { return int(s.mask + 1) }

// double returns the shape of twice as many slots.
func (s shape) double() shape { return shape{mask: s.mask<<1 | 1, shift: s.shift - 1} }

// home returns the first slot probed for key.
func (s shape) home(key uint64) uint64 { return (key * golden) >> s.shift }
