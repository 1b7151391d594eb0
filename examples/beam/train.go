package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sync/atomic"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

func init() {
	register.Combiner3[*partial, statement, []byte](&trainFn{})
	register.Combiner2[*partial, []byte](&mergeFn{})
	register.DoFn1x2[statement, int, statement](&fanoutFn{})
	beam.RegisterCoder(reflect.TypeOf((*partial)(nil)), encodePartial, decodePartial)
}

// partial is the accumulator of trainFn: the counts of some of the
// statements. Statements added on a worker go into a Trainer (tokenized
// there); partials that arrive from other workers are models, summed
// exactly by stance.Merge when the partial is encoded or extracted.
type partial struct {
	t  *stance.Trainer // statements added here; nil if none
	ms []*stance.Model // partials merged in
}

// model returns the partial's counts as one model, nil when it has none.
func (p *partial) model() (*stance.Model, error) {
	ms := p.ms
	if p.t != nil {
		switch m, err := p.t.Model(); {
		case errors.Is(err, stance.ErrNoData): // nothing added after all
		case err != nil:
			return nil, err
		default:
			ms = append(ms[:len(ms):len(ms)], m)
		}
	}
	switch len(ms) {
	case 0:
		return nil, nil
	case 1:
		return ms[0], nil
	}
	return stance.Merge(ms...)
}

// partialStats counts the partial models this process encoded and
// decoded, to show (in tests, which run Prism's loopback workers in
// process) that the runner did split the counting.
var partialStats struct{ encoded, decoded atomic.Int64 }

// encodePartial writes a partial as a model file (gzip, fastest level:
// partials cross the network), or nothing when it is empty.
func encodePartial(p *partial) ([]byte, error) {
	m, err := p.model()
	if err != nil || m == nil {
		return nil, err
	}
	partialStats.encoded.Add(1)
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestSpeed)
	if err := m.Save(zw); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func decodePartial(b []byte) (*partial, error) {
	if len(b) == 0 {
		return &partial{}, nil
	}
	m, err := stance.Load(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("decoding a partial model: %w", err)
	}
	partialStats.decoded.Add(1)
	return &partial{ms: []*stance.Model{m}}, nil
}

// trainFn sums the feature counts of statements per label: a Beam
// CombineFn whose accumulator is a partial model. Counts are sufficient
// statistics, so the result does not depend on how the runner splits,
// orders or merges the statements: it is count for count, and once saved
// byte for byte, the model stance.Train makes from the same statements.
// Its output is the model file's bytes (stance.Model.Save).
type trainFn struct {
	// Options is the stance.Options JSON; every partial is made with it.
	Options string

	opts *stance.Options
}

func newTrainFn(o stance.Options) (*trainFn, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	b, err := json.Marshal(o)
	if err != nil {
		return nil, err
	}
	return &trainFn{Options: string(b)}, nil
}

func (f *trainFn) options() (stance.Options, error) {
	if f.opts == nil {
		var o stance.Options
		if err := json.Unmarshal([]byte(f.Options), &o); err != nil {
			return o, fmt.Errorf("training options: %w", err)
		}
		f.opts = &o
	}
	return *f.opts, nil
}

func (f *trainFn) CreateAccumulator() *partial { return &partial{} }

func (f *trainFn) AddInput(p *partial, s statement) (*partial, error) {
	if p.t == nil {
		o, err := f.options()
		if err != nil {
			return nil, err
		}
		if p.t, err = stance.NewTrainer(o); err != nil {
			return nil, err
		}
	}
	if err := p.t.AddIn(s.context(), s.Text, corpus.Label(s.Label)); err != nil {
		return nil, fmt.Errorf("statement %s: %w", s.ID, err)
	}
	return p, nil
}

func (f *trainFn) MergeAccumulators(a, b *partial) (*partial, error) {
	switch {
	case b.t == nil:
	case a.t == nil:
		a.t = b.t
	default:
		if err := a.t.Merge(b.t); err != nil {
			return nil, err
		}
	}
	a.ms = append(a.ms, b.ms...)
	return a, nil
}

// ExtractOutput returns the model file's bytes, or nil when no statement
// was added (the write step then reports that there was nothing to train
// on).
func (f *trainFn) ExtractOutput(p *partial) ([]byte, error) {
	m, err := p.model()
	if err != nil || m == nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := m.Save(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// fanoutFn keys statements by one of N intermediate partial models (by a
// hash of the id, so that retries key alike). Summing per key first and
// then merging the N partials spreads the merging over N workers instead
// of one, like Java's Combine.globally(…).withFanout(N).
type fanoutFn struct {
	N int
}

func (f *fanoutFn) ProcessElement(s statement) (int, statement) {
	return shardOf(s.ID, f.N), s
}

// mergeFn merges model files (trainFn's outputs) exactly into one.
type mergeFn struct{}

func (mergeFn) CreateAccumulator() *partial { return &partial{} }

func (mergeFn) AddInput(p *partial, b []byte) (*partial, error) {
	if len(b) == 0 {
		return p, nil
	}
	q, err := decodePartial(b)
	if err != nil {
		return nil, err
	}
	p.ms = append(p.ms, q.ms...)
	return p, nil
}

func (mergeFn) MergeAccumulators(a, b *partial) (*partial, error) {
	return (*trainFn)(nil).MergeAccumulators(a, b)
}

func (mergeFn) ExtractOutput(p *partial) ([]byte, error) {
	return (*trainFn)(nil).ExtractOutput(p)
}
