// Command train trains a stance model from labelled JSONL or CSV files and
// writes it atomically (temporary file, then rename).
//
//	go run ./examples/train -out model.json corpus/leaders.jsonl
//	go run ./examples/train -out model.json.gz -kind complement -ngrams 1-3 -alpha 0.3 a.jsonl b.csv
//
// With -calibrate the model is calibrated by temperature scaling on
// out-of-fold scores of the training data (stance.TrainCalibrated: -folds
// folds drawn with -seed, grouped by election when every statement names
// one); the statements are then held in memory, since the folds need them
// all. Without it, training is one streaming pass and the model is
// uncalibrated.
//
//	go run ./examples/train -out model.json -calibrate
//	go run ./examples/train -out tone.json -task tone -kind mnb -calibrate   # the corpus's tones
//
// -task records what the labels mean in the model (stance.Options.Task):
// with -task tone (or any other name) the labels come from the files'
// field of that name instead of "label", and with no FILE from the
// embedded corpus's tone field; classify -model TASK=FILE then takes the
// model for that task.
//
// A FILE of "-" reads JSON Lines from standard input. Files need "text" and "label" fields (CSV: a header row);
// optional "winner" and "rivals" fields (JSON arrays of name forms, or |-separated cells) give a statement's election
// context (see stance.Context); other fields are kept as metadata and ignored. With no FILE the embedded English stance
// corpus (corpus.English: the leaders' statements and the hard cases, in their elections' contexts) is used. Errors name the file, line and field; -keep-going reports every bad
// record instead of stopping at the first, and still fails.
package main

import (
	"errors"
	"flag"
	"fmt"
	"iter"
	"os"
	"runtime/debug"
	"strings"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

func main() {
	out := flag.String("out", "", "model `file` to write (.gz compresses)")
	o := stance.DefaultOptions()
	o.BindFlags(flag.CommandLine)
	labels := flag.String("labels", "", "comma-separated label set; other labels are errors (default: recognising,withholding,hostile with no FILE, else any)")
	keepGoing := flag.Bool("keep-going", false, "report every bad record, not just the first")
	calibrate := flag.Bool("calibrate", false, "calibrate the model by temperature scaling on out-of-fold scores of the training data (holds the statements in memory)")
	folds := flag.Int("folds", 10, "number of cross-validation folds `k` of -calibrate")
	seed := flag.Uint64("seed", 1, "seed of the folds of -calibrate")
	task := flag.String("task", stance.TaskStance, "the model's `task`, recorded in the file: stance (labels from the label field), tone (from the tone field: positive, neutral, negative), or the name of another field that holds the labels")
	allowDup := flag.Bool("allow-duplicates", false, "accept repeated ids and texts; duplicate checks keep every id and text in memory, so turn them off for streams larger than memory")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: train [flags] [FILE ...]\n\nTrains a model from labelled JSONL/CSV/TSV files (- reads JSONL from standard input; no FILE: the embedded corpus) and writes it to -out MODEL.\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	// Training keeps large, long-lived tables and makes little garbage;
	// collecting at 35 % heap growth instead of Go's default 100 % keeps the
	// peak resident memory of long streams near the live heap for a small
	// share of the CPU (examples/perf/stream.sh measures it). GOGC in the
	// environment still wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(35)
	}
	if *out == "" {
		fmt.Fprintln(os.Stderr, "train: -out MODEL is required")
		flag.Usage()
		os.Exit(2)
	}
	files := flag.Args()
	switch {
	case *labels != "":
		for _, l := range strings.Split(*labels, ",") {
			o.Labels = append(o.Labels, corpus.Label(strings.TrimSpace(l)))
		}
	case len(files) == 0 && *task == stance.TaskTone:
		o.Labels = corpus.ToneLabels()
	case len(files) == 0:
		o.Labels = corpus.LeaderLabels() // the embedded English stance corpus
	}
	if *task != stance.TaskStance {
		o.Task = *task
	}
	if err := o.Validate(); err != nil {
		fatal(err)
	}
	if *folds < 2 {
		fmt.Fprintf(os.Stderr, "train: -folds %d: want at least 2\n", *folds)
		os.Exit(2)
	}
	ro := corpus.ReadOptions{KeepGoing: *keepGoing, AllowDuplicates: *allowDup, Labels: o.Labels, LabelField: o.Task}
	prog := newProgress(os.Stderr)
	var m *stance.Model
	var err error
	if *calibrate {
		m, err = trainCalibrated(prog.count(examples(files, ro)), o, stance.CalibrateOptions{Folds: *folds, Seed: *seed})
	} else {
		m, err = stance.Train(prog.count(examples(files, ro)), o)
	}
	prog.done()
	if err != nil {
		fatal(err)
	}
	if err := m.SaveFile(*out); err != nil {
		fatal(err)
	}
	docs := m.Documents()
	var parts []string
	for i, l := range m.Labels() {
		parts = append(parts, fmt.Sprintf("%s %d", l, docs[i]))
	}
	calibrated := ""
	if c, ok := m.Calibration(); ok {
		calibrated = fmt.Sprintf(", calibrated: temperature %.4f", c.Temperature)
	}
	fmt.Fprintf(os.Stderr, "train: wrote %s: %s statements, %d features%s\n", *out, strings.Join(parts, ", "), m.VocabularySize(), calibrated)
}

// trainCalibrated reads every example, then trains and calibrates on them.
func trainCalibrated(seq iter.Seq2[corpus.Example, error], o stance.Options, c stance.CalibrateOptions) (*stance.Model, error) {
	all, err := corpus.ReadAll(seq)
	if err != nil {
		return nil, err
	}
	return stance.TrainCalibrated(all, o, c)
}

// examples streams every file in turn, or the embedded corpus (labelled
// by ro.LabelField, when set, through corpus.Relabel). With
// keep-going, errors are printed as they come and the stream fails at its
// end, so every problem is reported in one run.
func examples(files []string, ro corpus.ReadOptions) iter.Seq2[corpus.Example, error] {
	return func(yield func(corpus.Example, error) bool) {
		if len(files) == 0 {
			exs := corpus.English()
			if ro.LabelField != "" {
				var err error
				if exs, err = corpus.Relabel(exs, ro.LabelField); err != nil {
					yield(corpus.Example{}, err)
					return
				}
			}
			for _, e := range exs {
				if !yield(e, nil) {
					return
				}
			}
			return
		}
		var errs []error
		for _, f := range files {
			seq := corpus.ReadFile(f, ro)
			if f == "-" {
				o := ro
				o.Name = "<stdin>"
				seq = corpus.ReadJSONL(os.Stdin, o)
			}
			for e, err := range seq {
				if err != nil {
					if !ro.KeepGoing {
						yield(e, err)
						return
					}
					fmt.Fprintln(os.Stderr, "train:", err)
					errs = append(errs, err)
					continue
				}
				if !yield(e, nil) {
					return
				}
			}
		}
		if len(errs) > 0 {
			yield(corpus.Example{}, fmt.Errorf("%d bad records (listed above): %w", len(errs), errors.Join(errs...)))
		}
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "train:", err)
	os.Exit(1)
}
