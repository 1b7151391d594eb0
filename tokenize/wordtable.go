package tokenize

import (
	"encoding/binary"
	"math/bits"
)

// wordTable is the term cache's fast lane for short words: a read-only
// open-addressing table (linear probing, load ≤ ½) whose key is the word's
// bytes themselves, packed into two 64-bit integers with its length. A
// lookup loads the key with two 8-byte reads, hashes it with one 64×64→128
// multiplication and compares two integers, where the general map hashes
// the string, matches a control byte and compares memory: on the default
// pipeline the map lookup was a third of prediction's time.
//
// Only surfaces of 1–15 ASCII letters and digits get a key, which makes
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

// wordKey packs s into a key, or reports that s has none. Only a surface
// that can be a plain word (see WordTokenizer.plainWord) gets one: 1–15
// ASCII letters and digits, starting with a letter. The others are never
// looked up by key, so they would only take room.
func wordKey(s string) (k0, k1 uint64, ok bool) {
	if len(s) == 0 || len(s) > maxWordKey || !asciiLetter[s[0]] {
		return 0, 0, false
	}
	for i := 1; i < len(s); i++ {
		if !asciiWord[s[i]] {
			return 0, 0, false
		}
	}
	k0, k1 = textKey(s, 0, len(s))
	return k0, k1, true
}

// textKey packs text[i:j], a plain word of 1–15 bytes, into its key. The
// tokenizer reads the key of a word with 16 bytes of text after its start
// itself (plainWord); this is for the words near the end of a text, and for
// wordKey.
func textKey(text string, i, j int) (k0, k1 uint64) {
	n := j - i
	var b [16]byte
	copy(b[:], text[i:j])
	k0 = binary.LittleEndian.Uint64(b[:8])
	k1 = binary.LittleEndian.Uint64(b[8:])
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
