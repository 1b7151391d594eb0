// Command benchmark measures stancekit's models on labelled benchmark data:
// cross-validation with the benchmark's fixed folds, or a fixed train/test
// split; the work is done by package stance/evaluate/benchmark.
//
//	go run ./examples/benchmark -data ../shared/benchmarks/sentiment/mr.tsv -folds 10 -json
//	go run ./examples/benchmark -data ../shared/benchmarks/sentiment/uci.tsv -kind nbsvm -ngrams 1-2
//	go run ./examples/benchmark -data ../shared/benchmarks/sentiment/uci.tsv -by-group   # train on two domains, test on the third
//	go run ./examples/benchmark -train ../shared/benchmarks/semeval2016/train.tsv \
//	    -test ../shared/benchmarks/semeval2016/test.tsv -grid semeval -joint -json
//
// Data files are the sentiment benchmarks' headerless label<TAB>text[<TAB>group]
// lines, SemEval-2016 Task 6's files (header ID, Target, Tweet, Stance), or
// any labelled JSONL/CSV/TSV file that package corpus reads. A fold file
// folds/NAME.folds beside the data is used for the cross-validation.
// SemEval's files bring the task's protocol: one model per target and the
// official F_avg. The model is -kind with the analysis flags, a compact
// -config, or a search over -grid chosen by cross-validation on the
// training data only. The data are not part of the repository: pass their
// paths.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/evaluate/benchmark"
)

func main() {
	os.Exit(exitCode(run(os.Args[1:], os.Stdout, os.Stderr), os.Stderr))
}

// errUsage is returned for bad flags, which the flag package has reported.
var errUsage = errors.New("usage")

// exitCode reports err on w and returns the exit status: 0 for no error and
// for -h, 2 for bad flags, 1 otherwise.
func exitCode(err error, w io.Writer) int {
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	}
	fmt.Fprintln(w, "benchmark:", err)
	return 1
}

// options are the program's settings, from its flags.
type options struct {
	data, test          string
	folds               int
	seed                uint64
	kind                benchmark.Kind
	model               stance.Options
	beta, c             float64
	prior               bool
	spec, grid          string
	joint, ensembles    bool
	searchFolds, repeat int
	selectBy            string
	tuneOffsets         bool
	offsets             string
	perGroup            bool
	byGroup             bool
	chooseOnly          bool
	workers             int
	json                bool
	fs                  *flag.FlagSet
	set                 map[string]bool // flags given on the command line
}

