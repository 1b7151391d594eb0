package tokenize

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"
)

// emojiTable is VADER's emoji lexicon (emoji.tsv; its header gives the
// source and licence): each emoji with its description in words.
//
//go:embed emoji.tsv
var emojiTable string

// emojiWords maps an emoji to the words of its description, read from
// emojiTable on first use.
var emojiWords = sync.OnceValue(func() map[rune][]string {
	m := make(map[rune][]string, 1200)
	for line := range strings.Lines(emojiTable) {
		line = strings.TrimRight(line, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		e, desc, ok := strings.Cut(line, "\t")
		r, n := utf8.DecodeRuneInString(e)
		if !ok || n != len(e) {
			panic("tokenize: emoji.tsv: malformed line " + line) // a broken build; TestEmojiTable reads every line
		}
		m[r] = strings.Fields(desc)
	}
	return m
})

// appendEmoji appends the words of an emoji's description as Word tokens
// that all span the emoji, text[start:end]. This is how VADER reads emoji
// (Hutto & Gilbert 2014; vaderSentiment 3.3): "😂" becomes face, with,
// tears, of, joy, so that the words' learned weights and a lexicon prior
// apply to it.
func appendEmoji(dst []Token, words []string, start, end int) []Token {
	for _, w := range words {
		dst = append(dst, Token{Term: w, Kind: Word, Start: start, End: end})
	}
	return dst
}
