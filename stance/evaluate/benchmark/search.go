package benchmark

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"sync"

	"github.com/stancekit/stancekit/corpus"
)

// Search chooses a spec by cross-validation on the training data only:
// k-fold cross-validation, stratified by label within each group and
// repeated with seeds seed, seed+1, …, scores every candidate of Grid by the
// task's measure on the out-of-fold predictions of all groups pooled,
// averaged over repeats.
type Search struct {
	// Grid lists the candidates.
	Grid []Spec
	// Folds and Repeats give the cross-validation; 0 means 5 and 2.
	Folds, Repeats int
	// PerGroup lets each group take the candidate best on its own items;
	// otherwise one candidate, best on all items pooled, serves every
	// group (a model each when the task trains one per group).
	PerGroup bool
	// TuneOffsets also chooses decision offsets from the task's
	// OffsetGrid, on the same out-of-fold predictions.
	TuneOffsets bool
}

// folds returns the folds and repeats of the search's cross-validation,
// defaults applied.
func (s *Search) folds() (k, repeats int) {
	k, repeats = s.Folds, s.Repeats
	if k == 0 {
		k = 5
	}
	if repeats == 0 {
		repeats = 2
	}
	return k, repeats
}

// candidate is one spec of a search with its cross-validation evidence.
type candidate struct {
	spec Spec
	// score is the CV measure over the out-of-fold predictions of every
	// group, pooled, averaged over repeats; perGroup the same on each
	// group's items.
	score    float64
	perGroup []float64
	// oof[r] are the out-of-fold log-probabilities of every item (numbered
	// as in cvData) in repeat r.
	oof []logScores
}

// cvData numbers the training items of all groups, group after group, and
// holds the folds of every repeat.
type cvData struct {
	task    *Task
	groups  []group
	k       int
	gold    []int   // label index of item n
	groupOf []int   // group index of item n
	first   []int   // first[g] is the number of group g's first item
	fold    [][]int // fold[r][n] is item n's test fold in repeat r
}

// newCVData makes repeats × k folds, stratified by label within each
// group, with seeds seed, seed+1, …
func newCVData(task *Task, groups []group, k, repeats int, seed uint64) (*cvData, error) {
	d := &cvData{task: task, groups: groups, k: k, fold: make([][]int, repeats)}
	for gi, g := range groups {
		d.first = append(d.first, len(d.gold))
		for _, e := range g.examples {
			li := task.labelIndex(e.Label)
			if li < 0 {
				return nil, fmt.Errorf("example %s: label %q is not one of the task's %v", e.ID, e.Label, task.Labels)
			}
			d.gold = append(d.gold, li)
			d.groupOf = append(d.groupOf, gi)
		}
	}
	for r := range repeats {
		d.fold[r] = make([]int, len(d.gold))
		for gi, g := range groups {
			folds, err := corpus.StratifiedKFold(g.examples, k, seed+uint64(r))
			if err != nil {
				return nil, groupError(g.name, err)
			}
			for f, fo := range folds {
				for _, i := range fo.Test {
					d.fold[r][d.first[gi]+i] = f
				}
			}
		}
	}
	return d, nil
}

func groupError(name string, err error) error {
	if name == "" {
		return err
	}
	return fmt.Errorf("group %s: %w", name, err)
}

// crossValidate runs the repeated k-fold cross-validation of every spec.
// The folds are shared by all specs. Jobs run on workers goroutines; the
// result does not depend on their number. An ensemble's out-of-fold
// predictions are combined from its members', each member trained once per
// fold however many ensembles (or plain candidates) share it: the same
// predictions as training the ensemble in every fold, since training is
// deterministic.
func (d *cvData) crossValidate(specs []Spec, seed uint64, workers int) ([]candidate, error) {
	var base []Spec
	index := map[string]int{}
	add := func(s Spec) int {
		s.Weight = 0
		k := s.String()
		if i, ok := index[k]; ok {
			return i
		}
		index[k] = len(base)
		base = append(base, s)
		return len(base) - 1
	}
	for _, s := range specs {
		if len(s.Members) == 0 {
			add(s)
		}
		for _, m := range s.Members {
			add(m)
		}
	}
	oof, err := d.outOfFold(base, seed, workers)
	if err != nil {
		return nil, err
	}
	out := make([]candidate, len(specs))
	for i, s := range specs {
		out[i] = candidate{spec: s, perGroup: make([]float64, len(d.groups))}
		if len(s.Members) == 0 {
			out[i].oof = oof[add(s)]
			continue
		}
		members := make([]int, len(s.Members))
		weights := make([]float64, len(s.Members))
		for m, ms := range s.Members {
			members[m], weights[m] = add(ms), ms.weight()
		}
		out[i].oof = d.combineOOF(oof, members, weights)
	}
	for i := range out {
		d.scoreCandidate(&out[i])
	}
	return out, nil
}

// combineOOF returns an ensemble's out-of-fold log-probabilities from its
// members' (indices into oof).
func (d *cvData) combineOOF(oof [][]logScores, members []int, weights []float64) []logScores {
	L := len(d.task.Labels)
	out := make([]logScores, len(d.fold))
	rows := make([][]float64, len(members))
	for r := range out {
		out[r] = newLogScores(len(d.gold), L)
		for n := range d.gold {
			for m, b := range members {
				rows[m] = oof[b][r].row(n)
			}
			copy(out[r].row(n), combine(rows, weights))
		}
	}
	return out
}

