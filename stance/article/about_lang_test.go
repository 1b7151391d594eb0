package article

import (
	"bytes"
	"errors"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// TestLanguageAboutJudgesAreCurrent retrains every language's judge and
// checks the embedded copy against it, and (outside -race and -short) that
// nested cross-validation still chooses the language's threshold.
func TestLanguageAboutJudgesAreCurrent(t *testing.T) {
	for _, code := range AboutLanguages() {
		t.Run(code, func(t *testing.T) {
			want, err := EncodeDefaultAboutLang(code)
			require.NoError(t, err)
			got, err := aboutModels.ReadFile("aboutmodels/" + code + ".bin")
			require.NoError(t, err)
			if !bytes.Equal(want, got) {
				t.Fatalf("stance/article/aboutmodels/%s.bin is stale: run go generate ./stance/article", code)
			}
			j, err := DefaultAboutJudgeLang(code)
			require.NoError(t, err)
			o, err := AboutOptionsLang(code)
			require.NoError(t, err)
			assert.Equal(t, o, j.Model.Options())
			if raceEnabled || testing.Short() {
				t.Skip("the threshold's nested cross-validation is left to runs without -race and -short")
			}
			cv, err := CrossValidateDefaultAboutLang(code)
			require.NoError(t, err)
			t.Logf("%s threshold %.2f: macro-F1 %.4f (%.4f at 0.5); precision %v recall %v", code, cv.Threshold, cv.MacroF1, cv.AtHalf, cv.Precision, cv.Recall)
			assert.Equal(t, languageAboutThresholds[code], cv.Threshold, "update languageAboutThresholds and the README")
			assert.GreaterOrEqual(t, cv.MacroF1, 0.80, "nested CV macro-F1 of the %s judge", code)
		})
	}
}

// TestAboutLanguages: one judge per language with a stance model, "en" is
// the English judge, and an unsupported code is an error wrapping
// stance.ErrUnsupportedLanguage.
func TestAboutLanguages(t *testing.T) {
	others := slices.DeleteFunc(stance.DefaultLanguages(), func(c string) bool { return c == "en" })
	assert.Equal(t, others, AboutLanguages(), "every language with a default stance model but English")
	en, err := DefaultAboutJudgeLang("en")
	require.NoError(t, err)
	def, err := DefaultAboutJudge()
	require.NoError(t, err)
	assert.Same(t, def.Model, en.Model)
	_, err = DefaultAboutJudgeLang("it")
	assert.True(t, errors.Is(err, stance.ErrUnsupportedLanguage), "%v", err)
	_, err = AboutCorpusLang("it")
	assert.Error(t, err)
	es, err := AboutCorpusLang("es")
	require.NoError(t, err)
	n := map[corpus.Label]int{}
	for _, e := range es {
		n[e.Label]++
	}
	statements, _ := corpus.Language("es")
	off, _ := corpus.OffTopicLanguage("es")
	assert.Equal(t, map[corpus.Label]int{AboutResultLabel: len(statements), corpus.OffTopic: len(off)}, n)
}

// TestLanguageAboutJudges: in each language, remarks about a result and
// remarks on other subjects, written for the test (none in the corpus).
func TestLanguageAboutJudges(t *testing.T) {
	tests := []struct {
		code, text string
		about      bool
	}{
		{"es", "Felicitamos al presidente electo por su victoria y esperamos trabajar juntos.", true},
		{"es", "No reconoceremos unos resultados que nadie ha podido verificar.", true},
		{"es", "La inflación bajó al 3 % en octubre gracias a la caída del precio de los alimentos.", false},
		{"fr", "Nous félicitons chaleureusement le président élu pour sa victoire.", true},
		{"fr", "Le chômage a reculé de deux points depuis l'an dernier, a indiqué le ministre.", false},
		{"ru", "Мы не признаём итоги этих выборов.", true},
		{"ru", "Урожай пшеницы в этом году оказался рекордным, сообщили в министерстве.", false},
		{"pt", "Parabenizo o presidente eleito pela vitória nas urnas.", true},
		{"pt", "O preço da gasolina subiu pela terceira semana seguida, segundo a Petrobras.", false},
		{"de", "Wir gratulieren dem Wahlsieger herzlich zu seinem Erfolg.", true},
		{"de", "Die Inflation sei im Oktober leicht gesunken, sagte die Ökonomin.", false},
	}
	for _, tt := range tests {
		j, err := DefaultAboutJudgeLang(tt.code)
		require.NoError(t, err)
		about, p := j.Judge(stance.Context{}, tt.text)
		assert.Equal(t, tt.about, about, "%s %q: P(about) = %.3f", tt.code, tt.text, p)
	}
}
