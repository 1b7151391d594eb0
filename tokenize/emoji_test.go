package tokenize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEmojiTable(t *testing.T) {
	m := emojiWords()
	lines := 0
	for line := range strings.Lines(emojiTable) {
		if !strings.HasPrefix(line, "#") {
			lines++
		}
	}
	assert.Equal(t, 1195, lines)
	assert.Len(t, m, lines, "one entry per line, no emoji twice")
	assert.Equal(t, []string{"face", "with", "tears", "of", "joy"}, m['😂'])
	assert.Equal(t, []string{"thumbs", "up"}, m['👍'])
	for r, words := range m {
		require.NotEmpty(t, words, "%q", r)
	}
}

// With Emoji, an emoji is the words of its description, each spanning the
// emoji, negated like any word; without it emoji are ignored. Symbols that
// are not in the table, and clause punctuation, are unaffected.
func TestEmojiOption(t *testing.T) {
	o := plain()
	o.Emoji = true
	a := MustNew(o)
	text := "not fun 😂, «ok» ™ 👍"
	toks := a.Tokens(text)
	assert.Equal(t, []string{"not", negPrefix + "fun", negPrefix + "face", negPrefix + "with", negPrefix + "tears", negPrefix + "of", negPrefix + "joy", "ok", "trade", "mark", "thumbs", "up"}, terms(toks))
	assert.Equal(t, "😂", text[toks[2].Start:toks[2].End])
	assert.Equal(t, stepwise(a, text), toks)
	checkText(t, o, text)
	o.Emoji = false
	assert.Equal(t, []string{"not", negPrefix + "fun", "ok"}, terms(MustNew(o).Tokens(text)))
}
