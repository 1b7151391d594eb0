package tokenize

import (
	"encoding/binary"
	"math/bits"
	"unsafe"
)

// wordTable is the term cache's fast lane for short words: a read-only
// open-addressing table (linear probing, load ≤ ½) whose key is the word's
// bytes themselves, packed into two 64-bit integers with its length. A
// lookup loads the key with two 8-byte reads, hashes it with one 64×64→128
// multiplication and compares two integers, where the general map hashes
// the string, matches a control byte and compares memory: on the default
// pipeline the map lookup was a third of prediction's time.
//
// Only surfaces of 1–15 bytes with no NUL byte get a key, which makes
// keys and surfaces correspond one to one: the length is in the top byte,
// and the bytes past it are zero.
type wordTable struct {
	slots []wordSlot
	terms []string // terms[i] is the term of slots[i]; only tokens need it
	mask  uint64
	shift uint
}

// wordSlot holds one cached word; k0 == 0 marks an empty slot (no key has
// k0 == 0, since a key's first byte is not NUL). A removed term (a stop
// word) is stored with hash == negHash == 0.
type wordSlot struct {
	k0, k1        uint64
	hash, negHash uint64
}

const maxWordKey = 15

// wordKey packs s into a key, or reports that s has none.
func wordKey(s string) (k0, k1 uint64, ok bool) {
	if len(s) == 0 || len(s) > maxWordKey {
		return 0, 0, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return 0, 0, false
		}
	}
	var b [16]byte
	copy(b[:], s)
	return binary.LittleEndian.Uint64(b[:8]), binary.LittleEndian.Uint64(b[8:]) | uint64(len(s))<<56, true
}

// textKey is wordKey(text[i:j]) for a plain word (1 ≤ j−i ≤ 15, no NUL),
// reading 16 bytes at once when the text has them.
func textKey(text string, i, j int) (k0, k1 uint64) {
	n := j - i
	var b []byte
	var buf [16]byte
	if i+16 <= len(text) {
		// A read-only view of the text, within its bounds.
		b = unsafe.Slice(unsafe.StringData(text[i:]), 16)
	} else {
		copy(buf[:], text[i:j])
		b = buf[:]
	}
	k0 = binary.LittleEndian.Uint64(b[:8])
	k1 = binary.LittleEndian.Uint64(b[8:16])
	if n < 8 {
		k0 &= 1<<(8*n) - 1
		k1 = 0
	} else {
		k1 &= 1<<(8*(n-8)) - 1
	}
	return k0, k1 | uint64(n)<<56
}

// wordHash mixes a key into 64 bits: the folded 128-bit product of the two
// halves with fixed odd constants, as wyhash's mum step (Wang Yi, wyhash).
func wordHash(k0, k1 uint64) uint64 {
	hi, lo := bits.Mul64(k0^0xa0761d6478bd642f, k1^0xe7037ed1a0b428db)
	return hi ^ lo
}

// newWordTable builds the table for the cache entries that have a key.
func newWordTable(entries map[string]termEntry) wordTable {
	n := 0
	for s, e := range entries {
		if _, _, ok := wordKey(s); ok && !(e.term != "" && e.hash == 0 && e.negHash == 0) {
			n++
		}
	}
	size, b := 16, uint(4)
	for size < 2*n {
		size *= 2
		b++
	}
	t := wordTable{slots: make([]wordSlot, size), terms: make([]string, size), mask: uint64(size - 1), shift: 64 - b}
	for s, e := range entries {
		k0, k1, ok := wordKey(s)
		if !ok {
			continue
		}
		var hash, neg uint64
		if e.term != "" {
			if e.hash == 0 && e.negHash == 0 {
				continue // would read as removed; the map keeps it
			}
			hash, neg = e.hash, e.negHash
		}
		i := (wordHash(k0, k1) * 0x9E3779B97F4A7C15) >> t.shift
		for t.slots[i].k0 != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = wordSlot{k0, k1, hash, neg}
		t.terms[i] = e.term
	}
	return t
}

// find returns the slot of a key, or −1.
func (t *wordTable) find(k0, k1 uint64) int {
	if len(t.slots) == 0 {
		return -1
	}
	for i := (wordHash(k0, k1) * 0x9E3779B97F4A7C15) >> t.shift; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.k0 == k0 && s.k1 == k1 {
			return int(i)
		}
		if s.k0 == 0 {
			return -1
		}
	}
}

// entry returns the cache entry in slot i, with its term only when
// withTerm is set (the hashing path never reads the terms array), and
// whether the word is removed (a stop word).
func (t *wordTable) entry(i int, withTerm bool) (e termEntry, removed bool) {
	s := &t.slots[i]
	if s.hash == 0 && s.negHash == 0 {
		return termEntry{}, true
	}
	e = termEntry{hash: s.hash, negHash: s.negHash}
	if withTerm {
		e.term = t.terms[i]
	}
	return e, false
}
