package benchmark

import (
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"gonum.org/v1/gonum/mat"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance/evaluate"
)

// Config is one benchmark run.
type Config struct {
	// Data is cross-validated, or, with Test, trained on.
	Data *Data
	// Test, when set, is scored once by the model made from Data.
	Test *Data
	// Task is what is measured; see Data.Task.
	Task Task
	// Method makes the models.
	Method Method
	// Folds is k of the cross-validation when Data has no fold file (0:
	// 10): folds stratified by label within each group, seeded by Seed.
	// With a fold file it must be 0 or the file's number of folds.
	Folds int
	// Seed seeds the folds and NBSVM's solver.
	Seed uint64
	// Workers is the number of models trained at once; 0 means GOMAXPROCS.
	// The result does not depend on it.
	Workers int
	// ChooseOnly runs Method's search on Data and reports its choice and
	// evidence (the search's nested estimate) without scoring anything.
	ChooseOnly bool
	// ByGroup makes each group of the task one fold, in sorted group
	// order: train on the other groups, test on this one (UCI's
	// cross-domain protocol). It needs groups and ignores Folds.
	ByGroup bool
}

// Run runs the benchmark: a cross-validation of Data, or Data against Test.
func Run(c Config) (*Report, error) {
	start := time.Now()
	if c.Data == nil {
		return nil, errors.New("benchmark: no data")
	}
	if err := c.Task.validate(c.Data.Examples, c.Data.Path); err != nil {
		return nil, err
	}
	if c.Method.Search == nil {
		if err := c.Method.Spec.Validate(); err != nil {
			return nil, fmt.Errorf("benchmark: %w", err)
		}
	}
	for l := range c.Method.Offsets {
		if c.Task.labelIndex(l) < 0 {
			return nil, fmt.Errorf("benchmark: offset for %q, which is not one of the labels %v", l, c.Task.Labels)
		}
	}
	if c.Workers <= 0 {
		c.Workers = runtime.GOMAXPROCS(0)
	}
	var r *Report
	var err error
	switch {
	case c.ChooseOnly:
		r, err = c.choose()
	case c.Test != nil:
		r, err = c.trainTest()
	default:
		r, err = c.crossValidate()
	}
	if err != nil {
		return nil, err
	}
	r.Seed, r.Measure, r.Labels = c.Seed, c.Task.Measure.Name, c.Task.Labels
	r.Model = c.Method.Spec.String()
	if s := c.Method.Search; s != nil {
		k, repeats := s.folds()
		r.Model = fmt.Sprintf("chosen from %d candidates by %d-fold cross-validation on the training data, %d repeat(s)", len(s.Grid), k, repeats)
	}
	r.Seconds = time.Since(start).Seconds()
	return r, nil
}

// choose runs the search on Data and reports its choice.
func (c Config) choose() (*Report, error) {
	if c.Method.Search == nil || c.Test != nil {
		return nil, errors.New("benchmark: choosing only needs a search and no test data")
	}
	f, err := fit(&c.Task, c.Method, c.Data.Examples, c.Seed, c.Workers, true)
	if err != nil {
		return nil, err
	}
	return &Report{Train: c.Data.Path, Protocol: "search only", N: len(c.Data.Examples), Chosen: []Choice{f.choice}, Search: f.evidence}, nil
}

// trainTest makes the model from Data and scores Test once.
func (c Config) trainTest() (*Report, error) {
	if err := c.Task.validate(c.Test.Examples, c.Test.Path); err != nil {
		return nil, err
	}
	f, err := fit(&c.Task, c.Method, c.Data.Examples, c.Seed, c.Workers, false)
	if err != nil {
		return nil, err
	}
	p, err := c.predictions(c.Test.Examples, -1, f)
	if err != nil {
		return nil, err
	}
	r := &Report{Train: c.Data.Path, Test: c.Test.Path, Protocol: "train/test split",
		Chosen: []Choice{f.choice}, Search: f.evidence}
	return r, c.fill(r, p, c.Test.Examples)
}

