package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/evaluate"
	"github.com/stancekit/stancekit/stance/evaluate/benchmark"
)

// variant is one change to the evaluated configuration.
type variant struct {
	name string
	kind benchmark.Kind // "" keeps the base model's
	edit func(*stance.Options)
}

// variants are the ablations and alternatives of -ablation, each a single
// change from the configuration given by the other flags.
func variants() []variant {
	return []variant{
		{"multinomial NB", benchmark.Multinomial, nil},
		{"complement NB", benchmark.Complement, nil},
		{"jbrukh/bayesian baseline", benchmark.Bayesian, nil},
		{"no negation marking", "", func(o *stance.Options) { o.Tokenizer.Negation = false }},
		{"negation scopes of 3 tokens", "", negationWindow(3)},
		{"negation scopes of 5 tokens", "", negationWindow(5)},
		{"no stemming", "", func(o *stance.Options) { o.Tokenizer.Stem = false }},
		{"no name masking (election context ignored)", "", func(o *stance.Options) { o.Tokenizer.MaskNames = false }},
		{"n-grams across sentence ends", "", func(o *stance.Options) { o.Tokenizer.SentenceBounds = false }},
		{"no spelling normalisation", "", func(o *stance.Options) { o.Tokenizer.NormalizeSpelling = false }},
		{"no contraction splitting", "", func(o *stance.Options) { o.Tokenizer.Contractions = false }},
		{"stop words removed", "", func(o *stance.Options) { o.Tokenizer.StopWords = true }},
		{"unigrams only", "", func(o *stance.Options) { o.Tokenizer.NGramMin, o.Tokenizer.NGramMax = 1, 1 }},
		{"1–2-grams", "", func(o *stance.Options) { o.Tokenizer.NGramMin, o.Tokenizer.NGramMax = 1, 2 }},
		{"1–3-grams", "", func(o *stance.Options) { o.Tokenizer.NGramMin, o.Tokenizer.NGramMax = 1, 3 }},
		{"binary (presence) features", "", func(o *stance.Options) { o.Binary = true }},
		{"α = 0.1", "", func(o *stance.Options) { o.Alpha = 0.1 }},
		{"α = 0.25", "", func(o *stance.Options) { o.Alpha = 0.25 }},
		{"α = 0.5", "", func(o *stance.Options) { o.Alpha = 0.5 }},
		{"α = 1 (Laplace)", "", func(o *stance.Options) { o.Alpha = 1 }},
		{"α = 2", "", func(o *stance.Options) { o.Alpha = 2 }},
	}
}

// negationWindow returns the edit that limits negation scopes to n tokens;
// without negation marking it changes nothing, and the variant is skipped.
func negationWindow(n int) func(*stance.Options) {
	return func(o *stance.Options) {
		if o.Tokenizer.Negation {
			o.Tokenizer.NegationWindow, o.Tokenizer.Version = n, max(o.Tokenizer.Version, 2)
		}
	}
}

// ablationRow is one line of the ablation: a configuration's scores and,
// for a variant, its paired difference from the base.
type ablationRow struct {
	Name        string     `json:"configuration"`
	Accuracy    float64    `json:"accuracy"`
	MacroF1     float64    `json:"macro_f1"`
	MacroF1Diff float64    `json:"macro_f1_diff,omitempty"`
	DiffCI95    [2]float64 `json:"macro_f1_diff_ci95,omitzero"`
	McNemarP    float64    `json:"mcnemar_p,omitzero"`
}

// ablate evaluates every variant on the same folds as the base predictions
// p and writes a table (Markdown, or JSON with -json): each variant's
// accuracy and macro-F1, and its macro-F1 difference from the base with the
// paired bootstrap interval and McNemar's p-value.
func ablate(w io.Writer, c *config, p *evaluate.Predictions, predict func(string, stance.TrainFunc) (*evaluate.Predictions, error), boot evaluate.BootstrapOptions, method string) error {
	base := evaluate.Compute(p)
	t := c.opts.Tokenizer
	rows := []ablationRow{{Name: fmt.Sprintf("base: %s, α = %g, %d–%d-grams", c.kind, c.opts.Alpha, t.NGramMin, t.NGramMax),
		Accuracy: base.Accuracy, MacroF1: base.MacroF1}}
	for _, v := range variants() {
		o := c.opts
		if v.edit != nil {
			v.edit(&o)
		}
		kind := v.kind
		if kind == "" {
			kind = c.kind
		}
		if kind == c.kind && o.Tokenizer == c.opts.Tokenizer && o.Alpha == c.opts.Alpha && o.Binary == c.opts.Binary {
			continue // the base itself
		}
		tf, _, err := c.trainFuncOf(benchmark.FromOptions(kind, o))
		if err != nil {
			return fmt.Errorf("-ablation %s: %w", v.name, err)
		}
		q, err := predict(v.name, tf)
		if err != nil {
			return fmt.Errorf("-ablation %s: %w", v.name, err)
		}
		cmp, err := evaluate.Compare(q, p, boot)
		if err != nil {
			return err
		}
		m := evaluate.Compute(q)
		rows = append(rows, ablationRow{Name: v.name, Accuracy: m.Accuracy, MacroF1: m.MacroF1, MacroF1Diff: cmp.MacroF1Diff,
			DiffCI95: [2]float64{cmp.MacroF1DiffCI.Lo, cmp.MacroF1DiffCI.Hi}, McNemarP: cmp.P})
	}
	if c.json {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Method string        `json:"method"`
			Rows   []ablationRow `json:"ablation"`
		}{method, rows})
	}
	fmt.Fprintf(w, "Ablation: %s\n\n", method)
	fmt.Fprintf(w, "| configuration | accuracy | macro-F1 | Δ macro-F1 vs base [95%% CI] | McNemar p |\n|---|---:|---:|---:|---:|\n")
	fmt.Fprintf(w, "| %s | %.3f | %.3f | | |\n", rows[0].Name, rows[0].Accuracy, rows[0].MacroF1)
	for _, r := range rows[1:] {
		_, err := fmt.Fprintf(w, "| %s | %.3f | %.3f | %+.3f [%+.3f, %+.3f] | %.3g |\n", r.Name, r.Accuracy, r.MacroF1,
			r.MacroF1Diff, r.DiffCI95[0], r.DiffCI95[1], r.McNemarP)
		if err != nil {
			return err
		}
	}
	return nil
}
