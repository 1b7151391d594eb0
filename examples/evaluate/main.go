// Command evaluate measures a stance model: stratified (or grouped) k-fold
// cross-validation on labelled data, or training on one set and testing on
// another, with a classification report, confidence intervals, calibration,
// an optional comparison with a second model, plots and a risk–coverage
// table. The work is done by package stance/evaluate; this is its command
// line.
//
//	go run ./examples/evaluate                          # 10-fold CV on the embedded corpus
//	go run ./examples/evaluate -group-by election       # leave elections out
//	go run ./examples/evaluate -model cnb -compare mnb  # McNemar and the macro-F1 difference
//	go run ./examples/evaluate -train a.jsonl,b.csv -test held_out.jsonl -json
//	go run ./examples/evaluate -plot out/ -abstain
//
// Errors are reported on standard error with exit status 1.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/baseline"
	"github.com/stancekit/stancekit/stance/evaluate"
	"github.com/stancekit/stancekit/stance/evaluate/plot"
)

func main() {
	fi, err := os.Stderr.Stat()
	terminal := err == nil && fi.Mode()&os.ModeCharDevice != 0
	os.Exit(exitCode(run(os.Args[1:], os.Stdout, os.Stderr, terminal), os.Stderr))
}

// errReported is returned for errors already written out (bad flags).
var errReported = errors.New("reported")

// exitCode reports err on w and returns the exit status: 0 for no error
// and for -h, 1 otherwise.
func exitCode(err error, w io.Writer) int {
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errReported):
		return 1
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, "evaluate: ") {
		msg = "evaluate: " + msg
	}
	fmt.Fprintln(w, msg)
	return 1
}

// fileList is a repeatable flag whose values may also be comma-separated.
type fileList []string

func (f *fileList) String() string { return strings.Join(*f, ",") }

func (f *fileList) Set(v string) error {
	for p := range strings.SplitSeq(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*f = append(*f, p)
		}
	}
	return nil
}

type config struct {
	train     fileList
	test      string
	folds     int
	groupBy   string
	seed      uint64
	model     string
	compare   string
	opts      stance.Options
	json      bool
	plotDir   string
	abstain   bool
	target    float64
	resamples int
	labels    []corpus.Label
	ablation  bool
}

