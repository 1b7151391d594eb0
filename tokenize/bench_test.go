package tokenize

import (
	"testing"

	"github.com/stancekit/stancekit/corpus"
)

// Benchmarks of the default pipeline on the leaders' corpus; one op is one
// statement. Run with -benchmem: every stage is allocation-free once the
// term cache is warm.

func benchStatements() []string {
	ex := corpus.Leaders()
	out := make([]string, len(ex))
	for i, e := range ex {
		out[i] = e.Text
	}
	return out
}

func BenchmarkPipeline(b *testing.B) {
	texts := benchStatements()
	a := MustNew(DefaultOptions())
	for _, t := range texts { // warm the term cache
		a.Tokens(t)
	}
	tok := wordTokenizer{contractions: true}
	toks := make([]Token, 0, 256)
	hashes := make([]uint64, 0, 512)
	b.Run("tokenizer", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			toks = tok.tokenize(toks[:0], texts[i%len(texts)])
			i++
		}
	})
	b.Run("tokens", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			toks = a.AppendTokens(toks[:0], texts[i%len(texts)])
			i++
		}
	})
	b.Run("hashes", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			hashes = a.AppendHashes(hashes[:0], texts[i%len(texts)])
			i++
		}
	})
}

// BenchmarkNew is the cost of an analyzer before it has seen any text.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		MustNew(DefaultOptions())
	}
}
