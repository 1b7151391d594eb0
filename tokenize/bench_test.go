package tokenize_test

import (
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/tokenize"
)

// Benchmarks of each stage of the default pipeline on the leaders' corpus;
// one op is one statement. Run with -benchmem: every stage is allocation-free
// once the term cache is warm.

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
	a := tokenize.MustNew(tokenize.DefaultOptions())
	for _, t := range texts { // warm the term cache
		a.Tokens(t)
	}
	var tok tokenize.WordTokenizer
	tok.Contractions = true
	toks := make([]tokenize.Token, 0, 256)
	hashes := make([]uint64, 0, 512)
	b.Run("tokenizer", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			toks = tok.Tokenize(toks[:0], texts[i%len(texts)])
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
