package tokenize

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// terms renders tokens compactly: negated terms get a NOT_ prefix.
func terms(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Term
		if t.Negated {
			out[i] = negPrefix + t.Term
		}
	}
	return out
}

func plain() Options {
	o := DefaultOptions()
	o.Stem = false
	return o
}

func TestPipeline(t *testing.T) {
	noNeg := plain()
	noNeg.Negation = false
	stemmed := DefaultOptions()
	tweet := plain()
	tweet.Tweet = true
	stop := plain()
	stop.StopWords = true
	stop.Negation = false
	tests := []struct {
		name string
		o    Options
		text string
		want []string
	}{
		{"negation scope ends at comma", plain(), "We are not ready to recognise him, but we will.",
			[]string{"we", "are", "not", "NOT_ready", "NOT_to", "NOT_recognize", "NOT_him", "but", "we", "will"}},
		{"negation scope ends at contrast word", plain(), "No fraud but irregularities",
			[]string{"no", "NOT_fraud", "but", "irregularities"}},
		{"not yet stays in scope", plain(), "We have not yet congratulated anyone",
			[]string{"we", "have", "not", "NOT_yet", "NOT_congratulated", "NOT_anyone"}},
		{"negation off", noNeg, "not ready", []string{"not", "ready"}},
		{"contractions", noNeg, "We can't, won't and don’t accept; it isn't over. Cannot!",
			[]string{"we", "can", "not", "will", "not", "and", "do", "not", "accept", "it", "is", "not", "over", "can", "not"}},
		{"typographic apostrophe inside word", noNeg, "There’s no ‘doubt’", []string{"there's", "no", "doubt"}},
		{"straight and typographic quotes", noNeg, `He said "fraud" and “theft”`, []string{"he", "said", "fraud", "and", "theft"}},
		{"hyphens kept inside words", noNeg, "the president-elect’s re-election – a farce", []string{"the", "president-elect's", "re-election", "a", "farce"}},
		{"british spelling", noNeg, "We recognise and honour the organisation's favourable behaviour", []string{"we", "recognize", "and", "honor", "the", "organization's", "favorable", "behavior"}},
		{"spelling keeps promise and exercise", noNeg, "We promise to exercise restraint", []string{"we", "promise", "to", "exercise", "restraint"}},
		{"stemmed spellings agree", stemmed, "recognise recognize recognised recognized", []string{"recogn", "recogn", "recogn", "recogn"}},
		{"numbers and percents", noNeg, "He won 99.7% of 1,000 votes in 2024.", []string{"he", "won", "99.7%", "of", "1,000", "votes", "in", "2024"}},
		{"urls handles hashtags", noNeg, "See https://example.org/x?a=1. @Kremlin #Belarus2020", []string{"see", "URL", "@kremlin", "#belarus2020"}},
		{"email is not a handle", noNeg, "mail info@gov.by now", []string{"mail", "info", "gov", "by", "now"}},
		{"tweet hashtag segmentation", tweet, "#StopTheSteal sooo #SemST :)", []string{"#stopthesteal", "stop", "the", "steal", "soo", ":)"}},
		{"tweet lower-case hashtag kept whole", tweet, "#fraud", []string{"#fraud"}},
		{"stop words keep negators, against and until", stop, "the result is not valid until the court rules against them",
			[]string{"result", "not", "valid", "until", "court", "rules", "against"}},
		{"invalid UTF-8 separates", noNeg, "bad\xffbytes \xc3 here", []string{"bad", "bytes", "here"}},
		{"empty", noNeg, "", []string{}},
		{"punctuation only", noNeg, "?!…", []string{}},
		{"cyrillic", Options{Version: 1, Language: "russian", NGramMin: 1, NGramMax: 1, Negation: true}, "Мы не признаём выборы.", []string{"мы", "не", "NOT_признаём", "NOT_выборы"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := New(tc.o)
			require.NoError(t, err)
			got := terms(a.Tokens(tc.text))
			if len(tc.want) == 0 {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestOffsetsPointIntoText(t *testing.T) {
	a := MustNew(plain())
	text := "“We can’t accept,” said the president-elect’s rival: 99% #fraud"
	want := []string{"We", "ca", "n’t", "accept", "said", "the", "president-elect’s", "rival", "99%", "#fraud"}
	var got []string
	for _, tk := range a.Tokens(text) {
		got = append(got, text[tk.Start:tk.End])
	}
	assert.Equal(t, want, got)
}

func TestFeatures(t *testing.T) {
	o := plain()
	o.NGramMax = 2
	a := MustNew(o)
	var got []string
	for _, f := range a.Features("not ready. Fine") {
		got = append(got, f.Text)
	}
	assert.Equal(t, []string{"not", "not NOT_ready", "NOT_ready", "NOT_ready fine", "fine"}, got)

	o.NGramMin, o.NGramMax, o.CharNGramMin, o.CharNGramMax = 1, 1, 2, 3
	got = nil
	for _, f := range MustNew(o).Features("ab") {
		got = append(got, f.Text)
	}
	assert.Equal(t, []string{"ab", "c: a", "c: ab", "c:ab", "c:ab ", "c:b "}, got)
}

// The hot path computes hashes without strings; they must equal the hashes
// of the feature texts, in the same order, for every option combination.
func TestAppendHashesMatchesFeatures(t *testing.T) {
	texts := []string{"", "We are NOT ready to recognise the new president, but we respect the voters.",
		"I can’t congratulate #StopTheSteal @joe sooo happy :) 99.7% https://x.com/a.",
		"Мы не признаём выборы", "bad \xff utf8 don't", "ünïcödé wörds ñ",
		// Words that look plain up to a point: the fused path must hand
		// them to the general one.
		"see http://a.org, HTTPS://b.io and www.c.net; wwwhat http: www",
		"We cannot, CANNOT and can't; president-elect leaders' -well- G20 10% café naïve x’s",
		"no-one won't ain't; not... but never—however", "a\u00adb end-"}
	for _, o := range optionGrid() {
		a := MustNew(o)
		for _, text := range texts {
			fs := a.Features(text)
			hs := a.AppendHashes(nil, text)
			require.Equal(t, stepwise(a, nil, text), a.Tokens(text), "%+v %q", o, text)
			require.Equal(t, hs, a.AppendTokenHashes(nil, stepwise(a, nil, text)), "%+v %q", o, text)
			require.Len(t, hs, len(fs), "%+v %q", o, text)
			for i := range fs {
				require.Equal(t, Hash(fs[i].Text), hs[i], "%+v %q feature %q", o, text, fs[i].Text)
				require.Equal(t, fs[i].Hash, hs[i])
			}
		}
	}
}

func optionGrid() []Options {
	var out []Options
	for _, stem := range []bool{false, true} {
		for _, tweet := range []bool{false, true} {
			for _, ch := range [][2]int{{0, 0}, {2, 4}} {
				if !tweet && ch[0] == 0 {
					o := DefaultOptions()
					o.Stem, o.Contractions, o.Negation = stem, false, false
					out = append(out, o)
					// Stop words on the plain-word path (removed entries
					// of the word table), and languages other than English.
					o = DefaultOptions()
					o.Stem, o.StopWords = stem, true
					out = append(out, o)
					for _, lang := range []string{"french", "spanish"} {
						o = DefaultOptions()
						o.Language, o.Stem, o.StopWords, o.NormalizeSpelling, o.Contractions = lang, stem, true, false, false
						out = append(out, o)
					}
				}
				o := DefaultOptions()
				o.Stem, o.Tweet, o.StopWords = stem, tweet, tweet
				o.NGramMax = 3
				o.CharNGramMin, o.CharNGramMax = ch[0], ch[1]
				out = append(out, o)
			}
		}
	}
	return out
}

func TestAppendHashesDoesNotAllocate(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts are not meaningful under -race")
	}
	a := MustNew(DefaultOptions())
	text := "We are not ready to recognise the new president until the courts have ruled."
	buf := a.AppendHashes(nil, text) // warm the term cache and the pool
	allocs := testing.AllocsPerRun(100, func() { buf = a.AppendHashes(buf[:0], text) })
	assert.Zero(t, allocs)
}

func TestOptions(t *testing.T) {
	o := DefaultOptions()
	require.NoError(t, o.Validate())
	b, err := json.Marshal(o)
	require.NoError(t, err)
	var back Options
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, o, back)

	bad := []struct {
		name string
		edit func(*Options)
		msg  string
	}{
		{"newer version", func(o *Options) { o.Version = OptionsVersion + 1 }, "version"},
		{"zero version", func(o *Options) { o.Version = 0 }, "version"},
		{"language", func(o *Options) { o.Language = "klingon" }, "klingon"},
		{"ngrams", func(o *Options) { o.NGramMin, o.NGramMax = 2, 1 }, "n-gram"},
		{"too many ngrams", func(o *Options) { o.NGramMax = 9 }, "n-gram"},
		{"char ngrams", func(o *Options) { o.CharNGramMin = 3 }, "character"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			o := DefaultOptions()
			tc.edit(&o)
			err := o.Validate()
			require.ErrorIs(t, err, ErrOptions)
			assert.Contains(t, err.Error(), tc.msg)
			_, err = New(o)
			assert.ErrorIs(t, err, ErrOptions)
		})
	}
}

func TestHashKnownValues(t *testing.T) {
	// FNV-1a 64 reference values (draft-eastlake-fnv test vectors).
	assert.Equal(t, uint64(0xcbf29ce484222325), Hash(""))
	assert.Equal(t, uint64(0xaf63dc4c8601ec8c), Hash("a"))
	assert.Equal(t, uint64(0x85944171f73967e8), Hash("foobar"))
}

func TestConcurrentUse(t *testing.T) {
	a := MustNew(DefaultOptions())
	done := make(chan []string)
	for i := range 8 {
		go func() {
			var last []string
			for j := range 200 {
				last = terms(a.Tokens(strings.Repeat("recognising results ", (i+j)%5+1)))
			}
			done <- last
		}()
	}
	for range 8 {
		for _, term := range <-done {
			assert.True(t, utf8.ValidString(term))
		}
	}
}

func FuzzAnalyzer(f *testing.F) {
	for _, s := range []string{"We can't accept #StopTheSteal", "“quoted” ‘x’ 99.5% @a www.x.org", "\xff\xfe", "not, but; no…", ":):P<3"} {
		f.Add(s)
	}
	o := DefaultOptions()
	o.Tweet = true
	o.NGramMax = 3
	o.CharNGramMin, o.CharNGramMax = 2, 4
	a := MustNew(o)
	f.Fuzz(func(t *testing.T, text string) {
		toks := a.Tokens(text)
		if want := stepwise(a, nil, text); !slices.Equal(want, toks) {
			t.Fatalf("tokens of %q: step by step %+v, fused %+v", text, want, toks)
		}
		for _, tk := range toks {
			if tk.Start < 0 || tk.End > len(text) || tk.Start >= tk.End {
				t.Fatalf("token %+v out of range for %q", tk, text)
			}
			if tk.Term == "" {
				t.Fatalf("empty term %+v in %q", tk, text)
			}
		}
		fs := a.Features(text)
		hs := a.AppendHashes(nil, text)
		if len(fs) != len(hs) {
			t.Fatalf("%d features but %d hashes for %q", len(fs), len(hs), text)
		}
		for i := range fs {
			if fs[i].Hash != hs[i] || Hash(fs[i].Text) != hs[i] {
				t.Fatalf("hash mismatch for feature %q of %q", fs[i].Text, text)
			}
		}
	})
}

// FuzzPlainPath checks the fused path that AppendHashes takes for options
// without tweet tokenizing or character n-grams (the default model's)
// against the features built token by token.
func FuzzPlainPath(f *testing.F) {
	for _, s := range []string{"We can't accept it, but we cannot wait.", "www.x.org http://a https: wwwx", "president-elect’s G20 10.5% café", "\xff\xfe", "not, but; no…"} {
		f.Add(s)
	}
	stop := DefaultOptions()
	stop.StopWords = true
	analyzers := []*Analyzer{MustNew(DefaultOptions()), MustNew(stop)}
	f.Fuzz(func(t *testing.T, text string) {
		for _, a := range analyzers {
			checkPlainPath(t, a, text)
		}
	})
}

func checkPlainPath(t *testing.T, a *Analyzer, text string) {
	t.Helper()
	want := stepwise(a, nil, text)
	got := a.Tokens(text)
	if len(want) != len(got) {
		t.Fatalf("%d tokens step by step, %d fused, for %q", len(want), len(got), text)
	}
	for i := range want {
		if want[i] != got[i] {
			t.Fatalf("token %d of %q: step by step %+v, fused %+v", i, text, want[i], got[i])
		}
	}
	fs := a.Features(text)
	hs := a.AppendHashes(nil, text)
	if want := a.AppendTokenHashes(nil, want); !slices.Equal(want, hs) {
		t.Fatalf("hashes of %q: step by step %x, fused %x", text, want, hs)
	}
	if len(fs) != len(hs) {
		t.Fatalf("%d features but %d hashes for %q", len(fs), len(hs), text)
	}
	for i := range fs {
		if fs[i].Hash != hs[i] {
			t.Fatalf("hash mismatch for feature %d %q of %q", i, fs[i].Text, text)
		}
	}
}

func TestFeatureText(t *testing.T) {
	for _, o := range optionGrid() {
		a := MustNew(o)
		text := "We can't accept #StopTheSteal, not yet: ünïcödé"
		fs := a.Features(text)
		toks := a.Tokens(text)
		for k, f := range fs {
			require.Equal(t, f.Text, a.FeatureText(toks, k), "%+v feature %d", o, k)
		}
		assert.Empty(t, a.FeatureText(toks, len(fs)))
	}
}

// The term cache must own its strings: a caller may reuse the buffer behind
// the text it tokenized (examples/classify does).
func TestCacheDoesNotAliasCallerText(t *testing.T) {
	o := plain()
	o.NGramMax = 1
	a := MustNew(o)
	buf := []byte("qqzxa wwyvb")
	a.Tokens(unsafe.String(&buf[0], len(buf)))
	copy(buf, "ab cd efghi")
	var got []string
	for _, f := range a.Features("qqzxa wwyvb") {
		got = append(got, f.Text)
	}
	assert.Equal(t, []string{"qqzxa", "wwyvb"}, got)
}

func TestWordKey(t *testing.T) {
	// textKey must agree with wordKey wherever the word sits in the text
	// (16-byte read or copy near the end), and keys must differ for
	// different words, including prefixes and words of 8 and 15 bytes.
	words := []string{"a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmno", "abcdefghijklmn", "Ab", "b"}
	seen := map[[2]uint64]string{}
	for _, w := range words {
		k0, k1, ok := wordKey(w)
		require.True(t, ok, w)
		if other, dup := seen[[2]uint64{k0, k1}]; dup {
			t.Fatalf("%q and %q share a key", w, other)
		}
		seen[[2]uint64{k0, k1}] = w
		for _, c := range []struct {
			text string
			i    int
		}{{w, 0}, {w + " tail of the text, long enough", 0}, {"x " + w + ".", 2}, {"x " + w + " and more text after it", 2}} {
			g0, g1 := textKey(c.text, c.i, c.i+len(w))
			assert.Equal(t, [2]uint64{k0, k1}, [2]uint64{g0, g1}, "%q in %q", w, c.text)
		}
	}
	for _, w := range []string{"", "abcdefghijklmnop", "a\x00b"} {
		_, _, ok := wordKey(w)
		assert.False(t, ok, "%q", w)
	}
}

func TestWordTable(t *testing.T) {
	entries := map[string]termEntry{
		"the":                 {term: "", hash: 0, negHash: 0}, // removed
		"Recognise":           entry("recogn"),
		"recognise":           entry("recogn"),
		"a-very-long-surface": entry("x"), // no key: stays in the map only
	}
	tb := newWordTable(entries)
	for s, want := range entries {
		k0, k1, ok := wordKey(s)
		if !ok {
			continue
		}
		i := tb.find(k0, k1)
		require.GreaterOrEqual(t, i, 0, s)
		e, removed := tb.entry(i, true)
		assert.Equal(t, want.term == "", removed, s)
		if want.term != "" {
			assert.Equal(t, want, e, s)
			e, _ = tb.entry(i, false)
			assert.Equal(t, termEntry{hash: want.hash, negHash: want.negHash}, e, s)
		}
	}
	k0, k1, _ := wordKey("recognize")
	assert.Equal(t, -1, tb.find(k0, k1))
	var empty wordTable
	assert.Equal(t, -1, empty.find(k0, k1))
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
