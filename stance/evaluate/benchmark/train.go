package benchmark

import (
	"fmt"
	"slices"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/baseline"
	"github.com/stancekit/stancekit/stance/nbsvm"
)

// group holds the training examples of one group, in data order. A task
// without one model per group has a single group named "".
type group struct {
	name     string
	examples []corpus.Example
}

// TrainFunc returns the stance.TrainFunc of a single-model spec (not an
// ensemble, joint or two-stage model), for the cross-validation of package
// evaluate; labels fixes the label order (nil: the data's, sorted).
func (s Spec) TrainFunc(labels []corpus.Label, seed uint64) (stance.TrainFunc, error) {
	if len(s.Members) > 0 || s.Joint || s.TwoStage {
		return nil, fmt.Errorf("configuration %q: an ensemble, joint or two-stage model has no single TrainFunc", s)
	}
	if err := s.Validate(); err != nil {
		return nil, fmt.Errorf("configuration %q: %w", s, err)
	}
	switch s.Kind {
	case NBSVM:
		return nbsvm.TrainFunc(s.nbsvmOptions(seed, labels)), nil
	case Bayesian:
		return baseline.TrainFunc(s.Options.Tokenizer), nil
	}
	o := s.Options
	o.Labels = labels
	return stance.NaiveBayes(o), nil
}

// train trains the spec on every group and returns each group's
// classifier: one model per group, or one joint model with a view per
// group; for an ensemble, each member so and their combination per group.
func (s Spec) train(groups []group, labels []corpus.Label, seed uint64) (map[string]stance.Classifier, error) {
	if len(s.Members) > 0 {
		return s.trainEnsemble(groups, labels, seed)
	}
	if s.TwoStage {
		return s.trainTwoStage(groups, labels, seed)
	}
	return s.trainLabels(groups, labels, seed)
}

// trainEnsemble trains every member and combines them per group.
func (s Spec) trainEnsemble(groups []group, labels []corpus.Label, seed uint64) (map[string]stance.Classifier, error) {
	ens := make(map[string]*ensemble, len(groups))
	for _, g := range groups {
		ens[g.name] = &ensemble{labels: labels}
	}
	for _, m := range s.Members {
		ms, err := m.train(groups, labels, seed)
		if err != nil {
			return nil, err
		}
		for _, g := range groups {
			e := ens[g.name]
			e.members = append(e.members, ms[g.name])
			e.weights = append(e.weights, m.weight())
		}
	}
	out := make(map[string]stance.Classifier, len(groups))
	for name, e := range ens {
		out[name] = e
	}
	return out, nil
}

// trainTwoStage trains the two stages of a TwoStage spec: the last label
// against the others merged, then the others among themselves.
func (s Spec) trainTwoStage(groups []group, labels []corpus.Label, seed uint64) (map[string]stance.Classifier, error) {
	if len(labels) < 3 {
		return nil, fmt.Errorf("configuration %q: a two-stage model needs at least three labels, not %v", s, labels)
	}
	none := labels[len(labels)-1]
	some := corpus.Label("not " + none)
	if slices.Contains(labels, some) {
		return nil, fmt.Errorf("configuration %q: label %q is taken", s, some)
	}
	one := s
	one.TwoStage = false
	first, second := make([]group, len(groups)), make([]group, len(groups))
	for i, g := range groups {
		first[i].name, second[i].name = g.name, g.name
		for _, e := range g.examples {
			if e.Label == none {
				first[i].examples = append(first[i].examples, e)
				continue
			}
			second[i].examples = append(second[i].examples, e)
			e.Label = some
			first[i].examples = append(first[i].examples, e)
		}
	}
	m1, err := one.trainLabels(first, []corpus.Label{some, none}, seed)
	if err != nil {
		return nil, fmt.Errorf("first stage: %w", err)
	}
	m2, err := one.trainLabels(second, labels[:len(labels)-1], seed)
	if err != nil {
		return nil, fmt.Errorf("second stage: %w", err)
	}
	out := make(map[string]stance.Classifier, len(groups))
	for _, g := range groups {
		out[g.name] = &twoStage{labels: labels, some: some, first: m1[g.name], second: m2[g.name]}
	}
	return out, nil
}

// trainLabels trains a single model's spec with the given labels.
func (s Spec) trainLabels(groups []group, labels []corpus.Label, seed uint64) (map[string]stance.Classifier, error) {
	out := make(map[string]stance.Classifier, len(groups))
	if s.Joint {
		var texts, names []string
		var ls []corpus.Label
		for _, g := range groups {
			for _, e := range g.examples {
				texts, names, ls = append(texts, e.Text), append(names, g.name), append(ls, e.Label)
			}
		}
		m, err := nbsvm.TrainGroups(texts, names, ls, s.nbsvmOptions(seed, labels))
		if err != nil {
			return nil, err
		}
		for _, g := range groups {
			out[g.name] = m.Group(g.name)
		}
		return out, nil
	}
	for _, g := range groups {
		m, err := s.trainOne(g.examples, labels, seed)
		if err != nil {
			if g.name != "" {
				err = fmt.Errorf("group %s: %w", g.name, err)
			}
			return nil, err
		}
		out[g.name] = m
	}
	return out, nil
}

// trainOne trains one model on ex.
func (s Spec) trainOne(ex []corpus.Example, labels []corpus.Label, seed uint64) (stance.Classifier, error) {
	if s.Kind == NBSVM || s.Kind == Bayesian {
		texts := make([]string, len(ex))
		ls := make([]corpus.Label, len(ex))
		for i, e := range ex {
			texts[i], ls[i] = e.Text, e.Label
		}
		if s.Kind == Bayesian {
			return baseline.Train(texts, ls, s.Options.Tokenizer)
		}
		return nbsvm.Train(texts, ls, s.nbsvmOptions(seed, labels))
	}
	o := s.Options
	o.Labels = labels
	return stance.TrainExamples(ex, o)
}
