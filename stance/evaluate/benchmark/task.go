package benchmark

import (
	"fmt"
	"slices"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance/evaluate"
)

// Task says what a benchmark measures and how models are laid out.
type Task struct {
	// Labels are the labels in report order; ties between labels go to
	// the one listed first.
	Labels []corpus.Label
	// Measure is the headline measure, the one a search maximises.
	Measure evaluate.Measure
	// Group, when set, puts every example in a group (SemEval's targets,
	// UCI's domains): folds are stratified within each group and reports
	// give each group's scores.
	Group func(corpus.Example) string
	// PerGroup trains one model per group (it needs Group).
	PerGroup bool
	// Offsets, when set, are the decision offsets a search may tune.
	Offsets *OffsetGrid
}

// The labels of SemEval-2016 Task 6, in report order.
const (
	Favor   corpus.Label = "FAVOR"
	Against corpus.Label = "AGAINST"
	None    corpus.Label = "NONE"
)

// SemEvalTask is SemEval-2016 Task 6, subtask A (Mohammad et al. 2016):
// tweets about five targets labelled FAVOR, AGAINST or NONE, one model per
// target, scored by the official F_avg = (F1(FAVOR) + F1(AGAINST)) / 2 over
// the tweets of all targets pooled. A search may add offsets to the
// log-probabilities of FAVOR (−0.5 to 1) and NONE (−1 to 1) in steps of
// 0.25, AGAINST, the largest label, anchoring the scale; the grid was fixed
// before the test file was scored.
func SemEvalTask() Task {
	return Task{
		Labels:   []corpus.Label{Favor, Against, None},
		Measure:  evaluate.MeanF1Measure("f_avg", Favor, Against),
		Group:    func(e corpus.Example) string { return e.Meta["target"] },
		PerGroup: true,
		Offsets:  &OffsetGrid{Step: 0.25, Steps: map[corpus.Label][2]int{Favor: {-2, 4}, None: {-4, 4}}},
	}
}

// DataTask is the task of a labelled data set of another format: its
// labels in sorted order, accuracy as the measure, and the "group" field
// (the third column of a label/text file) as the group when every example
// has one.
func DataTask(examples []corpus.Example) Task {
	var labels []corpus.Label
	grouped := len(examples) > 0
	for _, e := range examples {
		if l := e.Label; !slices.Contains(labels, l) {
			labels = append(labels, l)
		}
		grouped = grouped && e.Meta["group"] != ""
	}
	slices.Sort(labels)
	t := Task{Labels: labels, Measure: evaluate.AccuracyMeasure()}
	if grouped {
		t.Group = func(e corpus.Example) string { return e.Meta["group"] }
	}
	return t
}

// labelIndex returns the index of label l in the task's labels, or -1.
func (t *Task) labelIndex(l corpus.Label) int { return slices.Index(t.Labels, l) }

// groupOf returns e's group, "" without groups.
func (t *Task) groupOf(e corpus.Example) string {
	if t.Group == nil {
		return ""
	}
	return t.Group(e)
}

// validate checks the task and that every example fits it.
func (t *Task) validate(examples []corpus.Example, name string) error {
	if len(t.Labels) < 2 {
		return fmt.Errorf("%s: labels %v, want at least two", name, t.Labels)
	}
	if t.Measure.Of == nil {
		return fmt.Errorf("benchmark: the task has no measure")
	}
	if t.PerGroup && t.Group == nil {
		return fmt.Errorf("benchmark: one model per group needs groups")
	}
	for _, e := range examples {
		if t.labelIndex(e.Label) < 0 {
			return fmt.Errorf("%s: example %s: label %q is not one of %v", name, e.ID, e.Label, t.Labels)
		}
		if t.Group != nil && t.Group(e) == "" {
			return fmt.Errorf("%s: example %s has no group", name, e.ID)
		}
	}
	return nil
}

// split puts examples into groups in sorted group order, each group's
// examples in data order. With perGroup false every example goes to one
// group "".
func (t *Task) split(examples []corpus.Example, perGroup bool) []group {
	name := func(e corpus.Example) string {
		if perGroup {
			return t.groupOf(e)
		}
		return ""
	}
	pos := map[string]int{}
	var names []string
	for _, e := range examples {
		if _, ok := pos[name(e)]; !ok {
			pos[name(e)] = 0
			names = append(names, name(e))
		}
	}
	slices.Sort(names)
	groups := make([]group, len(names))
	for i, n := range names {
		pos[n] = i
		groups[i].name = n
	}
	for _, e := range examples {
		g := &groups[pos[name(e)]]
		g.examples = append(g.examples, e)
	}
	return groups
}
