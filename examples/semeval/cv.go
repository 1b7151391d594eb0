package main

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/stancekit/stancekit/corpus"
)

// Candidate is one configuration with its cross-validation evidence.
type Candidate struct {
	Config Config
	// FAvg is the CV F_avg over the out-of-fold predictions of every
	// target, pooled like the official measure, averaged over repeats.
	FAvg float64
	// PerTarget is the CV F_avg on each target's training tweets, averaged
	// over repeats.
	PerTarget map[string]float64
	// oof[r][i] are the out-of-fold log-probabilities of training tweet i
	// (numbered as in cvData) in repeat r.
	oof [][][3]float64
}

// cvData numbers the training tweets of all targets, target after target,
// and holds the folds of every repeat.
type cvData struct {
	targets  []string
	byTarget map[string][]corpus.Example
	k        int
	gold     []corpus.Label
	target   []int   // index into targets
	first    []int   // first[t] is the number of target t's first tweet
	fold     [][]int // fold[r][i] is tweet i's test fold in repeat r
}

// newCVData makes repeats × k folds, stratified by label within each
// target, with seeds seed, seed+1, …
func newCVData(byTarget map[string][]corpus.Example, targets []string, k, repeats int, seed uint64) (*cvData, error) {
	d := &cvData{targets: targets, byTarget: byTarget, k: k, fold: make([][]int, repeats)}
	for ti, t := range targets {
		d.first = append(d.first, len(d.gold))
		for _, e := range byTarget[t] {
			d.gold = append(d.gold, e.Label)
			d.target = append(d.target, ti)
		}
	}
	for r := range repeats {
		d.fold[r] = make([]int, len(d.gold))
		for ti, t := range targets {
			folds, err := corpus.StratifiedKFold(byTarget[t], k, seed+uint64(r))
			if err != nil {
				return nil, fmt.Errorf("target %s: %w", t, err)
			}
			for f, fo := range folds {
				for _, i := range fo.Test {
					d.fold[r][d.first[ti]+i] = f
				}
			}
		}
	}
	return d, nil
}

// crossValidate runs the repeated k-fold cross-validation of every
// configuration. The folds are shared by all configurations. Jobs run on
// workers goroutines; the result does not depend on their number. An
// ensemble's out-of-fold predictions are combined from its members', each
// member trained once per fold however many ensembles (or plain
// candidates) share it: the same predictions as training the ensemble in
// every fold, since training is deterministic.
func (d *cvData) crossValidate(cands []Config, seed uint64, workers int) ([]Candidate, error) {
	var base []Config
	index := map[string]int{}
	add := func(c Config) int {
		c.Weight = 0
		k := c.String()
		if i, ok := index[k]; ok {
			return i
		}
		index[k] = len(base)
		base = append(base, c)
		return len(base) - 1
	}
	for _, c := range cands {
		if len(c.Members) == 0 {
			add(c)
		}
		for _, m := range c.Members {
			add(m)
		}
	}
	oof, err := d.outOfFold(base, seed, workers)
	if err != nil {
		return nil, err
	}
	repeats := len(d.fold)
	out := make([]Candidate, len(cands))
	for i, c := range cands {
		out[i] = Candidate{Config: c, PerTarget: map[string]float64{}}
		if len(c.Members) == 0 {
			out[i].oof = oof[add(c)]
			continue
		}
		out[i].oof = make([][][3]float64, repeats)
		member := make([][3]float64, len(c.Members))
		weights := make([]float64, len(c.Members))
		for r := range repeats {
			out[i].oof[r] = make([][3]float64, len(d.gold))
			for n := range d.gold {
				for m, mc := range c.Members {
					member[m], weights[m] = oof[add(mc)][r][n], mc.weight()
				}
				out[i].oof[r][n] = combine(member, weights)
			}
		}
	}
	for i := range out {
		c := &out[i]
		for r := range repeats {
			sel := d.all()
			c.FAvg += d.confusion(c.oof[r], sel, [3]float64{}).FAvg() / float64(repeats)
			for ti, t := range d.targets {
				c.PerTarget[t] += d.confusion(c.oof[r], d.ofTarget(ti), [3]float64{}).FAvg() / float64(repeats)
			}
		}
	}
	return out, nil
}

// outOfFold returns the out-of-fold log-probabilities of every
// configuration: out[c][r][i] for configuration c, repeat r, tweet i.
func (d *cvData) outOfFold(cands []Config, seed uint64, workers int) ([][][][3]float64, error) {
	repeats := len(d.fold)
	out := make([][][][3]float64, len(cands))
	for i := range cands {
		out[i] = make([][][3]float64, repeats)
		for r := range repeats {
			out[i][r] = make([][3]float64, len(d.gold))
		}
	}
	type job struct{ cand, repeat, fold int }
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
				fold := d.fold[j.repeat]
				train := map[string][]corpus.Example{}
				for ti, t := range d.targets {
					for i, e := range d.byTarget[t] {
						if fold[d.first[ti]+i] != j.fold {
							train[t] = append(train[t], e)
						}
					}
				}
				ms, err := cands[j.cand].Train(train, d.targets, seed)
				if err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = fmt.Errorf("%s, fold %d: %w", cands[j.cand], j.fold, err)
					}
					mu.Unlock()
					continue
				}
				dst := out[j.cand][j.repeat] // each job writes its own fold's rows: no lock needed
				for ti, t := range d.targets {
					for i, e := range d.byTarget[t] {
						if n := d.first[ti] + i; fold[n] == j.fold {
							dst[n] = scores(ms[t], e.Text)
						}
					}
				}
			}
		})
	}
	for c := range cands {
		for r := range repeats {
			for f := range d.k {
				jobs <- job{cand: c, repeat: r, fold: f}
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

// all selects every tweet.
func (d *cvData) all() func(int) bool { return func(int) bool { return true } }

// ofTarget selects the tweets of target ti.
func (d *cvData) ofTarget(ti int) func(int) bool {
	return func(i int) bool { return d.target[i] == ti }
}

// confusion counts the decisions on the selected tweets.
func (d *cvData) confusion(sc [][3]float64, sel func(int) bool, offset [3]float64) Confusion {
	var cm Confusion
	for i, g := range d.gold {
		if sel(i) {
			cm.Add(g, decide(sc[i], offset))
		}
	}
	return cm
}

// decide returns the label with the largest score + offset, ties to the
// first in Labels.
func decide(s, offset [3]float64) string {
	best := 0
	for i := 1; i < 3; i++ {
		if s[i]+offset[i] > s[best]+offset[best] {
			best = i
		}
	}
	return Labels[best]
}
