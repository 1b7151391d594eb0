package article

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stancekit/stancekit/stance"
)

// FuzzExtract checks that Extract never panics and that every remark's
// offsets are in range, ordered, non-overlapping and consistent with its
// text, whatever the input (invalid UTF-8 included).
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{
		"", " ", "\n\n", `"`, `'`, "‘", "’", "“”", `""`, "''", "'a'", `"a`,
		"“‘’”", "‘“’”", "He said:", "X: “", "said said said", ", said he.",
		"According to", "according to the", "\xff\xfe", "“\xff”", "A. B. C.",
		"Putin, ,, said", "“Why?” Putin asked", "The president said the minister said.",
		"&quot;a&quot; said B.", "<p>“x,” said Y.</p><p>", "&lt;p&gt;&amp;", "<b>&ldquo;</b>&#8221;", "<script>", "x\n• “y,” said Z.\n* ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkOffsets(t, text, Extract(text))
	})
}

// FuzzAnalyze checks that the whole reader — extraction, the verb and
// claim rules, condemnations, process reports, commentators and the
// speaker summary — never panics on any input in any of its languages, in
// an election context, and that every speaker with a stance has it as
// the most probable label of its probabilities.
func FuzzAnalyze(f *testing.F) {
	// Short seeds only: whole articles in six languages make each
	// execution too slow for the fuzzer to explore.
	for _, s := range []string{
		"", "Sousa won.", "“The vote was rigged,” said Ivo Kask, an economist at Norbank.",
		"President Ivo Kask congratulated Lima, as did Lena Dal.", "«No reconoceremos», dijo el canciller X.", "Sousa, who won", "rigged rigged", "the vote was rigged, that is a lie",
		"«Fraude», dijo X, 34 años, taxista.", "l'", "L'économiste X, 3 ans,", "Die Wahlbeteiligung, sagte X.",
	} {
		f.Add(s)
	}
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	readers := map[string]Reader{}
	for _, code := range []string{"en", "es", "fr", "pt", "de", "ru"} {
		m, err := stance.DefaultLanguage(code)
		if err != nil {
			f.Fatal(err)
		}
		readers[code] = Reader{Classifier: m, Context: ctx, Lang: code}
	}
	f.Fuzz(func(t *testing.T, text string) {
		for code, r := range readers {
			for _, s := range r.Analyze(text).Speakers {
				if s.Stance != "" && argmax(s.Probabilities, sortedLabels(s.Probabilities)) != s.Stance {
					t.Errorf("%s: speaker %q has stance %s but probabilities %v", code, s.Speaker, s.Stance, s.Probabilities)
				}
			}
		}
	})
}
