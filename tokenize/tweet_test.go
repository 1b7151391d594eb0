package tokenize

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func hashtagWords() Options {
	o := plain()
	o.Negation = false
	o.Tweet = true
	o.HashtagWords = true
	return o
}

func TestHashtagWords(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"#feminism", []string{"#feminism", "feminism"}},
		{"#God bless", []string{"#god", "god", "bless"}},
		{"#LoveWins", []string{"#lovewins", "love", "wins"}}, // segmented: no extra whole word
		{"#pro_life", []string{"#pro_life", "pro", "life"}},
		{"#SemST #tcot", []string{"#tcot", "tcot"}},
		{"#2016", []string{"#2016", "2016"}},
		{"@HillaryClinton", []string{"@hillaryclinton"}}, // handles stay whole
	}
	a := MustNew(hashtagWords())
	for _, tc := range tests {
		toks := a.Tokens(tc.text)
		assert.Equal(t, tc.want, terms(toks), tc.text)
		for _, tk := range toks {
			assert.True(t, tk.Start >= 0 && tk.End <= len(tc.text) && tk.Start < tk.End, "%q: %+v", tc.text, tk)
		}
	}
	// The body's span points at the text after the '#'.
	toks := a.Tokens("so #blessed")
	require.Len(t, toks, 3)
	assert.Equal(t, "blessed", "so #blessed"[toks[2].Start:toks[2].End])
}

func TestHashtagWordsNeedTweet(t *testing.T) {
	o := plain()
	o.HashtagWords = true
	assert.ErrorIs(t, o.Validate(), ErrOptions)
}

func TestHashtagWordsHashesMatchFeatures(t *testing.T) {
	texts := []string{"#feminism is #LoveWins sooo :) @joe #SemST", "#God #god God", "", "#p2 #tcot #2016 #a_b"}
	for _, stem := range []bool{false, true} {
		for _, ch := range [][2]int{{0, 0}, {3, 6}} {
			o := hashtagWords()
			o.Stem, o.NGramMax = stem, 3
			o.CharNGramMin, o.CharNGramMax = ch[0], ch[1]
			a := MustNew(o)
			for _, text := range texts {
				fs := a.Features(text)
				hs := a.AppendHashes(nil, text)
				require.Len(t, hs, len(fs), "%+v %q", o, text)
				for i := range fs {
					require.Equal(t, Hash(fs[i].Text), hs[i], "%+v %q feature %q", o, text, fs[i].Text)
				}
			}
		}
	}
}

func TestHashtagWordsDoesNotAllocate(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts are not meaningful under -race")
	}
	o := hashtagWords()
	o.CharNGramMin, o.CharNGramMax = 3, 6
	a := MustNew(o)
	text := "#feminism #LoveWins sooo happy :) @joe #SemST"
	buf := a.AppendHashes(nil, text)
	allocs := testing.AllocsPerRun(100, func() { buf = a.AppendHashes(buf[:0], text) })
	assert.Zero(t, allocs)
}
