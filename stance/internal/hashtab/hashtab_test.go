package hashtab

import (
	"math/rand/v2"
	"testing"
)

func TestShapeFor(t *testing.T) {
	for _, c := range []struct {
		n, perKey int
		slots     int
		shift     uint
	}{
		{0, 2, 16, 60},
		{8, 2, 16, 60},
		{9, 2, 32, 59},
		{100, 2, 256, 56},
		{100, 4, 512, 55},
		{1 << 20, 2, 1 << 21, 43},
	} {
		s := shapeFor(c.n, c.perKey)
		if s.slots() != c.slots || s.shift != c.shift || s.mask != uint64(c.slots-1) {
			t.Errorf("shapeFor(%d, %d) = %d slots, shift %d, mask %#x; want %d slots, shift %d", c.n, c.perKey, s.slots(), s.shift, s.mask, c.slots, c.shift)
		}
	}
}

// The home slots below are the top bits of key·0x9E3779B97F4A7C15 mod 2⁶⁴,
// worked out by hand (with arbitrary-precision integers).
func TestHome(t *testing.T) {
	small, large := shapeFor(0, 2), shapeFor(512, 2) // 16 and 1024 slots
	for _, c := range []struct {
		key          uint64
		small, large uint64
	}{
		{0, 0, 0},
		{1, 9, 632},
		{2, 3, 241},
		{3, 13, 874},
		{^uint64(0), 6, 391},
	} {
		if got := small.home(c.key); got != c.small {
			t.Errorf("home(%#x) in 16 slots = %d, want %d", c.key, got, c.small)
		}
		if got := large.home(c.key); got != c.large {
			t.Errorf("home(%#x) in 1024 slots = %d, want %d", c.key, got, c.large)
		}
	}
}

func TestIndex(t *testing.T) {
	x := NewIndex(100)
	keys := []uint64{0, 1, 17, 33, 1 << 63, 16, 32, 48} // several share low bits: probing
	for i, k := range keys {
		if _, dup := x.insert(k, int32(i)); dup {
			t.Fatalf("insert(%d): reported as a duplicate", k)
		}
	}
	for i, k := range keys {
		if r, ok := x.Lookup(k); !ok || r != int32(i) {
			t.Errorf("Lookup(%d) = %d, %v; want %d, true", k, r, ok, i)
		}
	}
	if _, ok := x.Lookup(2); ok {
		t.Error("Lookup(2) found a key never inserted")
	}
	if r, dup := x.insert(17, 99); !dup || r != 2 {
		t.Errorf("insert(17) again = %d, %v; want 2, true", r, dup)
	}

	var g Index // grows from empty
	if _, ok := g.Lookup(5); ok {
		t.Error("the zero Index found a key")
	}
	for k := range uint64(1000) {
		if _, dup := g.Add(k*16, int32(k)); dup {
			t.Fatalf("Add(%d): reported as a duplicate", k*16)
		}
	}
	for k := range uint64(1000) {
		if r, ok := g.Lookup(k * 16); !ok || r != int32(k) {
			t.Fatalf("Lookup(%d) = %d, %v; want %d, true", k*16, r, ok, k)
		}
	}
	if g.Len() != 1000 || 4*g.Len() > 3*len(g.slots) {
		t.Errorf("%d keys in %d slots: want 1000 at load ≤ ¾", g.Len(), len(g.slots))
	}
	if s := g.Release(); len(s) < 1000 || g.Len() != 0 || len(g.slots) != 0 {
		t.Errorf("Release: %d slots returned, %d keys and %d slots left", len(s), g.Len(), len(g.slots))
	}
}

