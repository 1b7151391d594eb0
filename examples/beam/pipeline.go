package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"

	"github.com/stancekit/stancekit/stance"
)

// config is what a run does; main fills it from the command line.
type config struct {
	Mode   string // "train" or "classify"
	Input  []string
	Output string // train: the model file; classify: the prefix of the outputs
	Errors string // the errors file; "" for the default next to Output

	// train
	Options stance.Options

	Fanout int // partial models summed in parallel before the final merge; <= 1: none

	// classify
	Model  string // "" for the embedded default model
	Shards int

	MaxErrors int  // bad records allowed before the run fails; < 0: any number
	Reshuffle bool // spread the statements of each file over the workers
}

func (c *config) errorsPath() string {
	switch {
	case c.Errors != "":
		return c.Errors
	case c.Mode == "train":
		return c.Output + ".errors.txt"
	default:
		return c.Output + "-errors.txt"
	}
}

func (c *config) validate() error {
	switch {
	case c.Mode != "train" && c.Mode != "classify":
		return fmt.Errorf("-mode %q: want train or classify", c.Mode)
	case len(c.Input) == 0:
		return errors.New("-input: no files given")
	case c.Output == "":
		return errors.New("-output: required")
	case c.Mode == "classify" && c.Shards < 1:
		return fmt.Errorf("-shards %d: want at least 1", c.Shards)
	case c.Mode == "train" && c.Model != "":
		return errors.New("-model is for -mode classify")
	}
	if c.Mode == "train" {
		return c.Options.Validate()
	}
	return nil
}

// buildPipeline builds the pipeline of c:
//
//	glob… ─match─▶ files ─read (one file per call)─▶ statements ─reshuffle─┬─ train:    CombinePerKey(trainFn), Combine(mergeFn) ─▶ model file
//	                                    └─▶ bad records ─▶ errors file ─────┤
//	                                                                        └─ classify: classifyFn ─▶ shards, counts
func buildPipeline(c config) (*beam.Pipeline, error) {
	if err := c.validate(); err != nil {
		return nil, err
	}
	p, s := beam.NewPipelineWithRoot()

	var matched []beam.PCollection
	for _, glob := range c.Input {
		matched = append(matched, fileio.MatchFiles(s.Scope("match "+glob), glob, fileio.MatchEmptyDisallow()))
	}
	files := beam.Flatten(s, matched...)
	// Uncompressed: readFn decompresses by name, as corpus.ReadFile does.
	readable := fileio.ReadMatches(s, files, fileio.ReadUncompressed())
	rf := &readFn{Train: c.Mode == "train"}
	if c.Mode == "train" {
		for _, l := range c.Options.Labels {
			rf.Labels = append(rf.Labels, string(l))
		}
	}
	stmts, bad := beam.ParDo2(s.Scope("read"), rf, readable)
	if c.Reshuffle {
		stmts = beam.Reshuffle(s, stmts)
	}
	es := s.Scope("errors")
	errSum := beam.ParDo(es, &writeErrorsFn{Path: c.errorsPath()}, beam.GroupByKey(es, beam.AddFixedKey(es, bad)))

	switch c.Mode {
	case "train":
		fn, err := newTrainFn(c.Options)
		if err != nil {
			return nil, err
		}
		ts := s.Scope("train")
		var model beam.PCollection
		if c.Fanout > 1 {
			partials := beam.CombinePerKey(ts, fn, beam.ParDo(ts, &fanoutFn{N: c.Fanout}, stmts))
			model = beam.Combine(ts, &mergeFn{}, beam.DropKey(ts, partials))
		} else {
			model = beam.Combine(ts, fn, stmts)
		}
		beam.ParDo0(ts, &writeModelFn{Output: c.Output, Input: strings.Join(c.Input, ","), Errors: c.errorsPath(), MaxErrors: c.MaxErrors},
			beam.Impulse(ts), beam.SideInput{Input: model}, beam.SideInput{Input: errSum})
	case "classify":
		cs := s.Scope("classify")
		keyed, labels := beam.ParDo2(cs, &classifyFn{Model: c.Model, Shards: c.Shards}, stmts)
		written := beam.ParDo(cs, &writeShardFn{Prefix: c.Output, Shards: c.Shards}, beam.GroupByKey(cs, keyed))
		perLabel := stats.Count(cs, labels)
		beam.ParDo0(cs, &finishClassifyFn{Prefix: c.Output, Shards: c.Shards, Errors: c.errorsPath(), MaxErrors: c.MaxErrors},
			beam.Impulse(cs), beam.SideInput{Input: perLabel}, beam.SideInput{Input: written}, beam.SideInput{Input: errSum})
	}
	return p, nil
}