func parse(args []string, stderr io.Writer) (*options, error) {
	o := &options{kind: benchmark.Complement, model: stance.DefaultOptions()}
	fs := flag.NewFlagSet("benchmark", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.data, "data", "", "labelled data `file`: cross-validated, or with -test trained on")
	fs.StringVar(&o.data, "train", "", "training data `file` for -test (the same as -data)")
	fs.StringVar(&o.test, "test", "", "test `file`, scored once by the model made from the training data")
	fs.IntVar(&o.folds, "folds", 10, "number of cross-validation folds `k` (with a fold file beside the data: its folds)")
	fs.Uint64Var(&o.seed, "seed", 1, "seed of the folds and of NBSVM's solver")
	fs.Func("kind", "model kind: complement (cnb), multinomial (mnb), nbsvm or bayesian (default complement); nbsvm keeps α = 1 and binary features unless -alpha and -binary are given", func(s string) error {
		k, err := benchmark.ParseKind(s)
		o.kind = k
		return err
	})
	o.model.BindFlags(fs)
	nb := benchmark.FromOptions(benchmark.NBSVM, o.model)
	fs.Float64Var(&o.beta, "beta", nb.Beta, "nbsvm: interpolation β between naive Bayes and the SVM")
	fs.Float64Var(&o.c, "c", nb.C, "nbsvm: the SVM's cost C")
	fs.BoolVar(&o.prior, "prior", nb.Prior, "nbsvm: interpolate the intercept with the naive Bayes prior")
	fs.StringVar(&o.spec, "config", "", "the model in compact form instead of -kind and its flags, e.g. \"nbsvm a=1 b=0.25 C=0.1 prior bin w1-2 c2-5 tweet stem neg\" (an ensemble: members joined by \" + \")")
	fs.StringVar(&o.grid, "grid", "", "choose the model by cross-validation on the training data from a grid: semeval, or a `file` of compact forms, one a line")
	fs.BoolVar(&o.joint, "joint", false, "-grid semeval: also joint NBSVMs, one model for all targets with target features")
	fs.BoolVar(&o.ensembles, "ensembles", false, "-grid semeval: also ensembles of NBSVMs and naive Bayes")
	fs.IntVar(&o.searchFolds, "search-folds", 5, "-grid: folds of the cross-validation that chooses")
	fs.IntVar(&o.repeat, "search-repeat", 2, "-grid: repeats of that cross-validation, seeds seed, seed+1, …")
	fs.StringVar(&o.selectBy, "select", "global", "-grid: global (one model kind for all groups) or per-group (each group its best)")
	fs.BoolVar(&o.tuneOffsets, "tune-offsets", true, "-grid: also choose decision offsets where the task has them (SemEval)")
	fs.StringVar(&o.offsets, "offsets", "", "fixed decision offsets added to log-probabilities, e.g. FAVOR=0.25,NONE=0.25")
	fs.BoolVar(&o.chooseOnly, "choose-only", false, "-grid: only run the search on the data and report its choice and evidence, with the nested CV estimate of what the search is worth")
	fs.BoolVar(&o.byGroup, "by-group", false, "cross-validate with one fold per group (UCI's domains): train on the others, test on it")
	fs.BoolVar(&o.perGroup, "per-group", false, "one model per group (the third column of label/text files; always per target for SemEval)")
	fs.IntVar(&o.workers, "workers", 0, "models trained at once (0: one per core); the result does not depend on it")
	fs.BoolVar(&o.json, "json", false, "print one JSON object")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: benchmark [flags]\n\nMeasures stancekit's models on labelled benchmark data: cross-validation or a train/test split.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, err
		}
		return nil, errUsage
	}
	o.fs, o.set = fs, map[string]bool{}
	fs.Visit(func(f *flag.Flag) { o.set[f.Name] = true })
	return o, o.check(fs)
}

// check rejects flags that do not fit together.
func (o *options) check(fs *flag.FlagSet) error {
	switch {
	case fs.NArg() > 0:
		return fmt.Errorf("unexpected argument %q (the data go after -data)", fs.Arg(0))
	case o.data == "":
		return errors.New("-data FILE (or -train FILE with -test) is required")
	case o.set["data"] && o.set["train"]:
		return errors.New("-data and -train name the same thing; give one")
	case o.spec != "" && o.grid != "":
		return errors.New("-config and -grid exclude each other")
	case o.selectBy != "global" && o.selectBy != "per-group":
		return fmt.Errorf("-select %q: want global or per-group", o.selectBy)
	case o.folds < 2:
		return fmt.Errorf("-folds %d: want at least 2", o.folds)
	case o.searchFolds < 2 || o.repeat < 1:
		return fmt.Errorf("-search-folds %d, -search-repeat %d: want at least 2 and 1", o.searchFolds, o.repeat)
	case o.test != "" && o.set["folds"]:
		return errors.New("-folds is for cross-validation; with -test the data are split already")
	case o.byGroup && (o.test != "" || o.set["folds"]):
		return errors.New("-by-group makes the folds; it takes neither -test nor -folds")
	case o.chooseOnly && (o.grid == "" || o.test != ""):
		return errors.New("-choose-only runs the search of -grid on the data, without -test")
	}
	return nil
}

