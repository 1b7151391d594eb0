package tokenize

import (
	"encoding/binary"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestShortKey(t *testing.T) {
	// A surface's key must not depend on where it sits in the text (two
	// 8-byte loads, or a copy near the end), and different surfaces must
	// have different keys, including prefixes, case variants, NUL bytes and
	// surfaces of 7, 8, 9 and 15 bytes.
	words := []string{"a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmno", "abcdefghijklmn",
		"Ab", "b", "\x00", "\x00\x00", "a\x00", "café", "#tag", "x's", strings.Repeat("\xff", 15)}
	seen := map[[2]uint64]string{}
	for _, w := range words {
		k0, k1, ok := shortKey(w, 0, len(w))
		require.True(t, ok, "%q", w)
		assert.NotZero(t, k1, "%q: k1 == 0 marks an empty slot", w)
		other, dup := seen[[2]uint64{k0, k1}]
		require.False(t, dup, "%q and %q share a key", w, other)
		seen[[2]uint64{k0, k1}] = w
		for _, c := range []struct {
			text string
			i    int
		}{{w, 0}, {w + " tail of the text, long enough", 0}, {"x " + w + ".", 2}, {"x " + w + " and more text after it", 2}} {
			g0, g1, ok := shortKey(c.text, c.i, c.i+len(w))
			require.True(t, ok)
			assert.Equal(t, [2]uint64{k0, k1}, [2]uint64{g0, g1}, "%q in %q", w, c.text)
		}
	}
	for _, w := range []string{"", "abcdefghijklmnop", strings.Repeat("x", 40)} {
		_, _, ok := shortKey(w, 0, len(w))
		assert.False(t, ok, "%q", w)
	}
}

func TestLoad64(t *testing.T) {
	s := "0123456789abcdef"
	for i := 0; i+8 <= len(s); i++ {
		assert.Equal(t, binary.LittleEndian.Uint64([]byte(s[i:i+8])), load64(s, i), "at %d", i)
	}
}

// The table must find every entry it was built from, also when many keys
// share a home slot and probe past one another, and must find no other:
// not even a word whose first eight bytes, and home slot, it shares with
// those it holds.
func TestWordTable(t *testing.T) {
	entries := map[string]termEntry{
		"the":                 {}, // removed
		"Recognise":           newTermEntry("recogn"),
		"recognise":           newTermEntry("recogn"),
		"a-very-long-surface": newTermEntry("x"), // no key: stays in the map only
	}
	// Five words and six more, all alike in their first eight bytes, that
	// share a home slot in a table of 16 slots.
	sixteen := wordTable{mask: 15, shift: 60}
	var colliding, absent []string
	home := uint64(16)
	for i := 0; len(absent) < 6; i++ {
		w := fmt.Sprintf("abcdefgh%d", i)
		k0, k1, _ := shortKey(w, 0, len(w))
		if h := sixteen.home(k0, k1); home == 16 {
			home = h
		} else if h != home {
			continue
		}
		if len(colliding) < 5 {
			colliding = append(colliding, w)
		} else {
			absent = append(absent, w)
		}
	}
	for _, w := range colliding {
		entries[w] = newTermEntry(w)
	}
	tb := newWordTable(entries)
	require.Len(t, tb.slots, 16, "the words were chosen for a table of 16 slots")
	for s, want := range entries {
		k := tb.find(s, 0, len(s))
		if len(s) > maxShortWord {
			assert.Equal(t, -1, k, s)
			continue
		}
		require.GreaterOrEqual(t, k, 0, s)
		assert.Equal(t, want.term, tb.entry(k).term, s)
		h, nh, removed := tb.hashes(k)
		assert.Equal(t, want.term == "", removed, s)
		if want.term != "" {
			assert.Equal(t, want, tb.entry(k), s)
			assert.Equal(t, [2]uint64{want.hash, want.negHash}, [2]uint64{h, nh}, s)
		}
		// Also with 16 bytes of text from the surface's start, where find
		// loads the key instead of copying it.
		text := "x " + s + " and more text after it"
		assert.Equal(t, k, tb.find(text, 2, 2+len(s)), s)
	}
	for _, w := range append(absent, "recognize", "Recognis", "abcdefgh", "") {
		assert.Equal(t, -1, tb.find(w, 0, len(w)), w)
		assert.Equal(t, -1, tb.find(w+" and more text after it", 0, len(w)), w)
	}
	var empty wordTable
	assert.Equal(t, -1, empty.find("recognise", 0, 9))
	// A term whose hashes are both 0 would read as removed: the table
	// leaves it to the map.
	zero := newWordTable(map[string]termEntry{"zero": {term: "z"}})
	assert.Equal(t, -1, zero.find("zero", 0, 4))
}

// The table keeps its load at most ½.
func TestWordTableLoad(t *testing.T) {
	for _, n := range []int{0, 1, 8, 9, 1000, 5000} {
		entries := map[string]termEntry{}
		for i := range n {
			entries[fmt.Sprintf("w%d", i)] = termEntry{}
		}
		tb := newWordTable(entries)
		assert.GreaterOrEqual(t, len(tb.slots), 2*n, "%d entries", n)
		assert.Equal(t, 0, len(tb.slots)&(len(tb.slots)-1), "power of two")
	}
}

func TestAlnumPrefix(t *testing.T) {
	slow := func(x uint64) int {
		for k := range 8 {
			if !asciiWord[byte(x>>(8*k))] {
				return k
			}
		}
		return 8
	}
	// Every byte value in every position, after a run of letters, and
	// pseudo-random words.
	for pos := range 8 {
		for c := range 256 {
			x := uint64(0x6161616161616161) // "aaaaaaaa"
			x = x&^(0xFF<<(8*pos)) | uint64(c)<<(8*pos)
			require.Equal(t, slow(x), alnumPrefix(x), "byte %#x at %d", c, pos)
		}
	}
	x := uint64(88172645463325252)
	for range 100000 {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		require.Equal(t, slow(x), alnumPrefix(x), "%#x", x)
		y := x & 0x7F7F7F7F7F7F7F7F // more ASCII
		require.Equal(t, slow(y), alnumPrefix(y), "%#x", y)
	}
}

func TestWordRunEnd(t *testing.T) {
	for _, text := range []string{"", "a", "abcdefgh", "abcdefghi", "abcdefghijklmnop q", "abc-def", "x1y2z3w4v5u6t7s8r9q0 tail", "abcdefgé", "abcdefghijklmnopé"} {
		for i := 0; i <= len(text); i++ {
			want := i
			for want < len(text) && asciiWord[text[want]] {
				want++
			}
			assert.Equal(t, want, wordRunEnd(text, i), "%q from %d", text, i)
		}
	}
}
