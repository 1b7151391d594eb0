package tokenize

import (
	"strings"
	"testing"
)

// unigrams returns the terms of text's tokens in context ctx, negated ones
// with their prefix, joined by spaces; a sentence boundary is "|".
func unigrams(a *Analyzer, ctx Context, text string) string {
	var out []string
	for _, t := range a.TokensIn(ctx, text) {
		if t.Kind == Boundary {
			out = append(out, "|")
			continue
		}
		term := t.Term
		if t.Negated {
			term = negPrefix + term
		}
		out = append(out, term)
	}
	return strings.Join(out, " ")
}

func TestContextMasking(t *testing.T) {
	o := DefaultOptions()
	o.Stem, o.NormalizeSpelling, o.MaskNames = false, false, true
	a := MustNew(o)
	maduro := Context{
		Winner: []string{"Nicolás Maduro", "Maduro", "@NicolasMaduro"},
		Rivals: []string{"Edmundo González", "González", "María Corina Machado"},
	}
	lee := Context{Winner: []string{"Lee Jae-myung", "Lee"}, Rivals: []string{"Kim Moon-soo", "Kim"}}
	shared := Context{Winner: []string{"Viktor Yanukovych", "Viktor"}, Rivals: []string{"Viktor Yushchenko", "Viktor"}}
	tests := []struct {
		name string
		ctx  Context
		text string
		want string
	}{
		{"full name and surname", maduro, "We congratulate Nicolás Maduro. Maduro won.", "we congratulate WINNER | WINNER won |"},
		{"rival", maduro, "Edmundo González won", "RIVAL won"},
		{"longest form first", maduro, "María Corina Machado and González", "RIVAL and RIVAL"},
		{"no accents in the text", maduro, "Nicolas MADURO stole it", "WINNER stole it"},
		{"accents only in the text", Context{Winner: []string{"Jose Raul Mulino"}}, "José Raúl Mulino wins", "WINNER wins"},
		{"possessive", maduro, "Maduro's victory and González’s defeat", "WINNER victory and RIVAL defeat"},
		{"handle", maduro, "Thanks @NicolasMaduro!", "thanks WINNER |"},
		{"inside a longer word", lee, "Leeds and Kimberley", "leeds and kimberley"},
		{"hyphenated", maduro, "pro-Maduro crowds", "pro WINNER crowds"},
		{"negated", maduro, "We do not recognise Maduro", "we do not NOT_recognise NOT_WINNER"},
		{"form shared by both sides", shared, "Viktor spoke; Yushchenko and Viktor Yanukovych", "viktor spoke yushchenko and WINNER"},
		{"zero context", Context{}, "Maduro won", "maduro won"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := unigrams(a, tt.ctx, tt.text); got != tt.want {
				t.Fatalf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
	t.Run("option off", func(t *testing.T) {
		o.MaskNames = false
		if got := unigrams(MustNew(o), maduro, "Maduro won"); got != "maduro won" {
			t.Fatalf("got %q, want no masking without MaskNames", got)
		}
	})
}

func TestMentionSpans(t *testing.T) {
	text := "Biden's win, not Trump"
	ms := mentions(testContext.compile(nil), text)
	if len(ms) != 2 || text[ms[0].start:ms[0].end] != "Biden's" || !ms[0].winner || text[ms[1].start:ms[1].end] != "Trump" || ms[1].winner {
		t.Fatalf("mentions of %q: %+v", text, ms)
	}
}

func TestSentenceBounds(t *testing.T) {
	o := DefaultOptions()
	o.Stem, o.NormalizeSpelling, o.NGramMax, o.SentenceBounds = false, false, 2, false
	plain := MustNew(o)
	o.SentenceBounds = true
	bounded := MustNew(o)
	tests := []struct {
		text    string
		bigram  string
		plain   bool // the bigram is a feature without sentence bounds
		bounded bool // and with
	}{
		{"We await the result. We will speak", "result we", true, false},
		{"Is it over? No", "over no", true, false},
		{"Great win! Congratulations", "win congratulations", true, false},
		{"We await the result\nWe will speak", "result we", true, false},
		{"the U.S. president", "s president", true, true},
		{"said Mr. Biden", "mr biden", true, true},
		{"in 2020. We", "2020 we", true, false},
		{"It is over, we accept", "over we", true, true}, // a comma is no sentence end
	}
	for _, tt := range tests {
		has := func(a *Analyzer) bool {
			for _, f := range a.Features(tt.text) {
				if f.Text == tt.bigram {
					return true
				}
			}
			return false
		}
		if got := has(plain); got != tt.plain {
			t.Errorf("%q without bounds: bigram %q present = %v, want %v", tt.text, tt.bigram, got, tt.plain)
		}
		if got := has(bounded); got != tt.bounded {
			t.Errorf("%q with bounds: bigram %q present = %v, want %v", tt.text, tt.bigram, got, tt.bounded)
		}
	}
}
