// Command semeval measures stancekit's models on SemEval-2016 Task 6,
// subtask A (Mohammad et al. 2016, "SemEval-2016 Task 6: Detecting Stance
// in Tweets"): tweets about five targets labelled FAVOR, AGAINST or NONE.
//
//	go run ./examples/semeval -train ../shared/benchmarks/semeval2016/train.tsv \
//	    -test ../shared/benchmarks/semeval2016/test.tsv [-json] [-cv 5] [-seed 1]
//
// Protocol. Everything is chosen on the training file: k-fold
// cross-validation (stratified by label within each target, -repeat times
// with seeds seed, seed+1, …) scores every configuration of a small grid
// (DefaultGrid: multinomial and complement naive Bayes, counts or
// binarised, word and character n-grams, NBSVM; -joint adds joint NBSVMs
// with target features; -ensembles adds EnsembleGrid, averages of the
// log-probabilities of several models) by the task's measure,
// F_avg = (F1(FAVOR) + F1(AGAINST)) / 2 over the out-of-fold predictions
// of all targets pooled.
// With -select global (the default) the best configuration is used for
// every target, each target getting its own model; with -select per-target
// each target takes the configuration best on its own tweets. With -offsets
// (the default) two decision offsets, added to the log-probabilities of
// FAVOR and NONE before the largest is taken, are chosen on the same
// out-of-fold predictions. A nested estimate (each fold decided by the
// choice made on the other folds) says what the search itself is worth.
// Then the chosen models are trained on the whole training file and the
// test file is labelled once.
//
// -config fixes one configuration for every target and skips the search,
// e.g. -config "nbsvm a=1 b=0.25 C=1 prior bin w1-2 c3-6 tweet stem neg"
// (with -favor and -none for offsets); -candidates FILE searches the
// configurations in FILE, one per line, instead of the grid. An ensemble
// is written as its members joined by " + ", each weighted by a prefix
// "W*" (1 when absent); "2stage" splits a model in two, stance against
// NONE, then FAVOR against AGAINST. Without -test only the
// cross-validation and the choice are reported.
//
// The data are not part of the repository and must not be copied into it:
// pass their paths.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/stancekit/stancekit/corpus"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "semeval:", err)
		os.Exit(1)
	}
}

// Params are the program's settings, from its flags.
type Params struct {
	Train, Test string
	JSON        bool
	Folds       int
	Repeats     int
	Seed        uint64
	Joint       bool // add joint models to the grid
	Ensembles   bool // add EnsembleGrid to the grid
	TuneOffsets bool
	Workers     int
	Select      string     // "per-target" or "global"
	Fixed       string     // -config
	Offsets     [3]float64 // decision offsets with -config
	Candidates  []Config   // the grid; nil means DefaultGrid
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("semeval", flag.ContinueOnError)
	var p Params
	var candFile string
	fs.StringVar(&p.Train, "train", "", "training file (SemEval-2016 Task 6 TSV)")
	fs.StringVar(&p.Test, "test", "", "test file, evaluated once with the chosen configuration; none: report the choice only")
	fs.BoolVar(&p.JSON, "json", false, "print one JSON object")
	fs.IntVar(&p.Folds, "cv", 5, "folds of the cross-validation on the training file")
	fs.IntVar(&p.Repeats, "repeat", 2, "repeats of the cross-validation, with seeds seed, seed+1, …")
	fs.Uint64Var(&p.Seed, "seed", 1, "seed of the folds and of NBSVM's solver")
	fs.BoolVar(&p.Joint, "joint", false, "also search joint models: one NBSVM for all targets with target features")
	fs.BoolVar(&p.Ensembles, "ensembles", false, "also search ensembles (EnsembleGrid): per-target NBSVM with a little naive Bayes, per-target and joint NBSVMs averaged")
	fs.BoolVar(&p.TuneOffsets, "offsets", true, "also choose decision offsets for FAVOR and NONE (added to their log-probabilities) by cross-validation")
	fs.IntVar(&p.Workers, "workers", runtime.GOMAXPROCS(0), "parallel training jobs")
	fs.StringVar(&p.Select, "select", "global", `"global": one configuration for all targets (a model each), by the pooled CV F_avg; "per-target": each target takes its best configuration by its own CV F_avg`)
	fs.StringVar(&p.Fixed, "config", "", `one configuration for every target, skipping the search (the form the report prints, e.g. "nbsvm a=1 b=0.25 C=1 prior bin w1-2 c3-6 tweet stem neg")`)
	fs.Float64Var(&p.Offsets[0], "favor", 0, "with -config: decision offset of FAVOR")
	fs.Float64Var(&p.Offsets[2], "none", 0, "with -config: decision offset of NONE")
	fs.StringVar(&candFile, "candidates", "", "file of configurations to search instead of the default grid, one per line")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if p.Train == "" {
		return errors.New("-train is required")
	}
	if p.Select != "per-target" && p.Select != "global" {
		return fmt.Errorf("-select %q: want per-target or global", p.Select)
	}
	if candFile != "" {
		c, err := readCandidates(candFile)
		if err != nil {
			return err
		}
		p.Candidates = c
	}
	start := time.Now()
	rep, err := Run(p)
	if err != nil {
		return err
	}
	rep.Seconds = time.Since(start).Seconds()
	if p.JSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	return rep.WriteText(stdout)
}

func readCandidates(path string) ([]Config, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Config
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c, err := ParseConfig(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no configurations", path)
	}
	return out, nil
}

// Run does the work: read, cross-validate, choose, and evaluate on the
// test file when one is given.
func Run(p Params) (*Report, error) {
	train, err := ReadTSVFile(p.Train)
	if err != nil {
		return nil, err
	}
	var test []corpus.Example
	if p.Test != "" {
		if test, err = ReadTSVFile(p.Test); err != nil {
			return nil, err
		}
	}
	targets := Targets(train)
	slices.Sort(targets)
	byTarget := map[string][]corpus.Example{}
	for _, t := range targets {
		byTarget[t] = ByTarget(train, t)
	}
	for _, t := range Targets(test) {
		if byTarget[t] == nil {
			return nil, fmt.Errorf("%s: target %q has no training tweets", p.Test, t)
		}
	}

	rep := &Report{Train: p.Train, Test: p.Test, Selection: p.Select, Chosen: map[string]Chosen{}, seed: p.Seed}
	switch {
	case p.Fixed != "":
		c, err := ParseConfig(p.Fixed)
		if err != nil {
			return nil, err
		}
		rep.Selection = "fixed"
		rep.Offsets = p.Offsets
		for _, t := range targets {
			rep.Chosen[t] = Chosen{Config: c, Name: c.String()}
		}
	default:
		grid := p.Candidates
		if grid == nil {
			grid = DefaultGrid(p.Joint)
			if p.Ensembles {
				grid = append(grid, EnsembleGrid()...)
			}
		}
		d, err := newCVData(byTarget, targets, p.Folds, max(p.Repeats, 1), p.Seed)
		if err != nil {
			return nil, err
		}
		cands, err := d.crossValidate(grid, p.Seed, p.Workers)
		if err != nil {
			return nil, err
		}
		rep.choose(d, cands, p.TuneOffsets)
	}
	if test == nil {
		return rep, nil
	}
	if err := rep.evaluate(byTarget, test, p.Seed); err != nil {
		return nil, err
	}
	return rep, nil
}
