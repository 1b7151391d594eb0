package article

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/require"
)

// Metamorphic checks: a change to an article that a reader would not
// notice (a connective opening a paragraph) must not change who said
// what. Each development set is read as written and with every
// paragraph after the lead opened by a connective; the speakers right
// with their gold label may drop by at most maxOpenerLoss of them. At
// the thirteenth session's start (c346326) "And …" cost 82 of 1,412
// (0.058; the English reader lost a subject after two openers, fixed by
// openersEnd in frontedpp12.go) and "Meanwhile, …" 20; at its writing 32
// of 1,441 and 23, mostly in paragraphs the transform makes odd. German is left out: a connective
// other than "und" moves its verb ("Am Donnerstag sagte X").

// openerPrefixes open paragraphs in each language.
var openerPrefixes = map[string][]string{
	"en": {"And ", "Meanwhile, "},
	"es": {"Y ", "Por otra parte, "},
	"pt": {"E ", "Por outro lado, "},
	"fr": {"Et ", "Par ailleurs, "},
	"ru": {"А ", "Кроме того, "},
}

// openerLowered are the words a connective lowers at a paragraph's start
// (determiners and pronouns); other words, names among them, keep their
// capital.
var openerLowered = wordSet(`the a an his her its their he she el la los las un una su sus o os as um uma seu sua
	le les l' un une son sa ses il elle он она они его её их в на по`)

const maxOpenerLoss = 0.03

// withOpener opens every paragraph of text after the first two (the
// headline and the lead with its dateline) that starts with a capital and
// is no "Name:" label with prefix.
func withOpener(text, prefix string) string {
	ps := strings.Split(text, "\n\n")
	for i := 2; i < len(ps); i++ {
		p := ps[i]
		f := strings.Fields(p)
		r := []rune(p)
		if len(f) < 3 || !unicode.IsUpper(r[0]) || strings.Contains(strings.Join(f[:3], " "), ":") {
			continue
		}
		if w := strings.ToLower(f[0]); openerLowered[w] {
			p = w + p[len(f[0]):]
		}
		ps[i] = prefix + p
	}
	return strings.Join(ps, "\n\n")
}

func TestOpenersKeepSpeakers(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the sixteen development sets three times")
	}
	read := inLanguage(t)
	var sets [][]GoldArticle
	for _, name := range priorSets {
		arts, err := ReadGoldFile("../../corpus/articles/" + name + ".jsonl")
		require.NoError(t, err)
		sets = append(sets, arts)
	}
	for k := range 2 {
		base, changed := 0, 0
		for _, arts := range sets {
			var as, bs []GoldArticle
			for _, a := range arts {
				if p := openerPrefixes[a.Lang]; p != nil || a.Lang == "" {
					if a.Lang == "" {
						p = openerPrefixes["en"]
					}
					b := a
					b.Text = withOpener(a.Text, p[k])
					as, bs = append(as, a), append(bs, b)
				}
			}
			base += Evaluate(as, func(a GoldArticle) Result { return read(a, DefaultRule) }).Correct
			changed += Evaluate(bs, func(a GoldArticle) Result { return read(a, DefaultRule) }).Correct
		}
		t.Logf("opener %d: %d -> %d speakers right", k, base, changed)
		require.Positive(t, base)
		if loss := float64(base-changed) / float64(base); loss > maxOpenerLoss {
			t.Errorf("opener %d: %d -> %d speakers right, a loss of %.3f > %.2f", k, base, changed, loss, maxOpenerLoss)
		}
	}
}
