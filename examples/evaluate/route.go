package main

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/evaluate"
	"github.com/stancekit/stancekit/stance/evaluate/plot"
	"github.com/stancekit/stancekit/stance/lang"
)

// routes reports whether the run scores the default models by language
// (stance.DefaultRouter, or for -task tone the tone models of
// stance.DefaultToneRouterOptions) on -test: -test without -train, -model
// or -corpus, for the stance or the tone task, with nothing that describes
// a model to train (-kind and the analysis flags) or needs one trained
// (-compare, -ablation, -abstain, -calibrate). Any of those keeps the run
// of before: a model trained on the embedded corpus.
func (c *config) routes() bool {
	if c.test == "" || len(c.train) > 0 || c.modelFile != "" || c.given("corpus") ||
		c.task != stance.TaskStance && c.task != stance.TaskTone ||
		c.compare != "" || c.ablation || c.abstain || c.calibrate {
		return false
	}
	for _, f := range modelFlags {
		if c.given(f) {
			return false
		}
	}
	return true
}

// langScore is the score of the rows of one language, or of all rows:
// unsupported rows count as errors (a miss of their true label, no false
// alarm of any other).
type langScore struct {
	Rows        int     `json:"rows"`
	Answered    int     `json:"answered"`
	Unsupported int     `json:"unsupported"`
	Accuracy    float64 `json:"accuracy"`
	MacroF1     float64 `json:"macro_f1"`
}

// routing is what the report adds about languages.
type routing struct {
	// All scores every row, the unsupported ones as errors; the report's
	// own figures are those of the answered rows.
	All       langScore            `json:"all_rows"`
	Languages map[string]langScore `json:"languages"`
	// WithLang counts the rows that have a lang field; Mismatch those whose
	// detected language differs from it, and SameResult those whose answer
	// (label, or unsupported) is the same routed either way.
	WithLang   int     `json:"rows_with_lang"`
	Mismatch   int     `json:"detected_not_given"`
	SameResult int     `json:"same_result"`
	Agreement  float64 `json:"same_result_share"`
	IgnoreLang bool    `json:"ignore_lang,omitempty"`
}

// rowResult is one test row routed.
type rowResult struct {
	ex   corpus.Example
	r    stance.Routed
	lang string // the language used: the row's lang field, else detected
}

// runRouted reads -test and scores the default models on it by language.
func (e *evaluation) runRouted(stdout io.Writer) error {
	c := e.c
	labels := c.routedLabels()
	var err error
	if e.test, err = readFiles([]string{c.test}, labels, c.task); err != nil {
		return err
	}
	withContext(e.test, c.ctx)
	return e.evaluateRouted(stdout)
}

// routedLabels are the labels of the routed report: -labels, else the
// task's, the leaders' stances or the tones.
func (c *config) routedLabels() []corpus.Label {
	switch {
	case c.labels != nil:
		return c.labels
	case c.task == stance.TaskTone:
		return corpus.ToneLabels()
	}
	return corpus.LeaderLabels()
}

// routerOptions returns the options of the router of -task's default
// models, and its name for the report.
func (c *config) routerOptions() (stance.RouterOptions, string) {
	if c.task == stance.TaskTone {
		return stance.DefaultToneRouterOptions(), "stance.DefaultToneRouterOptions"
	}
	return stance.DefaultRouterOptions(), "stance.DefaultRouter"
}

// evaluateRouted scores the default models on -test, each row routed to
// the model of its language, and writes the report.
func (e *evaluation) evaluateRouted(stdout io.Writer) error {
	c := e.c
	o, _ := c.routerOptions()
	r, err := stance.NewRouter(o)
	if err != nil {
		return err
	}
	var rows []rowResult
	rt := routing{Languages: map[string]langScore{}, IgnoreLang: c.ignoreLang}
	for _, ex := range e.test {
		res, err := routeRow(r, ex, c.ignoreLang, &rt)
		if err != nil {
			return fmt.Errorf("%s: row %s: %w", c.test, ex.ID, err)
		}
		rows = append(rows, res)
	}
	if rt.WithLang > 0 {
		rt.Agreement = float64(rt.SameResult) / float64(rt.WithLang)
	}
	labels := c.routedLabels()
	rt.All = score(rows, labels, func(rowResult) bool { return true })
	for _, row := range rows {
		if _, done := rt.Languages[row.lang]; !done {
			rt.Languages[row.lang] = score(rows, labels, func(x rowResult) bool { return x.lang == row.lang })
		}
	}
	rep, err := e.answeredReport(rows, labels, r.Languages())
	if err != nil {
		return err
	}
	return writeRouted(stdout, c, rep, rt)
}

// routeRow routes one row: by its lang field unless ignoreLang, else by
// the detected language; and, for a row with a lang field, compares the
// answer with the one detection gives.
func routeRow(r *stance.Router, ex corpus.Example, ignoreLang bool, rt *routing) (rowResult, error) {
	ctx := stance.ContextOf(ex)
	detected := r.Language(ex.Text)
	given, err := lang.ParseField(ex.Meta["lang"])
	if err != nil {
		return rowResult{}, fmt.Errorf("lang field: %w", err)
	}
	use := detected
	if given != "" && !ignoreLang {
		use = given
	}
	predict := func(code string) (stance.Routed, error) {
		if _, err := lang.Parse(code); err != nil && code != lang.Unsupported {
			return stance.Routed{Lang: code, Unsupported: true}, nil // a language lang does not know
		}
		return r.PredictLang(code, ctx, ex.Text)
	}
	res, err := predict(use)
	if err != nil {
		return rowResult{}, err
	}
	if given != "" {
		rt.WithLang++
		if detected != given {
			rt.Mismatch++
		}
		other, alt := res, detected // the answer routed the other way
		if ignoreLang {
			alt = given
		}
		if alt != use {
			if other, err = predict(alt); err != nil {
				return rowResult{}, err
			}
		}
		if other.Unsupported == res.Unsupported && other.Label == res.Label {
			rt.SameResult++
		}
	}
	return rowResult{ex: ex, r: res, lang: use}, nil
}

