//go:build langgrid

package stancetest_test

import (
	"fmt"
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/evaluate"
)

// TestLanguageOptionGrid prints, for each language's corpus, the
// leave-elections-out 10-fold macro-F1 (seed 1) of stance.LanguageOptions
// and of single changes of it, with the paired bootstrap interval of each
// change's difference: the evidence the per-language defaults were chosen
// by. It trains 5 × 9 × 10 models; run it with
//
//	go test -tags langgrid -run TestLanguageOptionGrid -v -timeout 30m ./stance/stancetest
func TestLanguageOptionGrid(t *testing.T) {
	changes := []struct {
		name string
		set  func(*stance.Options)
	}{
		{"default", func(*stance.Options) {}},
		{"no stemming", func(o *stance.Options) { o.Tokenizer.Stem = false }},
		{"elision flipped", func(o *stance.Options) { o.Tokenizer.Elision = !o.Tokenizer.Elision }},
		{"no name masking", func(o *stance.Options) { o.Tokenizer.MaskNames = false }},
		{"negation flipped", func(o *stance.Options) { o.Tokenizer.Negation = !o.Tokenizer.Negation }},
		{"no sentence bounds", func(o *stance.Options) { o.Tokenizer.SentenceBounds = false }},
		{"1-2-grams", func(o *stance.Options) { o.Tokenizer.NGramMax = 2 }},
		{"multinomial", func(o *stance.Options) { o.Kind = stance.Multinomial }},
		{"binary", func(o *stance.Options) { o.Binary = true }},
	}
	for _, code := range []string{"es", "fr", "ru", "pt", "de"} {
		exs, _ := languageData(t, code)
		cv := evaluate.CVOptions{Folds: 10, Seed: 1, Group: corpus.Example.Election}
		var base *evaluate.Predictions
		for _, c := range changes {
			_, o := languageData(t, code)
			c.set(&o)
			p, err := evaluate.CrossValidate(exs, stance.NaiveBayes(o), cv)
			if err != nil {
				t.Fatal(err)
			}
			line := fmt.Sprintf("%s %-20s macro-F1 %.3f", code, c.name, evaluate.Compute(p).MacroF1)
			if base == nil {
				base = p
			} else if cmp, err := evaluate.Compare(p, base, evaluate.BootstrapOptions{}); err == nil {
				line += fmt.Sprintf("  diff %+.3f %v", cmp.MacroF1Diff, cmp.MacroF1DiffCI)
			}
			t.Log(line)
		}
	}
}
