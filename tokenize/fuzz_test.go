package tokenize

import (
	"slices"
	"testing"
)

// checkText holds what an analyzer for o makes of text to the pipeline's
// definitions, on a cold cache and on a warm one:
//
//   - the fused walks, AppendTokens and AppendHashes, give the tokens of the
//     steps run one after the other and the hashes of their features, when
//     every word is a miss and when it is published in the cache's map and
//     short-word table;
//   - every token has a term and a span inside text;
//   - the features' hashes are the hashes of the texts Features gives.
//
// It starts from an analyzer with an empty cache of its own, so that its
// outcome depends on text alone: a failure the fuzzer finds is one it can
// minimize and save.
func checkText(t *testing.T, o Options, text string) {
	t.Helper()
	var ctx Context
	if o.MaskNames {
		ctx = testContext
	}
	a, b := fresh(o), fresh(o) // a for tokens, b for hashes
	cold, coldHashes := a.TokensIn(ctx, text), b.AppendHashesIn(nil, ctx, text)
	want := stepwiseIn(a, ctx, text)
	flush(a)
	flush(b)
	warm, warmHashes := a.TokensIn(ctx, text), b.AppendHashesIn(nil, ctx, text)
	for _, got := range [][]Token{cold, warm} {
		if !slices.Equal(want, got) {
			t.Fatalf("%+v: tokens of %q:\nstep by step %+v\nfused        %+v", o, text, want, got)
		}
	}
	for _, tk := range want {
		if tk.Start < 0 || tk.End > len(text) || tk.Start >= tk.End || tk.Term == "" {
			t.Fatalf("%+v: token %+v of %q has no term or a span outside the text", o, tk, text)
		}
	}
	wantHashes := a.AppendTokenHashes(nil, want)
	for _, got := range [][]uint64{coldHashes, warmHashes} {
		if !slices.Equal(wantHashes, got) {
			t.Fatalf("%+v: hashes of %q: step by step %x, fused %x", o, text, wantHashes, got)
		}
	}
	fs := a.FeaturesIn(ctx, text)
	if len(fs) != len(wantHashes) {
		t.Fatalf("%+v: %d features but %d hashes for %q", o, len(fs), len(wantHashes), text)
	}
	for i, f := range fs {
		if f.Hash != wantHashes[i] || Hash(f.Text) != wantHashes[i] {
			t.Fatalf("%+v: hash mismatch for feature %d %q of %q", o, i, f.Text, text)
		}
	}
}

// fresh returns an analyzer for valid options o with a new, empty cache of
// its own, where New would share one.
func fresh(o Options) *Analyzer { return freshLimited(o, maxCacheEntries) }

// freshLimited is fresh with a cache that keeps at most limit entries.
func freshLimited(o Options, limit int) *Analyzer {
	c := newTermCache(!o.Tweet)
	c.limit = limit
	return newAnalyzer(o, c)
}

// flush publishes every pending cache entry, so that the next walk finds
// them in the snapshot's map and short-word table.
func flush(a *Analyzer) {
	c := a.terms.cache
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.pending) > 0 {
		c.publish()
	}
}

// FuzzAnalyzer checks the general path: tweet handling, which has no plain
// words, and character n-grams.
func FuzzAnalyzer(f *testing.F) {
	for _, s := range []string{"We can't accept #StopTheSteal", "“quoted” ‘x’ 99.5% @a www.x.org", "\xff\xfe", "not, but; no…", ":):P<3"} {
		f.Add(s)
	}
	o := DefaultOptions()
	o.Tweet = true
	o.NGramMax = 3
	o.CharNGramMin, o.CharNGramMax = 2, 4
	bounded := o
	bounded.SentenceBounds, bounded.MaskNames = true, true
	f.Fuzz(func(t *testing.T, text string) {
		checkText(t, o, text)
		checkText(t, bounded, text)
	})
}

// FuzzPlainPath checks the fused path that options without tweet handling
// take, the default model's among them, with and without stop words.
func FuzzPlainPath(f *testing.F) {
	for _, s := range []string{"We can't accept it, but we cannot wait.", "www.x.org http://a https: wwwx", "president-elect’s G20 10.5% café", "\xff\xfe", "Mr. Biden won.\nNOT Trump's, pro-Maduro @JoeBiden! U.S. Nicolás", "not, but; no…", "abcdefghijklmno abcdefghijklmnop", "l'élection d’un n'a qu'", "Байдена не Путину", "not 😂👍🏽, ©™ «x»"} {
		f.Add(s)
	}
	stop := DefaultOptions()
	stop.StopWords = true
	bounded := DefaultOptions()
	bounded.SentenceBounds, bounded.MaskNames = true, true
	// Elision and case endings (French, Russian) take the general path.
	french, _ := DefaultOptionsFor("french")
	russian, _ := DefaultOptionsFor("russian")
	emoji := DefaultOptions()
	emoji.Emoji = true
	f.Fuzz(func(t *testing.T, text string) {
		for _, o := range []Options{DefaultOptions(), stop, bounded, french, russian, emoji} {
			checkText(t, o, text)
		}
	})
}
