// Package hashtab holds the hash tables that stance trains and predicts
// with: maps from 64-bit feature ids to rows (Index, for a Trainer whose
// vocabulary grows) and to rows of weights (Weights, and Table3 for the
// three-label case), tuned for lookups of ids that are mostly unknown.
//
// All three are open-addressing tables with linear probing (Knuth, TAOCP
// vol. 3, §6.4, algorithm L) over a power-of-two number of slots, and
// choose a key's first slot by Fibonacci hashing (Knuth, §6.4): the top
// bits of key·⌊2⁶⁴/φ⌋. Feature ids are FNV-1a hashes, whose low bits
// alone cluster badly under linear probing; the multiplication spreads
// every bit of the key into the top ones. A slot holds a key and its row
// together, so that a lookup costs one cache miss where a Go map costs
// several.
//
// The tables hold no locks: an Index is written by one goroutine; Weights
// and Table3 are filled once and then only read, safe for concurrent use.
// Their tests hold each of them to a plain Go map.
package hashtab