// crossValidate makes a model on each fold's training part and scores its
// test part.
func (c Config) crossValidate() (*Report, error) {
	folds, r, err := c.folds()
	if err != nil {
		return nil, err
	}
	exs := c.Data.Examples
	parts := make([]*evaluate.Predictions, len(folds))
	chosen := make([]Choice, len(folds))
	workers := c.Workers
	if c.Method.Search != nil {
		workers = 1 // each search uses every worker itself
	}
	err = forEach(len(folds), workers, func(k int) error {
		f, err := fit(&c.Task, c.Method, pick(exs, folds[k].Train), c.Seed, c.Workers, false)
		if err != nil {
			return fmt.Errorf("fold %d of %d: %w", k+1, len(folds), err)
		}
		chosen[k] = f.choice
		parts[k], err = c.predictions(pick(exs, folds[k].Test), k, f)
		return err
	})
	if err != nil {
		return nil, err
	}
	p := pool(parts, folds, len(exs))
	r.Chosen = chosen
	if c.Method.Search == nil {
		r.Chosen = chosen[:1] // the same spec in every fold
	}
	return r, c.fill(r, p, exs)
}

// folds returns the folds of the cross-validation and the report that
// describes them.
func (c Config) folds() ([]corpus.Fold, *Report, error) {
	d := c.Data
	r := &Report{Data: d.Path}
	if c.ByGroup {
		return c.groupFolds(r)
	}
	if d.Folds != nil {
		if c.Folds != 0 && c.Folds != len(d.Folds) {
			return nil, nil, fmt.Errorf("%s has %d folds, not %d", d.FoldFile, len(d.Folds), c.Folds)
		}
		r.FoldFile, r.Folds = d.FoldFile, len(d.Folds)
		r.Protocol = fmt.Sprintf("%d-fold cross-validation, folds from %s", r.Folds, d.FoldFile)
		return d.Folds, r, nil
	}
	k := c.Folds
	if k == 0 {
		k = 10
	}
	folds, err := stratifiedFolds(d.Examples, c.Task.groupOf, k, c.Seed)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", d.Path, err)
	}
	r.Folds = k
	r.Protocol = fmt.Sprintf("%d-fold stratified cross-validation, seed %d", k, c.Seed)
	return folds, r, nil
}

// groupFolds returns one fold per group of the task, in sorted order.
func (c Config) groupFolds(r *Report) ([]corpus.Fold, *Report, error) {
	if c.Task.Group == nil {
		return nil, nil, fmt.Errorf("%s: folds by group need groups", c.Data.Path)
	}
	var names []string
	for _, e := range c.Data.Examples {
		if g := c.Task.Group(e); !slices.Contains(names, g) {
			names = append(names, g)
		}
	}
	slices.Sort(names)
	ids := make([]int, len(c.Data.Examples))
	for i, e := range c.Data.Examples {
		ids[i] = slices.Index(names, c.Task.Group(e))
	}
	folds, err := corpus.FoldsFromIDs(ids)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", c.Data.Path, err)
	}
	r.Folds = len(folds)
	r.Protocol = fmt.Sprintf("one fold per group (%s): trained on the others, tested on it", strings.Join(names, ", "))
	return folds, r, nil
}

// stratifiedFolds makes k folds stratified by label within each group
// (corpus.StratifiedKFold on each group's examples).
func stratifiedFolds(exs []corpus.Example, groupOf func(corpus.Example) string, k int, seed uint64) ([]corpus.Fold, error) {
	byGroup := map[string][]int{}
	var names []string
	for i, e := range exs {
		g := groupOf(e)
		if _, ok := byGroup[g]; !ok {
			names = append(names, g)
		}
		byGroup[g] = append(byGroup[g], i)
	}
	slices.Sort(names)
	foldOf := make([]int, len(exs))
	for _, g := range names {
		idx := byGroup[g]
		gf, err := corpus.StratifiedKFold(pick(exs, idx), k, seed)
		if err != nil {
			return nil, groupError(g, err)
		}
		for f, fo := range gf {
			for _, j := range fo.Test {
				foldOf[idx[j]] = f
			}
		}
	}
	return corpus.FoldsFromIDs(foldOf)
}

