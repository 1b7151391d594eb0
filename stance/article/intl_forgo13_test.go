package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
)

// TestExtractLangForgoCongratulation: forgoing congratulations
// ("verzichtete vorerst auf eine offizielle Gratulation") is an act that
// withholds, as Russian "воздержался от поздравлений" is: a refusal that
// only avoids, and with a word of delay a postponement; a refusal proper
// stays hostile. Sentences written for the test.
func TestExtractLangForgoCongratulation(t *testing.T) {
	const base = "Paul Mbeki gewann die Wahl in Norland. "
	runLangCases(t, []langCase{
		{"de X verzichtete vorerst auf eine Gratulation", "de", base + "Bundeskanzler Ivo Kask verzichtete vorerst auf eine offizielle Gratulation.",
			[]langRemark{{Action, "Ivo Kask", "verzichtete vorerst auf eine offizielle Gratulation"}}},
	})
	lx := lexicons["de"]
	ctx := stance.Context{Winner: []string{"Paul Mbeki"}, Rivals: []string{"Jon Ruud"}}
	for _, c := range []struct {
		text string
		want actionVerdict
	}{
		{"verzichtete vorerst auf eine offizielle Gratulation", verdictWithholding},
		// counter-case: a refusal that does not only avoid rejects
		{"weigerte sich, Mbeki zu gratulieren", verdictHostile},
	} {
		if got := lx.actionVerdict(ctx, c.text); got != c.want {
			t.Errorf("%q: verdict %v, want %v", c.text, got, c.want)
		}
	}
}