// scoreCandidate fills c's pooled and per-group scores, without offsets.
func (d *cvData) scoreCandidate(c *candidate) {
	repeats := float64(len(d.fold))
	t := newTally(d.task.Labels)
	for r := range d.fold {
		t.reset()
		for n, g := range d.gold {
			t.add(g, decide(c.oof[r].row(n), nil))
		}
		c.score += t.score(d.task.Measure) / repeats
		for gi := range d.groups {
			t.reset()
			for n, g := range d.gold {
				if d.groupOf[n] == gi {
					t.add(g, decide(c.oof[r].row(n), nil))
				}
			}
			c.perGroup[gi] += t.score(d.task.Measure) / repeats
		}
	}
}

// outOfFold returns the out-of-fold log-probabilities of every spec:
// out[s][r] for spec s and repeat r.
func (d *cvData) outOfFold(specs []Spec, seed uint64, workers int) ([][]logScores, error) {
	repeats := len(d.fold)
	out := make([][]logScores, len(specs))
	for i := range specs {
		out[i] = make([]logScores, repeats)
		for r := range repeats {
			out[i][r] = newLogScores(len(d.gold), len(d.task.Labels))
		}
	}
	type job struct{ spec, repeat, fold int }
	jobs := make(chan job)
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		firstErr error
	)
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				err := d.runFold(specs[j.spec], j.repeat, j.fold, seed, out[j.spec][j.repeat])
				if err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = fmt.Errorf("%s, fold %d: %w", specs[j.spec], j.fold+1, err)
					}
					mu.Unlock()
				}
			}
		})
	}
	for s := range specs {
		for r := range repeats {
			for f := range d.k {
				jobs <- job{spec: s, repeat: r, fold: f}
			}
		}
	}
	close(jobs)
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	return out, nil
}

// runFold trains spec on the items outside fold f of repeat r and writes
// the log-probabilities of the fold's items into dst. Each job writes only
// its own fold's rows, so jobs need no lock.
func (d *cvData) runFold(spec Spec, r, f int, seed uint64, dst logScores) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("training panicked: %v", p)
		}
	}()
	fold := d.fold[r]
	train := make([]group, len(d.groups))
	for gi, g := range d.groups {
		train[gi].name = g.name
		for i, e := range g.examples {
			if fold[d.first[gi]+i] != f {
				train[gi].examples = append(train[gi].examples, e)
			}
		}
	}
	ms, err := spec.train(train, d.task.Labels, seed)
	if err != nil {
		return err
	}
	for gi, g := range d.groups {
		for i, e := range g.examples {
			if n := d.first[gi] + i; fold[n] == f {
				copy(dst.row(n), logProbs(ms[g.name].Predict(e.Text), d.task.Labels))
			}
		}
	}
	return nil
}

// choice is what a search picks: a candidate for each group and the
// decision offsets (nil: none).
type choice struct {
	cand    []int
	offsets []float64
	// score is the choice's pooled CV measure on the items it was chosen
	// on, averaged over repeats.
	score float64
}

// choose picks a choice from the out-of-fold predictions of the items that
// in(r, n) admits in repeat r. With perGroup each group takes the candidate
// with the best score on its own items, otherwise all groups take the
// candidate with the best pooled score; then, with offsets, the offsets
// with the best pooled score. Ties go to the candidate listed first and to
// the smaller offsets.
func (d *cvData) choose(cands []candidate, perGroup bool, offsets [][]float64, in func(r, n int) bool) choice {
	G := len(d.groups)
	t := newTally(d.task.Labels)
	// score measures per-group candidates pick with offsets o on the
	// admitted items of group only (all groups when only < 0).
	score := func(pick []int, o []float64, only int) float64 {
		var sum float64
		n := 0
		for r := range d.fold {
			t.reset()
			for i, g := range d.gold {
				gi := d.groupOf[i]
				if (only >= 0 && gi != only) || !in(r, i) {
					continue
				}
				t.add(g, decide(cands[pick[gi]].oof[r].row(i), o))
			}
			if t.n > 0 {
				sum += t.score(d.task.Measure)
				n++
			}
		}
		return sum / float64(max(n, 1))
	}
	best := choice{cand: make([]int, G), score: math.Inf(-1)}
	if perGroup {
		for gi := range G {
			bestG := math.Inf(-1)
			pick := make([]int, G)
			for c := range cands {
				pick[gi] = c
				if s := score(pick, nil, gi); s > bestG {
					bestG, best.cand[gi] = s, c
				}
			}
		}
		for _, o := range offsets {
			if s := score(best.cand, o, -1); s > best.score {
				best.score, best.offsets = s, o
			}
		}
		return best
	}
	pick := make([]int, G)
	for c := range cands {
		for gi := range pick {
			pick[gi] = c
		}
		for _, o := range offsets {
			if s := score(pick, o, -1); s > best.score {
				best.score, best.offsets = s, o
				copy(best.cand, pick)
			}
		}
	}
	return best
}

// nested estimates the measure of the whole search (candidate and offsets
// chosen as choose does) without letting the search see the items it is
// scored on: in every repeat, for every fold, the choice is made on the
// other folds' out-of-fold predictions and applied to this fold's. The
// result is the pooled measure of those decisions, averaged over repeats.
func (d *cvData) nested(cands []candidate, perGroup bool, offsets [][]float64) float64 {
	var sum float64
	t := newTally(d.task.Labels)
	for r, fold := range d.fold {
		t.reset()
		for f := range d.k {
			ch := d.choose(cands, perGroup, offsets, func(rr, n int) bool { return rr == r && fold[n] != f })
			for n, g := range d.gold {
				if fold[n] == f {
					t.add(g, decide(cands[ch.cand[d.groupOf[n]]].oof[r].row(n), ch.offsets))
				}
			}
		}
		sum += t.score(d.task.Measure)
	}
	return sum / float64(len(d.fold))
}

// errNoGrid is returned for a search without candidates.
var errNoGrid = errors.New("benchmark: a search needs at least one candidate")
