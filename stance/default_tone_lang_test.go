package stance

import (
	"bytes"
	"slices"
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance/lang"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Each language's embedded tone model must be what training gives today,
// as tone.bin must (TestDefaultToneIsCurrent).
func TestToneLanguageDefaultsAreCurrent(t *testing.T) {
	for _, code := range otherLanguages {
		t.Run(code, func(t *testing.T) {
			want, err := EncodeDefaultToneLanguage(code)
			require.NoError(t, err)
			got, err := toneLangModels.ReadFile("tonemodels/" + code + ".bin")
			require.NoError(t, err)
			if !bytes.Equal(want, got) {
				t.Fatalf("stance/tonemodels/%s.bin is stale (the corpus's tones or the options changed): run go generate ./stance", code)
			}
			m, err := DefaultToneLanguage(code)
			require.NoError(t, err)
			_, ok := m.Calibration()
			assert.True(t, ok, "calibrated")
			assert.Equal(t, TaskTone, m.Task())
			assert.Equal(t, corpus.ToneLabels(), m.Labels())
			o, err := ToneLanguageOptions(code)
			require.NoError(t, err)
			assert.Equal(t, o, m.Options(), "trained with ToneLanguageOptions")
			stanceOpts, err := LanguageOptions(code)
			require.NoError(t, err)
			assert.Equal(t, stanceOpts.Tokenizer, o.Tokenizer, "the language's stance analysis")
			assert.Equal(t, Multinomial, o.Kind)
		})
	}
}

func TestDefaultToneLanguageNames(t *testing.T) {
	cases := []struct {
		name    string
		same    func() (*Model, error) // the model the name must give, nil: an error
		wantErr error
	}{
		{"en", DefaultTone, nil},
		{"english", DefaultTone, nil},
		{"Español", func() (*Model, error) { return DefaultToneLanguage("es") }, nil},
		{"sv", nil, ErrUnsupportedLanguage}, // the tokenizer knows Swedish; no model
		{"klingon", nil, lang.ErrUnknownLanguage},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := DefaultToneLanguage(c.name)
			if c.wantErr != nil {
				assert.ErrorIs(t, err, c.wantErr)
				return
			}
			require.NoError(t, err)
			want, err := c.same()
			require.NoError(t, err)
			assert.Same(t, want, got, "decoded once")
		})
	}
	o, err := ToneLanguageOptions("en")
	require.NoError(t, err)
	assert.Equal(t, ToneOptions(), o)
	_, err = ToneLanguageOptions("xx")
	assert.ErrorIs(t, err, lang.ErrUnknownLanguage)
	// As LanguageOptions: options for any language the tokenizer knows,
	// a model only for DefaultLanguages.
	o, err = ToneLanguageOptions("sv")
	require.NoError(t, err)
	assert.Equal(t, "swedish", o.Tokenizer.Language)
	assert.Equal(t, TaskTone, o.Task)
}

// The tone models read their own language: a statement of clear tone,
// written for this test, in each language.
func TestToneLanguageDefaultsPredict(t *testing.T) {
	cases := []struct {
		code, text string
		want       corpus.Label
	}{
		{"es", "Con enorme alegría felicitamos al pueblo hermano por una jornada electoral ejemplar y festiva.", "positive"},
		{"es", "Es una vergüenza: un fraude descarado que indigna a todo el continente.", "negative"},
		{"fr", "La France prend note des résultats proclamés par la commission électorale.", "neutral"},
		{"ru", "Это позорный фарс и циничное издевательство над волей народа.", "negative"},
		{"pt", "Com grande alegria, felicitamos calorosamente o povo irmão por esta bela vitória da democracia.", "positive"},
		{"de", "Die Bundesregierung nimmt das vorläufige Ergebnis zur Kenntnis.", "neutral"},
	}
	for _, c := range cases {
		m, err := DefaultToneLanguage(c.code)
		require.NoError(t, err)
		assert.Equal(t, c.want, m.Predict(c.text).Label, "%s %q", c.code, c.text)
	}
}

// The tone router answers as the stance router does, with tones.
func TestDefaultToneRouter(t *testing.T) {
	r, err := NewRouter(DefaultToneRouterOptions())
	require.NoError(t, err)
	assert.Equal(t, DefaultLanguages(), r.Languages())
	p, err := r.Predict("Es una vergüenza: un fraude descarado que indigna a todo el continente.")
	require.NoError(t, err)
	assert.Equal(t, "es", p.Lang)
	assert.Equal(t, corpus.Label("negative"), p.Label)
	p, err = r.Predict("Il governo italiano si congratula con il presidente eletto e auspica una proficua collaborazione.")
	require.NoError(t, err)
	assert.True(t, p.Unsupported, "Italian has no tone model")
	assert.Empty(t, p.Label)
}

// The shared-feature encoding gives back the model it encoded, and refuses
// a base whose features are not the encoded model's, and damaged data.
func TestSharedEncoding(t *testing.T) {
	m, err := trainDefaultToneLanguage("es")
	require.NoError(t, err)
	base, err := DefaultLanguage("es")
	require.NoError(t, err)
	b, err := m.encodeShared(base)
	require.NoError(t, err)
	got, err := decodeShared(b, base)
	require.NoError(t, err)
	assert.Equal(t, m.features, got.features)
	assert.Equal(t, m.counts, got.counts)
	assert.Equal(t, m.docs, got.docs)
	assert.Equal(t, m.Options(), got.Options())
	want, _ := m.Calibration()
	c, ok := got.Calibration()
	assert.True(t, ok)
	assert.Equal(t, want, c)
	text := "Es una vergüenza: un fraude descarado que indigna a todo el continente."
	assert.Equal(t, m.Predict(text), got.Predict(text))

	de, err := DefaultLanguage("de")
	require.NoError(t, err)
	_, err = m.encodeShared(de)
	assert.ErrorContains(t, err, "not the base's")
	cases := []struct {
		name string
		data []byte
		base *Model
		want error
	}{
		{"another base", b, de, ErrCorrupt},
		{"truncated", b[:len(b)-1], base, ErrCorrupt},
		{"trailing byte", append(slices.Clone(b), 0), base, ErrCorrupt},
		{"compact, not shared", []byte("SKMC\x01"), base, ErrFormat},
		{"empty", nil, base, ErrFormat},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := decodeShared(c.data, c.base)
			assert.ErrorIs(t, err, c.want)
		})
	}
}

// FuzzDecodeShared: no input makes the shared-feature decoder panic, and
// what it accepts predicts.
func FuzzDecodeShared(f *testing.F) {
	base := train(f, tiny(Multinomial), "A", "a a b", "B", "b c")
	m := train(f, tiny(Multinomial), "A", "a b b", "B", "c c b")
	b, err := m.encodeShared(base)
	require.NoError(f, err)
	f.Add(b)
	f.Add([]byte(sharedMagic))
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := decodeShared(data, base)
		if err != nil {
			return
		}
		got.Predict("a b c")
	})
}
