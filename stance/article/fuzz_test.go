package article

import (
	"os"
	"path/filepath"
	"testing"
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
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkOffsets(t, text, Extract(text))
	})
}