// predictions scores exs with f; fold is the fold they test (-1: none).
func (c Config) predictions(exs []corpus.Example, fold int, f *fitted) (*evaluate.Predictions, error) {
	if len(exs) == 0 {
		return nil, errors.New("benchmark: nothing to score")
	}
	L := len(c.Task.Labels)
	p := &evaluate.Predictions{Labels: c.Task.Labels, IDs: make([]string, len(exs)), True: make([]int, len(exs)),
		Pred: make([]int, len(exs)), Prob: mat.NewDense(len(exs), L, nil), Fold: make([]int, len(exs))}
	for i, e := range exs {
		pred, probs, err := f.predict(e)
		if err != nil {
			return nil, err
		}
		p.IDs[i], p.True[i], p.Pred[i], p.Fold[i] = e.ID, c.Task.labelIndex(e.Label), pred, fold
		p.Prob.SetRow(i, probs)
	}
	return p, nil
}

// pool puts the folds' predictions back in the order of the data.
func pool(parts []*evaluate.Predictions, folds []corpus.Fold, n int) *evaluate.Predictions {
	L := len(parts[0].Labels)
	p := &evaluate.Predictions{Labels: parts[0].Labels, IDs: make([]string, n), True: make([]int, n),
		Pred: make([]int, n), Prob: mat.NewDense(n, L, nil), Fold: make([]int, n)}
	for k, part := range parts {
		for j, i := range folds[k].Test {
			p.IDs[i], p.True[i], p.Pred[i], p.Fold[i] = part.IDs[j], part.True[j], part.Pred[j], part.Fold[j]
			p.Prob.SetRow(i, part.Prob.RawRowView(j))
		}
	}
	return p
}

// measures returns accuracy, macro-F1 and the task's measure, each once.
func (c Config) measures() []evaluate.Measure {
	ms := []evaluate.Measure{evaluate.AccuracyMeasure(), evaluate.MacroF1Measure()}
	if m := c.Task.Measure; !slices.ContainsFunc(ms, func(x evaluate.Measure) bool { return x.Name == m.Name }) {
		ms = append(ms, m)
	}
	return ms
}

// fill puts the scores of p into r: per fold after a cross-validation.
func (c Config) fill(r *Report, p *evaluate.Predictions, exs []corpus.Example) error {
	conf := evaluate.Confusion(p)
	r.N = p.Len()
	r.Confusion = &evaluate.ConfusionTable{Labels: p.Labels, Matrix: make([][]int, len(p.Labels))}
	for i := range r.Confusion.Matrix {
		for j := range p.Labels {
			r.Confusion.Matrix[i] = append(r.Confusion.Matrix[i], int(conf.At(i, j)))
		}
	}
	for _, m := range c.measures() {
		s := Score{Name: m.Name, Value: m.Of(p.Labels, conf)}
		if r.Folds > 0 {
			fs, err := evaluate.PerFold(p, m)
			if err != nil {
				return err
			}
			s.Value, s.Std, s.Folds = fs.Mean, &fs.Std, fs.Folds
		}
		r.Scores = append(r.Scores, s)
	}
	if c.Task.Group != nil {
		r.Groups = c.groupScores(p, exs)
	}
	return nil
}

// groupScores returns every measure on each group's items.
func (c Config) groupScores(p *evaluate.Predictions, exs []corpus.Example) map[string]map[string]float64 {
	L := len(p.Labels)
	confs := map[string]*mat.Dense{}
	for i, e := range exs {
		g := c.Task.groupOf(e)
		if confs[g] == nil {
			confs[g] = mat.NewDense(L, L, nil)
		}
		confs[g].Set(p.True[i], p.Pred[i], confs[g].At(p.True[i], p.Pred[i])+1)
	}
	out := make(map[string]map[string]float64, len(confs))
	for g, conf := range confs {
		out[g] = map[string]float64{}
		for _, m := range c.measures() {
			out[g][m.Name] = m.Of(p.Labels, conf)
		}
	}
	return out
}

func pick(exs []corpus.Example, idx []int) []corpus.Example {
	out := make([]corpus.Example, len(idx))
	for j, i := range idx {
		out[j] = exs[i]
	}
	return out
}

// forEach calls fn(0), …, fn(n−1) on up to workers goroutines and returns
// the error of the lowest-numbered failing call.
func forEach(n, workers int, fn func(int) error) error {
	errs := make([]error, n)
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(max(workers, 1), n) {
		wg.Go(func() {
			for i := range next {
				errs[i] = safely(i, fn)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// safely calls fn(i) and turns a panic into an error.
func safely(i int, fn func(int) error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	return fn(i)
}
