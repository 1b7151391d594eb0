package tokenize

import "strings"

// Feature hashing.
//
// A feature's id is a 64-bit hash of its text, so the model needs no string
// for a feature it looks up, and a 64-bit space makes collisions among a few
// million features improbable (birthday bound n²/2⁶⁵ ≈ 10⁻⁷ for n = 2·10⁶);
// models check for them when they learn feature texts.
//
// A term's hash is FNV-1a 64 of its text (Fowler, Noll & Vo;
// draft-eastlake-fnv), a negated term's that of "NOT_"+term. A word n-gram
// "t₁ t₂ … tₙ" hashes to combine(…combine(h(t₁), h(t₂))…, h(tₙ)), so the
// hot path builds an n-gram's id from the cached hashes of its terms in O(n)
// without touching the terms' bytes. Character n-grams hash as FNV-1a of
// their whole text ("c:" + gram). [Hash] computes the same value from a
// feature's text; the tests check that it agrees with the hot path.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Hash returns the id of a feature from its text, as
// [Analyzer.AppendHashes] computes it.
func Hash(feature string) uint64 {
	if strings.HasPrefix(feature, charPrefix) {
		return fnvString(fnvOffset, feature)
	}
	first, rest, more := strings.Cut(feature, " ")
	h := fnvString(fnvOffset, first)
	for more {
		first, rest, more = strings.Cut(rest, " ")
		h = combine(h, fnvString(fnvOffset, first))
	}
	return h
}

// golden is ⌊2⁶⁴/φ⌋, the multiplier of Fibonacci hashing (Knuth, TAOCP
// vol. 3, §6.4): multiplying by it spreads a key's bits over the top of the
// product. The word table takes a key's home slot from the top bits of
// its mix times golden, as stance's tables do (stance/internal/hashtab,
// under the same name), and combine multiplies an n-gram's running id by
// it before adding the next term's. Saved models hold ids made with it:
// it must not change.
const golden = 0x9E3779B97F4A7C15

// combine mixes the hash of the next term into an n-gram's hash. Order
// matters: combine(a, b) ≠ combine(b, a). The mixing steps are those of
// SplitMix64's finaliser (Steele, Lea & Flood 2014), which spread every input
// bit over the output.
func combine(h, next uint64) uint64 {
	x := h*golden + next
	x ^= x >> 30
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 27
	x *= 0x94D049BB133111EB
	x ^= x >> 31
	return x
}

func fnvString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func fnvByte(h uint64, c byte) uint64 {
	h ^= uint64(c)
	h *= fnvPrime
	return h
}

// boundaryHash stands for a sentence boundary in a statement's sequence of
// term hashes, where the n-gram builder stops. A term whose FNV-1a hash is
// 0 would be taken for one; with 2⁶⁴ values that is not a practical
// concern.
const boundaryHash = 0

// termHashes returns the hashes of a term and of its negated form.
func termHashes(term string) (plain, negated uint64) {
	return fnvString(fnvOffset, term), fnvString(fnvString(fnvOffset, negPrefix), term)
}