func run(args []string, stdout, stderr io.Writer) error {
	o, err := parse(args, stderr)
	if err != nil {
		return err
	}
	c, err := o.benchmark()
	if err != nil {
		return err
	}
	r, err := benchmark.Run(c)
	if err != nil {
		return err
	}
	if o.json {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	return r.WriteText(stdout)
}

// benchmark returns the run the options describe.
func (o *options) benchmark() (benchmark.Config, error) {
	c := benchmark.Config{Seed: o.seed, Workers: o.workers, ChooseOnly: o.chooseOnly, ByGroup: o.byGroup}
	if o.set["folds"] {
		c.Folds = o.folds
	}
	var err error
	if c.Data, err = benchmark.ReadData(o.data); err != nil {
		return c, err
	}
	if o.test != "" {
		if c.Test, err = benchmark.ReadData(o.test); err != nil {
			return c, err
		}
	}
	c.Task = c.Data.Task()
	if o.perGroup {
		if c.Task.Group == nil {
			return c, fmt.Errorf("-per-group: %s has no groups", o.data)
		}
		c.Task.PerGroup = true
	}
	c.Method, err = o.method()
	return c, err
}

// modelFlags are the flags that describe a -kind model.
var modelFlags = []string{"kind", "alpha", "ngrams", "lang", "stem", "negation", "negation-window", "spelling", "stop-words", "tweet",
	"binary", "uniform-prior", "beta", "c", "prior"}

// method returns how the models are made: -grid, -config or -kind.
func (o *options) method() (benchmark.Method, error) {
	var m benchmark.Method
	for _, f := range modelFlags {
		if o.set[f] && (o.spec != "" || o.grid != "") {
			return m, fmt.Errorf("-%s describes a -kind model; it does not apply to -config or -grid", f)
		}
	}
	if (o.joint || o.ensembles) && o.grid != "semeval" {
		return m, errors.New("-joint and -ensembles extend -grid semeval")
	}
	var err error
	switch {
	case o.grid != "":
		m.Search, err = o.search()
	case o.spec != "":
		m.Spec, err = benchmark.ParseSpec(o.spec)
	default:
		m.Spec = o.kindSpec()
	}
	if err != nil {
		return m, err
	}
	if o.offsets != "" {
		if m.Search != nil {
			return m, errors.New("-offsets fixes the offsets of one model; -grid chooses them (-tune-offsets)")
		}
		m.Offsets, err = parseOffsets(o.offsets)
	}
	return m, err
}

// kindSpec returns the model of -kind and the analysis flags.
func (o *options) kindSpec() benchmark.Spec {
	s := benchmark.FromFlags(o.kind, o.model, o.fs)
	if o.kind == benchmark.NBSVM {
		s.Beta, s.C, s.Prior = o.beta, o.c, o.prior
	}
	return s
}

// search returns the search of -grid.
func (o *options) search() (*benchmark.Search, error) {
	s := &benchmark.Search{Folds: o.searchFolds, Repeats: o.repeat, PerGroup: o.selectBy == "per-group", TuneOffsets: o.tuneOffsets}
	if o.grid == "semeval" {
		s.Grid = benchmark.SemEvalGrid(o.joint)
		if o.ensembles {
			s.Grid = append(s.Grid, benchmark.EnsembleGrid()...)
		}
		return s, nil
	}
	var err error
	s.Grid, err = readGrid(o.grid)
	return s, err
}

// readGrid reads a file of specs in compact form, one a line; blank lines
// and lines starting with # are skipped.
func readGrid(path string) ([]benchmark.Spec, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("-grid: %w (want semeval or a file)", err)
	}
	defer f.Close()
	var out []benchmark.Spec
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		s, err := benchmark.ParseSpec(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no configurations", path)
	}
	return out, nil
}

// parseOffsets reads LABEL=V,LABEL=V.
func parseOffsets(s string) (map[corpus.Label]float64, error) {
	out := map[corpus.Label]float64{}
	for _, part := range strings.Split(s, ",") {
		l, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if !ok || err != nil || l == "" {
			return nil, fmt.Errorf("-offsets %q: want LABEL=NUMBER,…", s)
		}
		out[corpus.Label(strings.TrimSpace(l))] = f
	}
	return out, nil
}
