package tokenize_test

import (
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/tokenize"
)

// AppendHashes takes a fused path for the default options; on every
// statement of the corpus it must give the ids of the features that are
// built token by token.
func TestAppendHashesOnCorpus(t *testing.T) {
	a := tokenize.MustNew(tokenize.DefaultOptions())
	var hs []uint64
	for _, e := range corpus.Leaders() {
		text := e.Text
		fs := a.Features(text)
		hs = a.AppendHashes(hs[:0], text)
		if len(fs) != len(hs) {
			t.Fatalf("%d features but %d hashes for %q", len(fs), len(hs), text)
		}
		for i := range fs {
			if fs[i].Hash != hs[i] {
				t.Fatalf("feature %d %q of %q: hash %#x, AppendHashes %#x", i, fs[i].Text, text, fs[i].Hash, hs[i])
			}
		}
	}
}
