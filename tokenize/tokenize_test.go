package tokenize

import (
	"encoding/json"
	"testing"

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

// plain returns the default options without stemming and without sentence
// bounds, whose Boundary tokens TestSentenceBounds and TestContextMasking
// cover, so that the other tests' token lists stay words.
func plain() Options {
	o := DefaultOptions()
	o.Stem, o.SentenceBounds = false, false
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
	window := plain()
	window.NegationWindow, window.Version = 3, 2
	punct := plain()
	punct.Punctuation, punct.Version = true, 3
	punctSent := punct
	punctSent.SentenceBounds = true
	punctTweet := punct
	punctTweet.Tweet = true
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
		{"negation window of 3", window, "We do not recognise these fraudulent results",
			[]string{"we", "do", "not", "NOT_recognize", "NOT_these", "NOT_fraudulent", "results"}},
		{"negation window: a negator restarts the count", window, "not now and not ever again, never",
			[]string{"not", "NOT_now", "NOT_and", "not", "NOT_ever", "NOT_again", "never"}},
		{"negation window: punctuation still ends the scope", window, "no fraud. Results",
			[]string{"no", "NOT_fraud", "results"}},
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
		// Options.Punctuation: runs of punctuation and symbols are terms.
		{"punctuation terms", punct, `smart , alert ( josh ) -- "a gem" . . .`,
			[]string{"smart", ",", "alert", "(", "josh", ")", "--", `"`, "a", "gem", `"`, ".", ".", "."}},
		{"punctuation: a run is one term, up to a hashtag", punct, `wow!?! ... &#38 x*y`, []string{"wow", "!?!", "...", "&", "#38", "x", "*", "y"}},
		{"punctuation: joiners stay inside words", punct, `it's a mass-market 'the film'`,
			[]string{"it's", "a", "mass-market", "'", "the", "film", "'"}},
		{"punctuation: clause punctuation still ends a scope, never negated", punct, "not good, fine",
			[]string{"not", "NOT_good", ",", "fine"}},
		{"punctuation: a symbol neither ends nor opens a scope", punct, `not "good" here`,
			[]string{"not", `"`, "NOT_good", `"`, "NOT_here"}},
		{"punctuation: a sentence end stays a boundary", punctSent, "no fraud. results, ok!",
			[]string{"no", "NOT_fraud", ".", "results", ",", "ok", "!"}},
		{"punctuation: a run stops at a sentence end", punctSent, "end).",
			[]string{"end", ")", "."}},
		{"punctuation: hashtags, handles and emoticons keep their kinds", punctTweet, `("#fraud" @kremlin) :)`,
			[]string{`("`, "#fraud", `"`, "@kremlin", ")", ":)"}},
		{"cyrillic", Options{Version: 1, Language: "russian", NGramMin: 1, NGramMax: 1, Negation: true}, "Мы не признаём выборы.", []string{"мы", "не", "NOT_признаём", "NOT_выборы"}},
		{"cyrillic window of 1", Options{Version: 2, Language: "russian", NGramMin: 1, NGramMax: 1, Negation: true, NegationWindow: 1},
			"Мы не признаём выборы.", []string{"мы", "не", "NOT_признаём", "выборы"}},
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

// trickyTexts are statements that exercise every path of the tokenizer,
// among them words that look plain up to a point, which the fused walk must
// hand to the general step.
var trickyTexts = []string{"", "We are NOT ready to recognise the new president, but we respect the voters.",
	"I can’t congratulate #StopTheSteal @joe sooo happy :) 99.7% https://x.com/a.",
	"Мы не признаём выборы", "bad \xff utf8 don't", "ünïcödé wörds ñ",
	"see http://a.org, HTTPS://b.io and www.c.net; wwwhat http: www",
	"We cannot, CANNOT and can't; president-elect leaders' -well- G20 10% café naïve x’s",
	"no-one won't ain't; not... but never—however", "a\u00adb end-",
	"abcdefgh abcdefghijklmno abcdefghijklmnop abcdefghijklmnopqrstuvwxyz0123456789 a1 Zz9",
	"the the THE The, not the; against until #the @the"}

// The hot path computes hashes without strings; they must equal the hashes
// of the feature texts, in the same order, for every option combination.
func TestAppendHashesMatchesFeatures(t *testing.T) {
	for _, o := range optionGrid() {
		a := MustNew(o)
		for _, text := range trickyTexts {
			fs := a.Features(text)
			hs := a.AppendHashes(nil, text)
			require.Equal(t, stepwise(a, text), a.Tokens(text), "%+v %q", o, text)
			require.Equal(t, hs, a.AppendTokenHashes(nil, stepwise(a, text)), "%+v %q", o, text)
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
				o.SentenceBounds, o.MaskNames = ch[0] == 0, ch[0] == 0
				o.NGramMax = 3
				o.CharNGramMin, o.CharNGramMax = ch[0], ch[1]
				out = append(out, o)
				if tweet && ch[0] == 0 {
					o.NegationWindow, o.Version = 2, 2 // the counted scope on every path
					out = append(out, o)
				}
				o.Punctuation, o.Version = true, 3 // punctuation terms on every path
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
		{"negative negation window", func(o *Options) { o.NegationWindow = -1 }, "negation window"},
		{"huge negation window", func(o *Options) { o.NegationWindow = 51 }, "negation window"},
		{"negation window in version 1", func(o *Options) { o.NegationWindow = 3 }, "needs options version 2"},
		{"punctuation in version 2", func(o *Options) { o.Punctuation, o.Version = true, 2 }, "need options version 3"},
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

// Languages lists exactly the languages the package has a table for, and
// each builds an analyzer that stems and drops stop words.
func TestLanguages(t *testing.T) {
	assert.Len(t, Languages, len(languages))
	for _, l := range Languages {
		o := DefaultOptions()
		o.Language, o.StopWords = l, true
		a, err := New(o)
		require.NoError(t, err, l)
		assert.NotEmpty(t, a.Tokens("the results were announced, and nobody disputes them"), l)
	}
}

func TestHashKnownValues(t *testing.T) {
	// FNV-1a 64 reference values (draft-eastlake-fnv test vectors).
	assert.Equal(t, uint64(0xcbf29ce484222325), Hash(""))
	assert.Equal(t, uint64(0xaf63dc4c8601ec8c), Hash("a"))
	assert.Equal(t, uint64(0x85944171f73967e8), Hash("foobar"))
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

// New returns a new analyzer each time; analyzers whose options normalise
// terms alike share a cache, and the package lets go of the caches of
// configurations not used lately.
func TestNewSharesBoundedCaches(t *testing.T) {
	o := DefaultOptions()
	a, err := New(o)
	require.NoError(t, err)
	o.NGramMax, o.Negation, o.Contractions = 1, false, false // the same terms
	b, err := New(o)
	require.NoError(t, err)
	require.NotSame(t, a, b)
	assert.NotEqual(t, a.Options(), b.Options())
	assert.Same(t, a.terms.cache, b.terms.cache)

	o.Stem = false // other terms
	c := MustNew(o)
	assert.NotSame(t, a.terms.cache, c.terms.cache)

	// Use maxSharedCaches other configurations: a's is dropped.
	for i := range maxSharedCaches {
		o := DefaultOptions()
		o.Language, o.Stem = Languages[1+i%(len(Languages)-1)], i < len(Languages)-1
		MustNew(o)
	}
	assert.NotSame(t, a.terms.cache, MustNew(DefaultOptions()).terms.cache)
}
