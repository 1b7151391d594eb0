package stance

import (
	"fmt"

	"github.com/stancekit/stancekit/corpus"
)

// Merge returns the model whose counts are the sums of the models' counts:
// count for count the model trained on the union of their training data. The
// models must share their options. Models with the same labels keep their
// order; models with different label sets merge into the union of their
// labels, sorted.
func Merge(models ...*Model) (*Model, error) {
	if len(models) == 0 {
		return nil, fmt.Errorf("%w: nothing to merge", ErrNoData)
	}
	opts := models[0].opts
	for _, m := range models[1:] {
		if err := sameOptions(opts, m.opts); err != nil {
			return nil, err
		}
	}
	t, err := NewTrainer(models[0].opts)
	if err != nil {
		return nil, err
	}
	if len(models[0].labels) > 0 && !fixedLabels(models) {
		// Labels learned from the data: let the trainer take the union.
		o := models[0].opts
		o.Labels = nil
		if t, err = NewTrainer(o); err != nil {
			return nil, err
		}
	}
	for _, m := range models {
		if err := t.Merge(m.trainer()); err != nil {
			return nil, err
		}
	}
	return t.Model()
}

// fixedLabels reports whether every model has the same label list, in
// which case the merged model keeps that order.
func fixedLabels(ms []*Model) bool {
	for _, m := range ms[1:] {
		if len(m.labels) != len(ms[0].labels) {
			return false
		}
		for i := range m.labels {
			if m.labels[i] != ms[0].labels[i] {
				return false
			}
		}
	}
	return true
}

// trainer returns a Trainer view of m's counts, for merging. Both store
// counts row-major, so the view shares m's memory; Merge only reads it.
func (m *Model) trainer() *Trainer {
	t := &Trainer{opts: m.opts, labels: m.labels, labelIdx: map[corpus.Label]int{}, features: m.features,
		counts: m.counts, docs: m.docs, fixed: true}
	for c, l := range m.labels {
		t.labelIdx[l] = c
	}
	return t
}
