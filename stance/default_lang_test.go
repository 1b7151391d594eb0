package stance

import (
	"bytes"
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance/lang"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Each language's embedded model must be what training gives today, as
// default.bin must (TestDefaultIsCurrent).
func TestLanguageDefaultsAreCurrent(t *testing.T) {
	for _, code := range otherLanguages {
		t.Run(code, func(t *testing.T) {
			want, err := EncodeDefaultLanguage(code)
			require.NoError(t, err)
			got, err := langModels.ReadFile("langmodels/" + code + ".bin")
			require.NoError(t, err)
			if !bytes.Equal(want, got) {
				t.Fatalf("stance/langmodels/%s.bin is stale (the corpus or the options changed): run go generate ./stance", code)
			}
			m, err := DefaultLanguage(code)
			require.NoError(t, err)
			_, ok := m.Calibration()
			assert.True(t, ok, "calibrated")
			name := map[string]string{"es": "spanish", "fr": "french", "ru": "russian", "pt": "portuguese", "de": "german"}[code]
			assert.Equal(t, name, m.Options().Tokenizer.Language)
		})
	}
}

func TestDefaultLanguageNames(t *testing.T) {
	en, err := DefaultLanguage("english")
	require.NoError(t, err)
	d, err := Default()
	require.NoError(t, err)
	assert.Same(t, d, en)
	es1, err := DefaultLanguage("es")
	require.NoError(t, err)
	es2, err := DefaultLanguage("Español")
	require.NoError(t, err)
	assert.Same(t, es1, es2, "decoded once")
	assert.Equal(t, []string{"de", "en", "es", "fr", "pt", "ru"}, DefaultLanguages())

	_, err = DefaultLanguage("sv") // the tokenizer knows Swedish; no model
	assert.ErrorIs(t, err, ErrUnsupportedLanguage)
	_, err = DefaultLanguage("klingon")
	assert.ErrorIs(t, err, lang.ErrUnknownLanguage)
	_, err = LanguageOptions("xx")
	assert.ErrorIs(t, err, lang.ErrUnknownLanguage)
}

// The models read their own language: a clear statement of each stance,
// written for this test, in each language, in the context of the election
// it names.
func TestLanguageDefaultsPredict(t *testing.T) {
	ctx := Context{Winner: []string{"Nicolás Maduro", "Maduro", "Николас Мадуро", "Мадуро"}, Rivals: []string{"Edmundo González", "González", "Эдмундо Гонсалес", "Гонсалес"}}
	cases := []struct {
		code, text string
		want       corpus.Label
	}{
		{"es", "Felicitamos al presidente Maduro por su reelección y le deseamos éxito en su nuevo mandato.", "recognising"},
		{"es", "No reconocemos los resultados anunciados: hubo un fraude masivo contra el pueblo venezolano.", "hostile"},
		{"fr", "Nous attendons la publication des procès-verbaux avant de nous prononcer sur le résultat.", "withholding"},
		{"ru", "Поздравляем Николаса Мадуро с убедительной победой на выборах.", "recognising"},
		{"pt", "O Brasil aguarda a divulgação das atas antes de qualquer reconhecimento do resultado.", "withholding"},
		{"de", "Wir gratulieren Präsident Maduro herzlich zu seinem Wahlsieg.", "recognising"},
	}
	for _, c := range cases {
		m, err := DefaultLanguage(c.code)
		require.NoError(t, err)
		assert.Equal(t, c.want, m.PredictIn(ctx, c.text).Label, "%s %q", c.code, c.text)
	}
}