func parse(args []string, stderr io.Writer) (*config, error) {
	def := stance.DefaultOptions()
	c := &config{opts: def}
	fs := flag.NewFlagSet("evaluate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Var(&c.train, "train", "labelled JSONL/CSV/TSV training `file`s, repeatable or comma-separated (default: the embedded leaders' corpus)")
	fs.StringVar(&c.test, "test", "", "labelled test `file`: train on the training data and evaluate on it, instead of cross-validating")
	fs.IntVar(&c.folds, "folds", 10, "number of cross-validation folds `k`")
	fs.StringVar(&c.groupBy, "group-by", "", "grouped cross-validation by a metadata `field`, e.g. election (leave elections out)")
	fs.Uint64Var(&c.seed, "seed", 1, "seed of the folds and the bootstrap")
	defModel := "mnb"
	if def.Kind == stance.Complement {
		defModel = "cnb"
	}
	fs.StringVar(&c.model, "model", defModel, "model: mnb (multinomial NB), cnb (complement NB) or bayesian (jbrukh/bayesian baseline); the default is the default model's kind")
	fs.StringVar(&c.compare, "compare", "", "second `model` (mnb, cnb or bayesian) to compare with on the same items")
	fs.Float64Var(&c.opts.Alpha, "alpha", def.Alpha, "smoothing constant α > 0 (mnb, cnb)")
	ngrams := fs.String("ngrams", fmt.Sprintf("%d-%d", def.Tokenizer.NGramMin, def.Tokenizer.NGramMax), "word n-gram `range`: 1-2, 1,2 or 1")
	fs.BoolVar(&c.opts.Tokenizer.Negation, "negation", def.Tokenizer.Negation, "mark negation scopes")
	fs.BoolVar(&c.opts.Tokenizer.Stem, "stem", def.Tokenizer.Stem, "stem words")
	fs.BoolVar(&c.opts.Tokenizer.NormalizeSpelling, "spelling", def.Tokenizer.NormalizeSpelling, "map British spellings to American")
	fs.StringVar(&c.opts.Tokenizer.Language, "lang", def.Tokenizer.Language, "stemming `language`")
	labels := fs.String("labels", "", "comma-separated label set in report order; other labels are errors (default: recognising,withholding,hostile, or the training files' labels)")
	fs.BoolVar(&c.json, "json", false, "print one JSON object instead of the text report")
	fs.StringVar(&c.plotDir, "plot", "", "write confusion.png and reliability.png into `dir`")
	fs.BoolVar(&c.abstain, "abstain", false, "print the risk–coverage table and the abstention threshold chosen by cross-validation on the training data")
	fs.Float64Var(&c.target, "target-accuracy", 0.9, "target accuracy of the abstention threshold (-abstain)")
	fs.IntVar(&c.resamples, "bootstrap", 1000, "bootstrap resamples of the confidence intervals")
	fs.BoolVar(&c.ablation, "ablation", false, "also evaluate single-change variants of the configuration (other model kinds, each tokenizer step off, n-gram ranges, α) on the same folds and print a Markdown table")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: go run ./examples/evaluate [flags]\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, err
		}
		return nil, errReported // the flag package has printed it, with the usage
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected argument %q (training files go after -train)", fs.Arg(0))
	}
	var err error
	if c.opts.Tokenizer.NGramMin, c.opts.Tokenizer.NGramMax, err = parseRange(*ngrams); err != nil {
		return nil, fmt.Errorf("-ngrams: %w", err)
	}
	if *labels != "" {
		for l := range strings.SplitSeq(*labels, ",") {
			c.labels = append(c.labels, corpus.Label(strings.TrimSpace(l)))
		}
	}
	switch {
	case c.folds < 2:
		return nil, fmt.Errorf("-folds %d: want at least 2", c.folds)
	case c.resamples < 1:
		return nil, fmt.Errorf("-bootstrap %d: want at least 1", c.resamples)
	case !(c.target > 0 && c.target <= 1):
		return nil, fmt.Errorf("-target-accuracy %v: want a number in (0, 1]", c.target)
	case c.test != "" && c.groupBy != "":
		return nil, errors.New("-group-by applies to cross-validation; it cannot be combined with -test")
	}
	for _, m := range []string{c.model, c.compare} {
		if m != "" && !slices.Contains([]string{"mnb", "cnb", "bayesian"}, m) {
			return nil, fmt.Errorf("unknown model %q (want mnb, cnb or bayesian)", m)
		}
	}
	return c, nil
}

// parseRange reads "1-2", "1,2" or "1".
func parseRange(s string) (lo, hi int, err error) {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '-' })
	if len(parts) < 1 || len(parts) > 2 {
		return 0, 0, fmt.Errorf("%q: want MIN-MAX, MIN,MAX or N", s)
	}
	lo, err = strconv.Atoi(strings.TrimSpace(parts[0]))
	hi = lo
	if err == nil && len(parts) == 2 {
		hi, err = strconv.Atoi(strings.TrimSpace(parts[1]))
	}
	if err != nil {
		return 0, 0, fmt.Errorf("%q: want MIN-MAX, MIN,MAX or N", s)
	}
	if lo < 1 || hi < lo {
		return 0, 0, fmt.Errorf("%q: want 1 ≤ MIN ≤ MAX", s)
	}
	return lo, hi, nil
}

