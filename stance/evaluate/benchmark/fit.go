package benchmark

import (
	"fmt"
	"maps"
	"math"
	"slices"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// Method says how a model is made from training data: a fixed spec, or a
// search that chooses one.
type Method struct {
	// Spec is the model when Search is nil.
	Spec Spec
	// Offsets are fixed decision offsets for Spec by label (missing: 0),
	// added to the labels' log-probabilities before the largest is taken.
	Offsets map[corpus.Label]float64
	// Search, when set, chooses the spec, and offsets if it tunes them, by
	// cross-validation on the training data alone.
	Search *Search
}

// fitted is what a method made from training data: a classifier for each
// group of the task (one under "" when models are not per group) and the
// decision offsets.
type fitted struct {
	task     *Task
	models   map[string]stance.Classifier
	offsets  []float64
	choice   Choice
	evidence *SearchReport
	cv       []float64 // each group's CV score of its chosen spec, after a search
}

// fit makes the method's model from train; with chooseOnly it makes the
// choice (and a search's evidence) without training the chosen models.
func fit(task *Task, m Method, train []corpus.Example, seed uint64, workers int, chooseOnly bool) (*fitted, error) {
	groups := task.split(train, task.PerGroup)
	f := &fitted{task: task}
	specs := make([]Spec, len(groups))
	if m.Search == nil {
		for i := range specs {
			specs[i] = m.Spec
		}
		if m.Offsets != nil {
			f.offsets = make([]float64, len(task.Labels))
			for i, l := range task.Labels {
				f.offsets[i] = m.Offsets[l]
			}
		}
	} else if err := f.runSearch(m.Search, groups, specs, seed, workers); err != nil {
		return nil, err
	}
	for gi, g := range groups {
		cm := ChosenModel{Group: g.name, Spec: specs[gi].String()}
		if f.cv != nil {
			cm.CV = &f.cv[gi]
		}
		f.choice.Models = append(f.choice.Models, cm)
	}
	f.choice.Offsets = offsetMap(task.Labels, f.offsets)
	if chooseOnly {
		return f, nil
	}
	return f, f.train(groups, specs, seed)
}

// runSearch runs s on the groups and puts each group's chosen spec in specs.
func (f *fitted) runSearch(s *Search, groups []group, specs []Spec, seed uint64, workers int) error {
	if len(s.Grid) == 0 {
		return errNoGrid
	}
	k, repeats := s.folds()
	d, err := newCVData(f.task, groups, k, repeats, seed)
	if err != nil {
		return err
	}
	cands, err := d.crossValidate(s.Grid, seed, workers)
	if err != nil {
		return err
	}
	offsets := [][]float64{nil}
	if s.TuneOffsets && f.task.Offsets != nil {
		offsets = f.task.Offsets.offsets(f.task.Labels)
	}
	all := func(int, int) bool { return true }
	ch := d.choose(cands, s.PerGroup, offsets, all)
	f.offsets = ch.offsets
	rep := &SearchReport{Folds: k, Repeats: repeats, Seed: seed, Measure: f.task.Measure.Name,
		TuneOffsets: len(offsets) > 1, Chosen: ch.score, Nested: d.nested(cands, s.PerGroup, offsets)}
	for i, c := range cands {
		cr := CandidateReport{Spec: c.spec.String(), Score: c.score}
		if len(groups) > 1 {
			cr.PerGroup = make(map[string]float64, len(groups))
			for gi, g := range groups {
				cr.PerGroup[g.name] = c.perGroup[gi]
			}
		}
		if len(offsets) > 1 {
			best := d.choose(cands[i:i+1], false, offsets, all)
			cr.Offsets, cr.OffsetsScore = offsetMap(f.task.Labels, best.offsets), best.score
		}
		rep.Candidates = append(rep.Candidates, cr)
	}
	f.cv = make([]float64, len(groups))
	for gi, c := range ch.cand {
		specs[gi] = cands[c].spec
		f.cv[gi] = cands[c].perGroup[gi]
	}
	f.evidence = rep
	return nil
}

// train trains every distinct spec once on all groups (a joint model needs
// them all) and keeps for each group its own spec's classifier.
func (f *fitted) train(groups []group, specs []Spec, seed uint64) error {
	trained := map[string]map[string]stance.Classifier{}
	f.models = make(map[string]stance.Classifier, len(groups))
	for gi, g := range groups {
		key := specs[gi].String()
		ms, ok := trained[key]
		if !ok {
			var err error
			if ms, err = specs[gi].train(groups, f.task.Labels, seed); err != nil {
				return fmt.Errorf("%s: %w", key, err)
			}
			trained[key] = ms
		}
		f.models[g.name] = ms[g.name]
	}
	return nil
}

// predict returns the decision (an index into the task's labels) for e
// and the probability of every label.
func (f *fitted) predict(e corpus.Example) (int, []float64, error) {
	name := ""
	if f.task.PerGroup {
		name = f.task.groupOf(e)
	}
	m, ok := f.models[name]
	if !ok {
		return 0, nil, fmt.Errorf("example %s: group %q has no training examples (groups: %v)", e.ID, name, slices.Sorted(maps.Keys(f.models)))
	}
	p := m.Predict(e.Text)
	probs := make([]float64, len(f.task.Labels))
	logp := make([]float64, len(f.task.Labels))
	for i, l := range f.task.Labels {
		probs[i] = p.ProbabilityOf(l)
		logp[i] = math.Log(probs[i]) // as logProbs
	}
	return decide(logp, f.offsets), probs, nil
}
