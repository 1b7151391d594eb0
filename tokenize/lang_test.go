package tokenize

import (
	"strings"
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// marked renders tokens as their terms, a negated one with a leading !.
func marked(toks []Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		if t.Negated {
			b.WriteByte('!')
		}
		b.WriteString(t.Term)
	}
	return b.String()
}

// Each language's pipeline with its default options: tokenizing (accents,
// apostrophes and elision, Cyrillic, «» quotes), stemming and negation
// scopes. The stems are golden values, what the Snowball stemmers give
// (kljensen/snowball for es, fr, ru; blevesearch/snowballstem for pt, de):
// the test is about which words are split, negated and kept.
func TestLanguagePipelines(t *testing.T) {
	cases := []struct {
		lang, text, want string
	}{
		// Spanish: no opens a scope that the comma closes; ni and sin
		// are negators; ¿¡ are punctuation.
		{"spanish", "No reconocemos los resultados, pero seguiremos atentos.", "no !reconoc !los !result pero segu atent ."},
		{"spanish", "¡Sin actas no hay victoria!", "sin !actas no !hay !victori !"},
		// French: elision splits l', d', qu'; n' is ne and opens the scope
		// that ne … pas spans; «» are punctuation that closes it.
		{"french", "Nous n'acceptons pas l'élection d'un président « illégitime ».", "nous ne !accepton pas !l !élect !d !un !président illégitim ."},
		{"french", "Qu'il soit félicité, mais jamais reconnu.", "qu il soit féliqu mais jam !reconnu ."},
		// Russian: Cyrillic stems; не opens a scope, но closes it.
		{"russian", "Мы не признаём итоги выборов, но готовы к диалогу.", "мы не !признаём !итог !выбор но готов к диалог ."},
		// Portuguese: não and nem.
		{"portuguese", "O Brasil não reconhece o resultado, nem a posse.", "o brasil nã !reconhec !o !result nem !a !poss ."},
		// German: nicht and kein; aber closes the scope.
		{"german", "Wir erkennen die Wahl nicht an, aber keine Sanktionen.", "wir erkenn die wahl nicht !an aber kein !sanktion ."},
	}
	for _, c := range cases {
		t.Run(c.lang, func(t *testing.T) {
			o, err := DefaultOptionsFor(c.lang)
			require.NoError(t, err)
			a := MustNew(o)
			assert.Equal(t, c.want, marked(a.Tokens(c.text)))
			assert.Equal(t, stepwise(a, c.text), a.Tokens(c.text))
		})
	}
}

// Elision is an option: without it an elided word stays one word, and it
// does nothing in a language without elisions.
func TestElisionOption(t *testing.T) {
	o, err := DefaultOptionsFor("french")
	require.NoError(t, err)
	o.Stem, o.Negation = false, false
	assert.Equal(t, "l élection qu aujourd'hui ne a", marked(MustNew(o).Tokens("L'élection qu’aujourd'hui n'a")))
	o.Elision = false
	assert.Equal(t, "l'élection qu'aujourd'hui n'a", marked(MustNew(o).Tokens("L'élection qu’aujourd'hui n'a")))
	e := DefaultOptions()
	e.Stem, e.Elision = false, true
	assert.Equal(t, "l'election", marked(MustNew(e).Tokens("l'election")))
	// An apostrophe at the end or a prefix that is not an elision.
	o.Elision = true
	assert.Equal(t, "l x'y", marked(MustNew(o).Tokens("l' x'y")))
}

// A context's name forms match their inflected mentions in languages whose
// names take case endings, and only there.
func TestInflectedNames(t *testing.T) {
	ctx := Context{
		Winner: []string{"Байден", "Зеленский", "Biden"},
		Rivals: []string{"Тихановская", "Путин"},
	}
	cases := []struct {
		lang, text, want string
	}{
		{"russian", "Байдена Байдену Байденом Байдене", "WINNER WINNER WINNER WINNER"},
		{"russian", "Зеленского Зеленскому Тихановской Тихановскую Путину Путиным", "WINNER WINNER RIVAL RIVAL RIVAL RIVAL"},
		// Not a name: a stem must keep three runes, and the rest of the
		// word must be an ending.
		{"russian", "Байденович Путинизм", "байденович путинизм"},
		{"german", "Bidens Sieg", "WINNER sieg"},
		// English and Spanish names take no endings.
		{"english", "the Bidens", "the bidens"},
		{"spanish", "Bidens", "bidens"},
	}
	for _, c := range cases {
		o, err := DefaultOptionsFor(c.lang)
		require.NoError(t, err)
		o.Stem = c.lang != "english" && c.lang != "spanish"
		if !o.Stem {
			o.NormalizeSpelling = false
		}
		got := marked(MustNew(o).TokensIn(ctx, c.text))
		assert.Equal(t, c.want, got, "%s %q", c.lang, c.text)
	}
}

func TestDefaultOptionsFor(t *testing.T) {
	o, err := DefaultOptionsFor("english")
	require.NoError(t, err)
	assert.Equal(t, DefaultOptions(), o)
	for _, l := range []string{"spanish", "french", "russian", "portuguese", "german"} {
		o, err := DefaultOptionsFor(l)
		require.NoError(t, err, l)
		assert.Equal(t, l, o.Language)
		assert.True(t, o.Elision && o.Stem && o.Negation && o.MaskNames && o.SentenceBounds, l)
		assert.False(t, o.NormalizeSpelling || o.Contractions, l)
	}
	_, err = DefaultOptionsFor("klingon")
	assert.ErrorIs(t, err, ErrOptions)
}

// languageOf maps the corpora's ISO codes to the tokenizer's languages.
var languageOf = map[string]string{"es": "spanish", "fr": "french", "ru": "russian", "pt": "portuguese", "de": "german"}

// The fused walk and the hashing path must agree with the pipeline run
// step by step on every statement of each language's corpus, in the
// statement's own context.
func TestWalkMatchesStepwiseOnLanguageCorpora(t *testing.T) {
	for code, l := range languageOf {
		ex, err := corpus.Language(code)
		require.NoError(t, err)
		o, err := DefaultOptionsFor(l)
		require.NoError(t, err)
		a := MustNew(o)
		for _, e := range ex {
			ctx := Context{Winner: e.Winner(), Rivals: e.Rivals()}
			require.Equal(t, stepwiseIn(a, ctx, e.Text), a.TokensIn(ctx, e.Text), "%s %q", code, e.Text)
			checkText(t, o, e.Text)
		}
	}
}

func TestLanguageFor(t *testing.T) {
	for code, want := range map[string]string{"en": "english", "es": "spanish", "de": "german", "pt": "portuguese", "german": "german"} {
		got, ok := LanguageFor(code)
		assert.True(t, ok, code)
		assert.Equal(t, want, got, code)
	}
	for _, code := range []string{"it", "", "English"} {
		_, ok := LanguageFor(code)
		assert.False(t, ok, code)
	}
	for _, l := range Languages {
		got, ok := LanguageFor(l)
		assert.True(t, ok && got == l, l)
	}
}
