package tokenize

import (
	"encoding/binary"
	"math/bits"
)

// wordTable is the term cache's fast lane for short words: a read-only
// open-addressing table whose key is the word's bytes themselves, packed
// into two 64-bit integers with its length. A lookup loads the key with two
// 8-byte reads, hashes it with one 64×64→128 multiplication and compares
// two integers, where the general map hashes the string, matches a control
// byte and compares memory; the map lookup is otherwise a large part of
// the default pipeline's time (BenchmarkPipeline).
//
// The table uses the scheme of stance's tables (stance/internal/hashtab):
// Fibonacci hashing (the mixed key times golden, top bits), linear
// probing, a power-of-two size of at least 16 slots and a load of at most
// ½, so that a lookup expects about 1.5 probes when it hits and 2.5 when it
// misses (Knuth, TAOCP vol. 3, §6.4).
type wordTable struct {
	slots []wordSlot
	terms []string // terms[i] is the term of slots[i]; only tokens need it
	mask  uint64
	shift uint // 64 − log₂(len(slots))
}

// wordSlot holds one entry but its term, which lives in wordTable.terms so
// that the hashing path, which never reads terms, touches 32 bytes a
// word. k1 == 0 marks an empty slot, since every key has its length,
// 1..maxShortWord, in the top byte of k1. A removed word (a stop word) has
// hash == negHash == 0; a term whose two hashes are both 0, which would
// read as removed, is left out of the table, in the map only.
type wordSlot struct {
	k0, k1        uint64
	hash, negHash uint64 // both 0: the word is removed
}

// maxShortWord is the longest surface, in bytes, that has a key.
const maxShortWord = 15

// shortKey packs text[i:j] into its key: bytes 0..7 in k0 and 8..14 in k1,
// little-endian, with zeros past the end and the length in k1's top byte,
// so that keys and strings of 1..maxShortWord bytes correspond one to one.
// It reports false for other lengths.
func shortKey(text string, i, j int) (k0, k1 uint64, ok bool) {
	n := j - i
	if uint(n-1) >= maxShortWord {
		return 0, 0, false
	}
	if i+16 > len(text) {
		k0, k1 = tailKey(text[i:j])
		return k0, k1, true
	}
	m := &keyMasks[n]
	return load64(text, i) & m[0], load64(text, i+8)&m[1] | uint64(n)<<56, true
}

// keyMasks[n] clears the bytes past the end of an n-byte surface from its
// two 8-byte loads: k0 keeps min(n, 8) bytes and k1 the other max(n−8, 0).
var keyMasks = func() (m [maxShortWord + 1][2]uint64) {
	for n := 1; n <= maxShortWord; n++ {
		m[n][0] = ^uint64(0) >> (64 - 8*min(n, 8))
		m[n][1] = 1<<(8*max(n-8, 0)) - 1
	}
	return m
}()

// tailKey is shortKey for a surface s of 1..maxShortWord bytes with fewer
// than 16 bytes of text from its start, which cannot be loaded whole.
func tailKey(s string) (k0, k1 uint64) {
	var b [16]byte
	copy(b[:], s)
	return binary.LittleEndian.Uint64(b[:8]), binary.LittleEndian.Uint64(b[8:]) | uint64(len(s))<<56
}

// wordHash mixes a key into 64 bits: the folded 128-bit product of the two
// halves with fixed odd constants, as wyhash's mum step (Wang Yi, wyhash).
// Fibonacci hashing alone would keep too little of k0's low bytes, which
// hold most of a short word.
func wordHash(k0, k1 uint64) uint64 {
	hi, lo := bits.Mul64(k0^0xa0761d6478bd642f, k1^0xe7037ed1a0b428db)
	return hi ^ lo
}

func (t *wordTable) home(k0, k1 uint64) uint64 {
	return (wordHash(k0, k1) * golden) >> t.shift
}

// newWordTable builds the table of the entries whose surface has a key.
func newWordTable(entries map[string]termEntry) wordTable {
	n := 0
	for s := range entries {
		if len(s) >= 1 && len(s) <= maxShortWord {
			n++
		}
	}
	size, b := 16, uint(4)
	for size < 2*n { // load ≤ ½
		size *= 2
		b++
	}
	t := wordTable{slots: make([]wordSlot, size), terms: make([]string, size), mask: uint64(size - 1), shift: 64 - b}
	for s, e := range entries {
		k0, k1, ok := shortKey(s, 0, len(s))
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
		i := t.home(k0, k1)
		for t.slots[i].k1 != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = wordSlot{k0, k1, hash, neg}
		t.terms[i] = e.term
	}
	return t
}

// find returns the slot of the surface text[i:j], or −1 when the table
// does not have it.
func (t *wordTable) find(text string, i, j int) int {
	// shortKey, written out: the call would cost as much as the rest.
	n := j - i
	if uint(n-1) >= maxShortWord || len(t.slots) == 0 {
		return -1
	}
	var k0, k1 uint64
	if i+16 <= len(text) {
		m := &keyMasks[n]
		k0, k1 = load64(text, i)&m[0], load64(text, i+8)&m[1]|uint64(n)<<56
	} else {
		k0, k1 = tailKey(text[i:j])
	}
	for i := t.home(k0, k1); ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.k0 == k0 && s.k1 == k1 {
			return int(i)
		}
		if s.k1 == 0 {
			return -1
		}
	}
}

// entry returns the entry in slot k.
func (t *wordTable) entry(k int) termEntry {
	s := &t.slots[k]
	return termEntry{t.terms[k], s.hash, s.negHash}
}

// hashes returns the hashes in slot k, and whether the word is removed,
// without reading its term.
func (t *wordTable) hashes(k int) (hash, negHash uint64, removed bool) {
	s := &t.slots[k]
	return s.hash, s.negHash, s.hash == 0 && s.negHash == 0
}
