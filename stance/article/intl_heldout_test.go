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

// TestExtractLangHeldOut scores the reader on articles written after the
// rules of intl.go, one per language and round, with gold speakers and
// quotes by hand: testdata/lang/heldout (round 1) and heldout2 (round 2).
// Unlike the golden articles they are scored, not fixed: the test logs how
// many gold quotes were found (exact text) and how many of those with the
// gold speaker.
//
// Round 1, measured once before any rule was changed for it: 20 of 21
// found, 8 with the gold speaker. The rules were then improved on it
// (commit "ExtractLang after the first held-out round"), so it is a
// development set now: 21 of 21, 21. Round 2 was written after that and
// measured once: 20 of 20 found, 9 with the gold speaker (de 1 of 3, es 3
// of 6, fr 1 of 4, pt 4 of 4, ru 0 of 3). The rules were then improved on
// it too (commit "ExtractLang after the second held-out round"), so it is
// a development set as well now, and the floors below are its figures
// after that: 20 of 20, 19 (the miss is "hieß es aus dem Auswärtigen
// Amt": the institution is named in the dative). Round 3 was written
// after that and measured once, and no rule was changed for it: 22 of 22
// found, 15 with the gold speaker (de 4 of 5, es 3 of 5, fr 4 of 5, pt 3
// of 4, ru 1 of 3), 6 with no speaker and 1 with a wrong one; no remark
// outside the gold. The misses: a partial quotation inside reported speech
// ("dijo … que su país «…»", "sagte …, man werde „…“ abwarten", "o
// ministério disse que aguarda “…”"), an institution as subject ("le Quai
// d’Orsay « prend acte … »"), "говорится в послании" (the message of
// the leader named before), and "X в интервью радиостанции заявил:
// «…»" with an adverbial between subject and verb, which also gave the
// one wrong speaker (the previous sentence's). Round 3 is a development
// set now too: after the patterns of intl_order.go it gives 22 of 22
// found and 20 with the gold speaker (three of the misses above are read:
// "X, muy crítico …, afirmó en un mitin:", "X в интервью радиостанции
// заявил:" and "говорится в послании"), the floor below.
func TestExtractLangHeldOut(t *testing.T) {
	rounds := []struct {
		dir                     string
		gold, found, attributed int
	}{
		{"testdata/lang/heldout", 21, 21, 21},
		{"testdata/lang/heldout2", 20, 20, 19},
		{"testdata/lang/heldout3", 22, 22, 20},
	}
	for _, r := range rounds {
		gold, found, attributed, extra := scoreHeldOut(t, r.dir)
		t.Logf("%s: %d gold quotes, %d found, %d with the gold speaker; %d remarks not in the gold", r.dir, gold, found, attributed, extra)
		assert.Equal(t, r.gold, gold, r.dir)
		assert.GreaterOrEqual(t, found, r.found, r.dir)
		assert.GreaterOrEqual(t, attributed, r.attributed, r.dir)
	}
}

// scoreHeldOut reads the articles LANG.txt of dir with their gold quotes
// LANG.gold.json and counts gold quotes, those found and those found with
// the gold speaker, and the remarks found that are not gold quotes.
func scoreHeldOut(t *testing.T, dir string) (gold, found, attributed, extra int) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	require.NoError(t, err)
	require.Len(t, files, 5)
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
			if r, ok := heldOutMatch(got, w.Text); ok {
				f++
				if r.Speaker == w.Speaker {
					a++
				} else {
					t.Logf("%s/%s: %q: speaker %q, want %q", dir, code, w.Text, r.Speaker, w.Speaker)
				}
			}
		}
		t.Logf("%s/%s: %d gold quotes, %d found, %d with the gold speaker; %d remarks in all", dir, code, len(want), f, a, len(got))
		gold, found, attributed, extra = gold+len(want), found+f, attributed+a, extra+len(got)-f
	}
	return gold, found, attributed, extra
}

// heldOutMatch returns the remark that found a gold quote: the remark
// whose text is the quote, or else a reported remark that keeps the quote
// inside its clause. A partial quotation inside reported speech ("man
// werde „das amtliche Endergebnis …“ abwarten") is part of the reported
// clause, not a remark of its own (issue #15, "Remarks as units of
// meaning"); since the twenty-fifth session the German and Russian
// reported clause keeps a quotation it goes on past (lab27gr_embedded.go),
// and the gold of round 3, written before, lists such a quotation alone.
func heldOutMatch(got []Remark, quote string) (Remark, bool) {
	for _, r := range got {
		if r.Text == quote {
			return r, true
		}
	}
	for _, r := range got {
		if r.Kind == Reported && strings.Contains(r.Text, quote) {
			return r, true
		}
	}
	return Remark{}, false
}
