package tokenize

// FNV-1a, 64 bit (Fowler, Noll & Vo; IETF draft-eastlake-fnv). Chosen
// because it can be computed incrementally over the parts of an n-gram, so
// that the hash of a feature never needs the feature's string, and because a
// 64-bit hash makes collisions among a few million features improbable
// (birthday bound n²/2⁶⁵ ≈ 10⁻⁷ for n = 2·10⁶); the model checks for them
// when it learns a feature's text.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Hash returns the 64-bit FNV-1a hash of a feature's text.
func Hash(s string) uint64 { return fnvString(fnvOffset, s) }

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
