package tokenize

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cacheTexts are the statements the cache tests tokenize: the tricky ones
// and a sample of the corpus.
func cacheTexts() []string {
	texts := slices.Clone(trickyTexts)
	for i, e := range corpus.Leaders() {
		if i%20 == 0 {
			texts = append(texts, e.Text)
		}
	}
	return texts
}

// fillerWords returns n words of the kinds a cache could mix up: short
// plain words that collide in the word table, words of 15 and 16 bytes,
// words longer than the cache keeps, case variants, non-ASCII words,
// contractions, hashtags and numbers.
func fillerWords(r *rand.Rand, n int) []string {
	parts := []string{"a", "e", "s", "t", "Z", "0", "9", "é", "ü", "я", "'", "-", "’", "n't", "ise", "our"}
	out := make([]string, 0, n)
	for len(out) < n {
		switch r.IntN(6) {
		case 0:
			out = append(out, fmt.Sprintf("w%d", r.IntN(1<<20)))
		case 1:
			out = append(out, strings.Repeat("x", 14+r.IntN(4))+fmt.Sprint(r.IntN(10)))
		case 2:
			out = append(out, strings.Repeat("long", 16+r.IntN(8)))
		case 3:
			out = append(out, "#"+fmt.Sprint(r.IntN(100)), "@u"+fmt.Sprint(r.IntN(100)), fmt.Sprint(r.IntN(1000)))
		default:
			var b strings.Builder
			for range 1 + r.IntN(12) {
				b.WriteString(parts[r.IntN(len(parts))])
			}
			w := b.String()
			out = append(out, w, strings.ToUpper(w))
		}
	}
	return out
}

// What an analyzer makes of a statement must not depend on what it
// tokenized before: every text, tokenized on a new analyzer and on one
// whose cache was filled first — with words that collide in the word
// table, long and non-ASCII words, and past the cache's limit — gives the
// same tokens and hashes.
func TestCacheStateDoesNotChangeResults(t *testing.T) {
	stop := DefaultOptions()
	stop.StopWords = true
	tweet := DefaultOptions()
	tweet.Tweet, tweet.CharNGramMin, tweet.CharNGramMax = true, 2, 3
	texts := cacheTexts()
	r := rand.New(rand.NewPCG(1, 2))
	for range 150 {
		texts = append(texts, strings.Join(fillerWords(r, 20), " "))
	}
	for _, o := range []Options{DefaultOptions(), stop, tweet} {
		wantToks := make([][]Token, len(texts))
		wantHashes := make([][]uint64, len(texts))
		for i, text := range texts {
			a := fresh(o)
			wantToks[i], wantHashes[i] = a.Tokens(text), a.AppendHashes(nil, text)
		}
		for _, limit := range []int{maxCacheEntries, 500, 0} {
			a := freshLimited(o, limit)
			for round := range 3 {
				for k := range texts {
					i := (k + round*len(texts)/3) % len(texts) // each round its own order
					// slices.Equal first: require.Equal's reflection is
					// slow under the race detector.
					if toks := a.Tokens(texts[i]); !slices.Equal(wantToks[i], toks) {
						require.Equal(t, wantToks[i], toks, "%+v limit %d round %d %q", o, limit, round, texts[i])
					}
					if hs := a.AppendHashes(nil, texts[i]); !slices.Equal(wantHashes[i], hs) {
						require.Equal(t, wantHashes[i], hs, "%+v limit %d round %d %q", o, limit, round, texts[i])
					}
				}
				flush(a)
			}
			assert.LessOrEqual(t, len(a.terms.cache.snapshot().m), limit, "%+v: cache over its limit", o)
		}
	}
}

// The cache keeps no surface longer than maxCachedSurface and no more than
// its limit of entries.
func TestCacheBounds(t *testing.T) {
	a := freshLimited(plain(), 100)
	long := strings.Repeat("a", maxCachedSurface+1)
	a.Tokens(long + " " + long[:maxCachedSurface])
	r := rand.New(rand.NewPCG(3, 4))
	for range 50 {
		a.Tokens(strings.Join(fillerWords(r, 20), " "))
	}
	flush(a)
	m := a.terms.cache.snapshot().m
	assert.Len(t, m, 100)
	assert.NotContains(t, m, long)
	for s := range m {
		assert.LessOrEqual(t, len(s), maxCachedSurface, s)
	}
}

// The cache must own its strings: a caller's text, however large, must not
// stay alive because a word of it was cached.
func TestCacheDoesNotKeepTextAlive(t *testing.T) {
	a := fresh(plain())
	const size = 16 << 20
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	func() {
		text := strings.Repeat(" ", size) + "qqzxa wwyvb"
		require.Equal(t, []string{"qqzxa", "wwyvb"}, terms(a.Tokens(text)))
		flush(a)
	}()
	runtime.GC()
	runtime.ReadMemStats(&after)
	assert.Less(t, after.HeapAlloc, before.HeapAlloc+size/2, "the text is still reachable")
	assert.Equal(t, []string{"qqzxa", "wwyvb"}, terms(a.Tokens("qqzxa wwyvb")))
	runtime.KeepAlive(a)
}

// Goroutines sharing one new analyzer, all missing the cache at once and
// publishing snapshots under one another, must get what one goroutine gets
// alone.
func TestConcurrentUse(t *testing.T) {
	texts := cacheTexts()
	for _, o := range []Options{DefaultOptions(), hashtagWords()} {
		seq := fresh(o)
		want := make([][]uint64, len(texts))
		for i, text := range texts {
			want[i] = seq.AppendHashes(nil, text)
		}
		a := fresh(o)
		const workers = 8
		errs := make(chan string, workers)
		var wg sync.WaitGroup
		for w := range workers {
			wg.Go(func() {
				for k := range texts {
					i := (k + w*len(texts)/workers) % len(texts) // each worker its own order
					if got := a.AppendHashes(nil, texts[i]); !slices.Equal(got, want[i]) {
						errs <- fmt.Sprintf("worker %d, %q: %x, alone %x", w, texts[i], got, want[i])
						return
					}
				}
			})
		}
		wg.Wait()
		close(errs)
		var failures []string
		for e := range errs {
			failures = append(failures, e)
		}
		assert.Empty(t, failures, "%+v", o)
	}
}