func TestWeights(t *testing.T) {
	// Keys that share their low 32 bits share a fingerprint: the full key in
	// rec must tell them apart, in either insertion order.
	keys := []uint64{0, 1, 1 | 1<<32, 1 | 2<<32, 17, 1 << 63, 1<<63 | 1, 0xFFFFFFFF}
	const L = 3
	x := NewWeights(len(keys), L)
	for i, k := range keys {
		if _, dup := x.Insert(k, int32(i)); dup {
			t.Fatalf("Insert(%#x): reported as a duplicate", k)
		}
		for c := range L {
			x.SetWeight(int32(i), c, float64(10*i+c))
		}
	}
	if r, dup := x.Insert(1|2<<32, 99); !dup || r != 3 {
		t.Errorf("Insert(1|2<<32) again = %d, %v; want 3, true", r, dup)
	}
	for i, k := range keys {
		r, ok := x.Lookup(k)
		if !ok || r != int32(i) || x.Weight(r, 2) != float64(10*i+2) {
			t.Errorf("Lookup(%#x) = %d, %v; want %d, true with weight %d", k, r, ok, i, 10*i+2)
		}
	}
	for _, k := range []uint64{2, 1 | 3<<32, 0xFFFFFFFF << 32} {
		if _, ok := x.Lookup(k); ok {
			t.Errorf("Lookup(%#x) found a key never inserted", k)
		}
	}

	// Table3.Add3 and Weights.Add sum the same weights: keys 1|1<<32
	// (row 2) twice, 0 (row 0), 17 (row 4), and two unknown keys.
	hashes := []uint64{1 | 1<<32, 2, 0, 17, 1 | 1<<32, 1 | 3<<32}
	fast, ok := NewTable3(&x, 8<<20)
	if !ok {
		t.Fatal("NewTable3 refused a three-label table")
	}
	s0, s1, s2, known := fast.Add3(hashes, 0.5, 0, 0)
	want := [3]float64{0.5 + 20 + 0 + 40 + 20, 21 + 1 + 41 + 21, 22 + 2 + 42 + 22}
	if known != 4 || [3]float64{s0, s1, s2} != want {
		t.Errorf("Add3 = %v, %v, %v, %d; want %v, 4", s0, s1, s2, known, want)
	}
	scores := []float64{0.5, 0, 0}
	if n := x.Add(hashes, scores); n != 4 || [3]float64(scores) != want {
		t.Errorf("Add = %v, %d; want %v, 4", scores, n, want)
	}

	// Without a feature of id 0, id 0 is unknown; a row the table refused
	// as a duplicate is not read as one.
	y := NewWeights(2, L)
	y.Insert(17, 0)
	if _, dup := y.Insert(17, 1); !dup { // refused: row 1 keeps key 0 in rec
		t.Fatal("Insert(17) twice: not reported as a duplicate")
	}
	noZero, _ := NewTable3(&y, 8<<20)
	if _, _, _, known := noZero.Add3([]uint64{0, 17}, 0, 0, 0); known != 1 {
		t.Errorf("Add3 knows %d keys, want 1", known)
	}

	var empty Weights
	if _, ok := empty.Lookup(5); ok {
		t.Error("the zero Weights found a key")
	}
	var none Table3
	if _, _, _, known := none.Add3([]uint64{0, 5}, 0, 0, 0); known != 0 {
		t.Error("the zero Table3 knows a key")
	}
	if _, ok := NewTable3(&empty, 0); ok {
		t.Error("NewTable3 accepted a table without three labels")
	}
}

func TestTable3Load(t *testing.T) {
	for _, c := range []struct {
		n, lowLoadBytes, slots int
	}{
		{100, 8 << 20, 512},          // load ≤ ¼
		{100, 0, 256},                // load ≤ ½
		{100, 256 * slot3Bytes, 256}, // ¼ would exceed the limit
		{100, 257 * slot3Bytes, 512},
	} {
		w := NewWeights(c.n, 3)
		for r := range c.n {
			w.Insert(uint64(r)+1, int32(r))
		}
		if tb, _ := NewTable3(&w, c.lowLoadBytes); len(tb.slots) != c.slots {
			t.Errorf("%d keys, %d bytes at low load: %d slots, want %d", c.n, c.lowLoadBytes, len(tb.slots), c.slots)
		}
	}
}