// trainFunc returns the TrainFunc of a model name and a description.
func trainFunc(name string, o stance.Options) (stance.TrainFunc, string, error) {
	t := o.Tokenizer
	feats := fmt.Sprintf("ngrams=%d-%d negation=%v stem=%v spelling=%v lang=%s", t.NGramMin, t.NGramMax, t.Negation, t.Stem, t.NormalizeSpelling, t.Language)
	switch name {
	case "mnb", "cnb":
		o.Kind = stance.Multinomial
		if name == "cnb" {
			o.Kind = stance.Complement
		}
		if err := o.Validate(); err != nil {
			return nil, "", err
		}
		return stance.NaiveBayes(o), fmt.Sprintf("%s naive Bayes, alpha=%g %s", o.Kind, o.Alpha, feats), nil
	case "bayesian":
		if err := t.Validate(); err != nil {
			return nil, "", err
		}
		return baseline.TrainFunc(t), fmt.Sprintf("jbrukh/bayesian baseline, %s", feats), nil
	}
	return nil, "", fmt.Errorf("unknown model %q", name)
}

// maxErrors is the number of bad records reported per file.
const maxErrors = 10

// readFiles reads labelled files, reporting the first maxErrors bad records
// of each and how many more there are. With labels nil any label goes.
func readFiles(paths []string, labels []corpus.Label) ([]corpus.Example, error) {
	var all []corpus.Example
	for _, p := range paths {
		var errs []error
		more, n := 0, 0
		for e, err := range corpus.ReadFile(p, corpus.ReadOptions{Labels: labels, KeepGoing: true}) {
			switch {
			case err == nil:
				all = append(all, e)
				n++
			case len(errs) < maxErrors:
				errs = append(errs, err)
			default:
				more++
			}
		}
		if more > 0 {
			errs = append(errs, fmt.Errorf("%s: %d more errors", p, more))
		}
		if err := errors.Join(errs...); err != nil {
			return nil, err
		}
		if n == 0 {
			return nil, fmt.Errorf("%s: no statements", p)
		}
	}
	return all, nil
}

// labelsOf returns the labels of exs: the leaders' labels in their order
// when they are all among them, otherwise sorted.
func labelsOf(exs []corpus.Example) []corpus.Label {
	var ls []corpus.Label
	for _, e := range exs {
		if l := corpus.Label(e.Label); !slices.Contains(ls, l) {
			ls = append(ls, l)
		}
	}
	if !slices.ContainsFunc(ls, func(l corpus.Label) bool { return !slices.Contains(corpus.LeaderLabels(), l) }) {
		return slices.DeleteFunc(slices.Clone(corpus.LeaderLabels()), func(l corpus.Label) bool { return !slices.Contains(ls, l) })
	}
	slices.Sort(ls)
	return ls
}

