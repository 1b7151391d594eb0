package article

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/lang"
)

// TestReaderLang: the Reader reads an article in the language it is given
// or detects, and with no classifier leaves the remarks unlabelled.
func TestReaderLang(t *testing.T) {
	b, err := os.ReadFile("testdata/lang/es_1.txt")
	require.NoError(t, err)
	es := string(b)
	en, err := os.ReadFile("testdata/wire.txt")
	require.NoError(t, err)
	cases := []struct {
		name, lang, text, want string
		remarks                []Remark
	}{
		{"detected", "", es, "es", ExtractLang(es, "es")},
		{"code", "es", es, "es", ExtractLang(es, "es")},
		{"name", "Spanish", es, "es", ExtractLang(es, "es")},
		{"forced English", "en", es, "en", Extract(es)},
		{"unknown name", "klingon", es, "klingon", Extract(es)},
		{"English detected", "", string(en), "en", Extract(string(en))},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Reader{Lang: c.lang}.Analyze(c.text)
			assert.Equal(t, c.want, res.Lang)
			require.Len(t, res.Remarks, len(c.remarks))
			for i, a := range res.Remarks {
				assert.Equal(t, c.remarks[i], a.Remark)
				assert.Equal(t, stance.Prediction{}, a.Prediction, "no classifier, no label")
				if c.want == "es" {
					assert.True(t, a.AboutResult, "the English judge is not used on Spanish")
				}
			}
		})
	}
}

// TestLanguages: every language listed has conventions (English its full
// rules) and is one stance/lang detects.
func TestLanguages(t *testing.T) {
	assert.Equal(t, []string{"de", "en", "es", "fr", "pt", "ru"}, Languages())
	for _, code := range Languages() {
		assert.True(t, lang.IsSupported(code), code)
		if code != "en" {
			require.NotNil(t, lexicons[code], code)
			assert.Equal(t, code, lexicons[code].code)
		}
	}
}
