package stance

import (
	"fmt"
	"slices"

	"github.com/stancekit/stancekit/corpus"
)

// Merge returns the model whose counts are the sums of the models' counts:
// count for count the model trained on the union of their training data. The
// models must share their options. Models with the same labels keep their
// order; models with different label sets merge into the union of their
// labels, sorted.
//
// The merged model is uncalibrated: a temperature was fitted to one
// model's scores, and the merged counts give other scores (usually
// sharper, with more training data), so no input model's calibration fits
// it. Calibrate it afresh with [Calibrate] on held-out data.
func Merge(models ...*Model) (*Model, error) {
	if len(models) == 0 {
		return nil, fmt.Errorf("%w: nothing to merge", ErrNoData)
	}
	o := models[0].opts
	for _, m := range models[1:] {
		if err := sameOptions(o, m.opts); err != nil {
			return nil, err
		}
	}
	if !sameLabels(models) {
		// Different label sets: let the trainer take the union.
		o.Labels = nil
	}
	t, err := NewTrainer(o)
	if err != nil {
		return nil, err
	}
	for _, m := range models {
		if err := t.Merge(m.trainer()); err != nil {
			return nil, err
		}
	}
	return t.Model()
}

// sameLabels reports whether every model has the same label list, in
// which case the merged model keeps that order.
func sameLabels(ms []*Model) bool {
	for _, m := range ms[1:] {
		if !slices.Equal(m.labels, ms[0].labels) {
			return false
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
