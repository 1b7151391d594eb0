package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/evaluate"
)

func main() {
	exs := corpus.English()
	type v struct {
		name string
		f    func(*stance.Options)
	}
	vs := []v{
		{"base", func(o *stance.Options) {}},
		{"sent", func(o *stance.Options) { o.Tokenizer.SentenceBounds = true }},
		{"mask", func(o *stance.Options) { o.Tokenizer.MaskNames = true }},
		{"both", func(o *stance.Options) { o.Tokenizer.SentenceBounds, o.Tokenizer.MaskNames = true, true }},
	}
	if len(os.Args) > 1 && os.Args[1] == "kinds" {
		both := func(o *stance.Options) { o.Tokenizer.SentenceBounds, o.Tokenizer.MaskNames = true, true }
		vs = []v{
			{"binary", func(o *stance.Options) { both(o); o.Binary = true }},
			{"mnb", func(o *stance.Options) { both(o); o.Kind = stance.Multinomial }},
			{"ng1-4", func(o *stance.Options) { both(o); o.Tokenizer.NGramMax = 4 }},
			{"stop", func(o *stance.Options) { both(o); o.Tokenizer.StopWords = true }},
		}
	}
	if len(os.Args) > 1 && os.Args[1] == "alpha" {
		vs = nil
		for _, a := range []float64{0.1, 0.2, 0.3, 0.5, 1} {
			for _, ng := range []int{2, 3} {
				vs = append(vs, v{fmt.Sprintf("both a=%.1f ng=%d", a, ng), func(o *stance.Options) {
					o.Tokenizer.SentenceBounds, o.Tokenizer.MaskNames = true, true
					o.Alpha, o.Tokenizer.NGramMax = a, ng
				}})
			}
		}
	}
	for _, x := range vs {
		o := stance.LeaderOptions()
		x.f(&o)
		p, err := evaluate.CrossValidate(exs, stance.NaiveBayes(o), evaluate.CVOptions{Folds: 10, Seed: 1, Group: corpus.Example.Election})
		if err != nil {
			panic(err)
		}
		m := evaluate.Compute(p)
		ece, _ := evaluate.Calibration(p, 10)
		// per tag / per file accuracy
		right := map[string][2]int{}
		for i, e := range exs {
			_ = 0
			ok := 0
			if p.Correct(i) {
				ok = 1
			}
			keys := []string{"file:" + e.ID[:1]}
			for _, t := range e.Tags() {
				keys = append(keys, t)
			}
			for _, k := range keys {
				r := right[k]
				r[0] += ok
				r[1]++
				right[k] = r
			}
		}
		var parts []string
		for _, k := range []string{"file:L", "file:H", "who-is-who", "overturn-attack", "diplomatic-hostility", "diplomatic-withholding", "third-person", "reported-speech", "multi-sentence", "minimal-pair"} {
			r := right[k]
			if r[1] > 0 {
				parts = append(parts, fmt.Sprintf("%s %.3f(%d)", k, float64(r[0])/float64(r[1]), r[1]))
			}
		}
		fmt.Printf("%-22s macroF1 %.4f acc %.4f ece %.3f ll %.3f | %s\n", x.name, m.MacroF1, m.Accuracy, ece, evaluate.LogLoss(p), strings.Join(parts, " "))
	}
}
