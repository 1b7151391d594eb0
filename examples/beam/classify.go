package main

import (
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"math"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

func init() {
	register.DoFn4x0[context.Context, statement, func(int, string), func(string)](&classifyFn{})
	register.Emitter2[int, string]()
	register.Emitter1[string]()
}

// classifyFn labels each statement with the model, which each worker
// process loads once (Setup runs per DoFn instance; the loaded model is
// shared by all instances in the process). It emits the JSON line keyed by
// its output shard, and the label for the counts.
type classifyFn struct {
	Model  string // model file (any Beam file system); "" for stance.Default()
	Shards int

	m      *stance.Model
	labels map[corpus.Label]beam.Counter
}

func (f *classifyFn) Setup(ctx context.Context) error {
	m, err := loadModel(ctx, f.Model)
	if err != nil {
		return err
	}
	f.m = m
	f.labels = make(map[corpus.Label]beam.Counter)
	for _, l := range m.Labels() {
		f.labels[l] = beam.NewCounter(metricsNS, "label_"+string(l))
	}
	return nil
}

// result is one line of the classification output. The fields up to
// no_features are those of examples/classify -json; id and gold come from
// the input.
type result struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	stance.PredictionJSON
	Gold string `json:"gold,omitempty"`
}

func (f *classifyFn) ProcessElement(ctx context.Context, s statement, emit func(int, string), emitLabel func(string)) {
	p := f.m.PredictIn(s.context(), s.Text)
	r := result{ID: s.ID, Text: s.Text, PredictionJSON: p.JSON(4), Gold: s.Label}
	b, _ := json.Marshal(r) // plain data: cannot fail
	f.labels[p.Label].Inc(ctx, 1)
	emit(shardOf(s.ID, f.Shards), string(b))
	emitLabel(string(p.Label))
}

func round4(v float64) float64 { return math.Round(v*1e4) / 1e4 }

// shardOf spreads statements over the output shards by their id, so that
// a retried bundle writes each statement to the same shard.
func shardOf(id string, shards int) int {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() % uint32(shards))
}

// models caches loaded models per worker process, by path.
var models sync.Map // string → func() (*stance.Model, error)

func loadModel(ctx context.Context, path string) (*stance.Model, error) {
	if path == "" {
		return stance.Default()
	}
	load, _ := models.LoadOrStore(path, sync.OnceValues(func() (*stance.Model, error) {
		return readModel(context.WithoutCancel(ctx), path)
	}))
	m, err := load.(func() (*stance.Model, error))()
	if err != nil {
		models.CompareAndDelete(path, load) // let a retry try again
	}
	return m, err
}

// readModel reads a model file from any Beam file system.
func readModel(ctx context.Context, path string) (*stance.Model, error) {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, err
	}
	defer fs.Close()
	r, err := fs.OpenRead(ctx, path)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	m, err := stance.Load(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}
