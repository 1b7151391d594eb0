package article

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExtractLangHeldOut measures the reader on articles written after
// the rules of intl.go were (testdata/lang/heldout: one per language, gold
// speakers and quotes by hand). Unlike the golden articles, these were not
// used to write the rules, so they are scored rather than fixed: the test
// logs how many gold quotes were found (exact text) and how many of those
// with the gold speaker, and holds the totals to what was measured.
func TestExtractLangHeldOut(t *testing.T) {
	files, err := filepath.Glob("testdata/lang/heldout/*.txt")
	require.NoError(t, err)
	require.Len(t, files, 5)
	gold, found, attributed, extra := 0, 0, 0, 0
	for _, name := range files {
		code := strings.TrimSuffix(filepath.Base(name), ".txt")
		b, err := os.ReadFile(name)
		require.NoError(t, err)
		g, err := os.ReadFile(strings.TrimSuffix(name, ".txt") + ".gold.json")
		require.NoError(t, err)
		var want []struct{ Speaker, Text string }
		require.NoError(t, json.Unmarshal(g, &want))
		got := ExtractLang(string(b), code)
		checkOffsets(t, string(b), got)
		f, a := 0, 0
		for _, w := range want {
			for _, r := range got {
				if r.Text == w.Text {
					f++
					if r.Speaker == w.Speaker {
						a++
					} else {
						t.Logf("%s: %q: speaker %q, want %q", code, w.Text, r.Speaker, w.Speaker)
					}
					break
				}
			}
		}
		t.Logf("%s: %d gold quotes, %d found, %d with the gold speaker; %d remarks in all", code, len(want), f, a, len(got))
		gold, found, attributed, extra = gold+len(want), found+f, attributed+a, extra+len(got)-f
	}
	t.Logf("all: %d gold quotes, %d found, %d with the gold speaker; %d remarks not in the gold", gold, found, attributed, extra)
	assert.Equal(t, 21, gold)
}