// score scores the rows that keep selects, unsupported rows as misses of
// their true label; macro-F1 averages the F1 of the labels that occur in
// those rows' truth or answers.
func score(rows []rowResult, labels []corpus.Label, keep func(rowResult) bool) langScore {
	var s langScore
	tp, fp, fn := map[corpus.Label]int{}, map[corpus.Label]int{}, map[corpus.Label]int{}
	correct := 0
	for _, row := range rows {
		if !keep(row) {
			continue
		}
		s.Rows++
		truth := row.ex.Label
		if row.r.Unsupported {
			s.Unsupported++
			fn[truth]++
			continue
		}
		s.Answered++
		if row.r.Label == truth {
			correct++
			tp[truth]++
		} else {
			fn[truth]++
			fp[row.r.Label]++
		}
	}
	n := 0
	for _, l := range labels {
		if tp[l]+fp[l]+fn[l] == 0 {
			continue
		}
		n++
		s.MacroF1 += 2 * float64(tp[l]) / float64(2*tp[l]+fp[l]+fn[l])
	}
	if n > 0 {
		s.MacroF1 /= float64(n)
	}
	if s.Rows > 0 {
		s.Accuracy = float64(correct) / float64(s.Rows)
	}
	return s
}

// answeredReport is the usual report of the rows a model answered.
func (e *evaluation) answeredReport(rows []rowResult, labels []corpus.Label, langs []string) (*evaluate.Report, error) {
	var truth []corpus.Label
	var preds []stance.Prediction
	var answered []corpus.Example
	for _, row := range rows {
		if !row.r.Unsupported {
			truth, preds, answered = append(truth, row.ex.Label), append(preds, row.r.Prediction), append(answered, row.ex)
		}
	}
	if len(answered) == 0 {
		return nil, fmt.Errorf("%s: no row is in a language with a default model (%s)", e.c.test, strings.Join(langs, ", "))
	}
	p, err := evaluate.NewPredictions(labels, truth, preds)
	if err != nil {
		return nil, err
	}
	p.IDs, p.Fold = make([]string, len(answered)), make([]int, len(answered))
	for i, ex := range answered {
		p.IDs[i], p.Fold[i] = ex.ID, -1
		if tags := ex.Tags(); tags != nil {
			if p.Tags == nil {
				p.Tags = make([][]string, len(answered))
			}
			p.Tags[i] = tags
		}
	}
	how := "detected"
	if !e.c.ignoreLang {
		how = "the row's lang field, else detected"
	}
	_, router := e.c.routerOptions()
	model := "default models by language"
	if e.c.task == stance.TaskTone {
		model = "default tone models by language"
	}
	return evaluate.NewReport(p, evaluate.ReportOptions{Model: model,
		ModelOptions: fmt.Sprintf("%s: languages %s; each row's language %s", router, strings.Join(langs, ", "), how),
		Method:       fmt.Sprintf("tested on %s, the %d of %d rows in a language with a model", e.c.test, len(answered), len(rows)),
		Bootstrap:    e.boot()})
}

// writeRouted prints the report with the languages: in JSON the report's
// fields and "routing"; in text the report, then a table per language and
// the agreement of the lang fields with detection.
func writeRouted(stdout io.Writer, c *config, rep *evaluate.Report, rt routing) error {
	if c.plotDir != "" {
		if _, err := plot.WriteFiles(c.plotDir, rep); err != nil {
			return fmt.Errorf("-plot: %w", err)
		}
	}
	if c.json {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			*evaluate.Report
			Routing routing `json:"routing"`
		}{rep, rt})
	}
	if err := rep.WriteText(stdout); err != nil {
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\nPer language (unsupported rows count as errors):\n\n%-10s %6s %9s %12s %9s %9s\n", "language", "rows", "answered", "unsupported", "accuracy", "macro-F1")
	codes := slices.Sorted(maps.Keys(rt.Languages))
	for _, code := range codes {
		s := rt.Languages[code]
		fmt.Fprintf(&b, "%-10s %6d %9d %12d %9.3f %9.3f\n", code, s.Rows, s.Answered, s.Unsupported, s.Accuracy, s.MacroF1)
	}
	s := rt.All
	fmt.Fprintf(&b, "%-10s %6d %9d %12d %9.3f %9.3f\n", "all", s.Rows, s.Answered, s.Unsupported, s.Accuracy, s.MacroF1)
	if rt.WithLang > 0 {
		used := "their lang field"
		if rt.IgnoreLang {
			used = "detection (-ignore-lang)"
		}
		fmt.Fprintf(&b, "\nRouted by %s. Rows with a lang field: %d; detected language differs: %d; same answer routed by the field or by detection: %d (%.2f%%)\n",
			used, rt.WithLang, rt.Mismatch, rt.SameResult, 100*rt.Agreement)
	}
	_, err := io.WriteString(stdout, b.String())
	return err
}