func run(args []string, stdout, stderr io.Writer, terminal bool) error {
	c, err := parse(args, stderr)
	if err != nil {
		return err
	}

	// The data.
	var training []corpus.Example
	source := "the embedded leaders' corpus"
	if len(c.train) == 0 {
		training = corpus.Leaders()
		if c.labels == nil {
			c.labels = corpus.LeaderLabels()
		}
		for _, e := range training {
			if c.labels != nil && !slices.Contains(c.labels, corpus.Label(e.Label)) {
				return fmt.Errorf("-labels %v lacks the corpus label %q", c.labels, e.Label)
			}
		}
	} else {
		source = strings.Join(c.train, ", ")
		if training, err = readFiles(c.train, c.labels); err != nil {
			return err
		}
		if c.labels == nil {
			c.labels = labelsOf(training)
		}
	}
	if len(c.labels) < 2 {
		return fmt.Errorf("the training data have only the labels %v; want at least two", c.labels)
	}
	c.opts.Labels = c.labels
	var test []corpus.Example
	if c.test != "" {
		if test, err = readFiles([]string{c.test}, c.labels); err != nil {
			return err
		}
		seen := make(map[string]bool, len(training))
		for _, e := range training {
			seen[strings.TrimSpace(e.Text)] = true
		}
		overlap := 0
		for _, e := range test {
			if seen[strings.TrimSpace(e.Text)] {
				overlap++
			}
		}
		if overlap > 0 {
			fmt.Fprintf(stderr, "evaluate: warning: %d of the %d test statements also occur in the training data\n", overlap, len(test))
		}
	}

	// The models.
	tf, desc, err := trainFunc(c.model, c.opts)
	if err != nil {
		return fmt.Errorf("-model %s: %w", c.model, err)
	}
	var cmpTF stance.TrainFunc
	if c.compare != "" {
		if cmpTF, _, err = trainFunc(c.compare, c.opts); err != nil {
			return fmt.Errorf("-compare %s: %w", c.compare, err)
		}
	}
	cv := evaluate.CVOptions{Folds: c.folds, Seed: c.seed, Labels: c.labels}
	if c.groupBy != "" {
		field := c.groupBy
		cv.Group = func(e corpus.Example) string { return e.Meta[field] }
	}
	var method string
	switch {
	case c.test != "":
		method = fmt.Sprintf("trained on %s (%d statements), tested on %s", source, len(training), c.test)
	case c.groupBy != "":
		method = fmt.Sprintf("%d-fold cross-validation grouped by %s on %s, seed %d", c.folds, c.groupBy, source, c.seed)
	default:
		method = fmt.Sprintf("%d-fold stratified cross-validation on %s, seed %d", c.folds, source, c.seed)
	}

	predict := func(name string, fn stance.TrainFunc) (*evaluate.Predictions, error) {
		if c.test != "" {
			return evaluate.TrainTest(training, test, fn, c.labels)
		}
		o := cv
		if terminal {
			o.Progress = func(done, total int) {
				fmt.Fprintf(stderr, "\rcross-validating %s: fold %d/%d", name, done, total)
				if done == total {
					fmt.Fprint(stderr, "\r\033[K")
				}
			}
		}
		p, err := evaluate.CrossValidate(training, fn, o)
		if err != nil && c.groupBy != "" {
			err = fmt.Errorf("%w (-group-by %s)", err, c.groupBy)
		}
		return p, err
	}
	p, err := predict(c.model, tf)
	if err != nil {
		return err
	}
	boot := evaluate.BootstrapOptions{Resamples: c.resamples, Seed: c.seed}
	r, err := evaluate.NewReport(p, evaluate.ReportOptions{Model: c.model, ModelOptions: desc, Method: method, Bootstrap: boot})
	if err != nil {
		return err
	}
	if cmpTF != nil {
		q, err := predict(c.compare, cmpTF)
		if err != nil {
			return fmt.Errorf("-compare %s: %w", c.compare, err)
		}
		cmp, err := evaluate.Compare(p, q, boot)
		if err != nil {
			return err
		}
		cmp.Model = c.compare
		r.Compare = &cmp
	}
	if c.abstain {
		r.RiskCoverage = evaluate.RiskCoverage(p, nil)
		var choice evaluate.ThresholdChoice
		if c.test == "" {
			// The evaluation is already the cross-validation on the
			// training data that ChooseThreshold would run.
			choice, err = evaluate.PickThreshold(r.RiskCoverage, c.target)
		} else {
			choice, err = evaluate.ChooseThreshold(training, tf, c.target, nil, cv)
		}
		if err != nil {
			return fmt.Errorf("-abstain: %w", err)
		}
		r.Abstain = &evaluate.AbstainReport{Chosen: choice, Evaluated: evaluate.RiskCoverage(p, []float64{choice.Threshold})[0]}
	}

	if c.ablation {
		return ablate(stdout, c, p, predict, boot, method)
	}

	// The output.
	var paths []string
	if c.plotDir != "" {
		if paths, err = plot.WriteFiles(c.plotDir, r); err != nil {
			return fmt.Errorf("-plot: %w", err)
		}
	}
	if c.json {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	if err := r.WriteText(stdout); err != nil {
		return err
	}
	if len(paths) > 0 {
		_, err = fmt.Fprintf(stdout, "\nPlots: %s\n", strings.Join(paths, ", "))
	}
	return err
}
