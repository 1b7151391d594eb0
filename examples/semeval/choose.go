package main

import "math"

// Choice is what the search picks: a candidate for each target and the
// decision offsets added to the log-probabilities of FAVOR, AGAINST and
// NONE before taking the largest.
type Choice struct {
	Cand    []int // Cand[t] indexes the candidates, for target t
	Offsets [3]float64
	// FAvg is the choice's pooled CV F_avg on the tweets it was chosen
	// on, averaged over repeats.
	FAvg float64
}

// offsetGrid lists the decision offsets tried when tuning, AGAINST (the
// largest label) fixed at 0, nearest to no offset first so that ties go
// to the smaller change.
func offsetGrid(tune bool) [][3]float64 {
	if !tune {
		return [][3]float64{{}}
	}
	var g [][3]float64
	for f := -2; f <= 4; f++ {
		for n := -4; n <= 4; n++ {
			g = append(g, [3]float64{float64(f) / 4, 0, float64(n) / 4})
		}
	}
	// Stable insertion sort by distance from 0.
	for i := 1; i < len(g); i++ {
		for j := i; j > 0 && dist(g[j]) < dist(g[j-1]); j-- {
			g[j], g[j-1] = g[j-1], g[j]
		}
	}
	return g
}

func dist(o [3]float64) float64 { return math.Abs(o[0]) + math.Abs(o[2]) }

// choose picks a choice from the out-of-fold predictions of the tweets
// that in(r, i) admits in repeat r. With perTarget each target takes the
// candidate with the best F_avg on its own tweets, otherwise all targets
// take the candidate with the best pooled F_avg; then, with tune, the
// offsets with the best pooled F_avg. Ties go to the candidate listed
// first.
func (d *cvData) choose(cands []Candidate, perTarget, tune bool, in func(r, i int) bool) Choice {
	T := len(d.targets)
	repeats := len(d.fold)
	// fAvg scores per-target candidates pick with offsets o.
	fAvg := func(pick []int, o [3]float64, onlyTarget int) float64 {
		var sum float64
		n := 0
		for r := range repeats {
			var cm Confusion
			for i, g := range d.gold {
				t := d.target[i]
				if (onlyTarget >= 0 && t != onlyTarget) || !in(r, i) {
					continue
				}
				cm.Add(g, decide(cands[pick[t]].oof[r][i], o))
			}
			if cm.Total() > 0 {
				sum += cm.FAvg()
				n++
			}
		}
		return sum / float64(max(n, 1))
	}
	grid := offsetGrid(tune)
	best := Choice{Cand: make([]int, T), FAvg: math.Inf(-1)}
	if perTarget {
		for t := range T {
			bestT := math.Inf(-1)
			pick := make([]int, T)
			for c := range cands {
				pick[t] = c
				if f := fAvg(pick, [3]float64{}, t); f > bestT {
					bestT, best.Cand[t] = f, c
				}
			}
		}
		for _, o := range grid {
			if f := fAvg(best.Cand, o, -1); f > best.FAvg {
				best.FAvg, best.Offsets = f, o
			}
		}
		return best
	}
	pick := make([]int, T)
	for c := range cands {
		for t := range pick {
			pick[t] = c
		}
		for _, o := range grid {
			if f := fAvg(pick, o, -1); f > best.FAvg {
				best.FAvg, best.Offsets = f, o
				copy(best.Cand, pick)
			}
		}
	}
	return best
}

// nested estimates the F_avg of the whole search (candidate and offsets
// chosen as choose does) without letting the search see the tweets it is
// scored on: in every repeat, for every fold, the choice is made on the
// other folds' out-of-fold predictions and applied to this fold's. The
// result is the pooled F_avg of those decisions, averaged over repeats.
func (d *cvData) nested(cands []Candidate, perTarget, tune bool) float64 {
	repeats := len(d.fold)
	var sum float64
	for r := range repeats {
		var cm Confusion
		for f := range d.k {
			ch := d.choose(cands, perTarget, tune, func(rr, i int) bool { return rr == r && d.fold[r][i] != f })
			for i, g := range d.gold {
				if d.fold[r][i] == f {
					cm.Add(g, decide(cands[ch.Cand[d.target[i]]].oof[r][i], ch.Offsets))
				}
			}
		}
		sum += cm.FAvg()
	}
	return sum / float64(repeats)
}