// keysFrom reads keys of three bytes each: the bytes land in bits 0–7,
// 32–39 and 56–63, so that keys often share a fingerprint (the low 32
// bits), a home slot (the top bits) or both.
func keysFrom(data []byte) []uint64 {
	var keys []uint64
	for ; len(data) >= 3; data = data[3:] {
		keys = append(keys, uint64(data[0])|uint64(data[1])<<32|uint64(data[2])<<56)
	}
	return keys
}

// FuzzTables holds the three tables to a Go map: the same rows for every
// key added, the same duplicates, no key that was not added, and the same
// sums through Weights.Add and Table3.Add3.
func FuzzTables(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 0, 1, 0, 1})
	r := rand.New(rand.NewPCG(1, 2))
	big := make([]byte, 3*2000)
	for i := range big {
		big[i] = byte(r.IntN(8)) // few distinct bytes: many collisions
	}
	f.Add(big)
	f.Fuzz(func(t *testing.T, data []byte) {
		checkTables(t, keysFrom(data))
	})
}

// TestTablesRandom runs the checks of FuzzTables on random 64-bit keys.
func TestTablesRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{1, 10, 1000, 50_000} {
		keys := make([]uint64, n)
		for i := range keys {
			keys[i] = r.Uint64() >> (r.IntN(4) * 16) // some small keys too
		}
		checkTables(t, keys)
	}
}

func checkTables(t *testing.T, keys []uint64) {
	t.Helper()
	want := map[uint64]int32{} // key → row of its first occurrence
	var x Index
	for i, k := range keys {
		row, dup := x.Add(k, int32(i))
		first, seen := want[k]
		if dup != seen || dup && row != first {
			t.Fatalf("Add(%#x, %d) = %d, %v; the map has %d, %v", k, i, row, dup, first, seen)
		}
		if !seen {
			want[k] = int32(i)
		}
	}
	if x.Len() != len(want) {
		t.Fatalf("Index holds %d keys, the map %d", x.Len(), len(want))
	}

	// Weights: one row per distinct key, in order of first occurrence.
	w := NewWeights(len(want), 3)
	rows := map[uint64]int32{}
	for _, k := range keys {
		if _, ok := rows[k]; ok {
			continue
		}
		r := int32(len(rows))
		rows[k] = r
		if _, dup := w.Insert(k, r); dup {
			t.Fatalf("Weights.Insert(%#x): reported as a duplicate", k)
		}
		for c := range 3 {
			w.SetWeight(r, c, float64(r)+float64(c)/4)
		}
	}
	fast, _ := NewTable3(&w, 1<<20)
	var probe []uint64
	for _, k := range keys {
		probe = append(probe, k, k^1<<40, k+1) // known and mostly unknown keys
	}
	for _, k := range probe {
		xr, xok := x.Lookup(k)
		wr, wok := w.Lookup(k)
		first, inX := want[k]
		row, inW := rows[k]
		if xok != inX || xok && xr != first {
			t.Fatalf("Index.Lookup(%#x) = %d, %v; the map has %d, %v", k, xr, xok, first, inX)
		}
		if wok != inW || wok && wr != row {
			t.Fatalf("Weights.Lookup(%#x) = %d, %v; the map has %d, %v", k, wr, wok, row, inW)
		}
	}
	scores := []float64{1, 2, 3}
	known := w.Add(probe, scores)
	s0, s1, s2, known3 := fast.Add3(probe, 1, 2, 3)
	if known != known3 || [3]float64{s0, s1, s2} != [3]float64(scores) {
		t.Fatalf("Add3 = %v, %v, %v, %d; Add = %v, %d", s0, s1, s2, known3, scores, known)
	}
	var wantKnown int
	for _, k := range probe {
		if _, ok := rows[k]; ok {
			wantKnown++
		}
	}
	if known != wantKnown {
		t.Fatalf("Add knows %d of the probed keys, the map %d", known, wantKnown)
	}
}
