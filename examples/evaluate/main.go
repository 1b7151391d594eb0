// Command evaluate measures a stance model: stratified (or grouped) k-fold
// cross-validation on labelled data, training on one set and testing on
// another, or scoring a saved model on a test set, with a classification
// report, confidence intervals, calibration, an optional comparison with a
// second model, plots and a risk–coverage table. The work is done by
// package stance/evaluate; this is its command line.
//
//	go run ./examples/evaluate                          # 10-fold CV on the embedded English corpus
//	go run ./examples/evaluate -group-by election       # leave elections out
//	go run ./examples/evaluate -corpus leaders          # the original 1,800 statements only
//	go run ./examples/evaluate -corpus about -group-by group   # the article reader's about-result judge
//	go run ./examples/evaluate -kind cnb -compare mnb   # McNemar and the macro-F1 difference
//	go run ./examples/evaluate -train a.jsonl,b.csv -test held_out.jsonl -json
//	go run ./examples/evaluate -model model.json -test held_out.jsonl -json
//	go run ./examples/evaluate -plot out/ -abstain
//	go run ./examples/evaluate -calibrate -group-by election   # raw and calibrated probabilities, nested CV
//	go run ./examples/evaluate -task tone -kind mnb -group-by election   # the tones of the corpus
//	go run ./examples/evaluate -task tone -model tone.json -test held_out.jsonl -json
//	go run ./examples/evaluate -test multilingual.jsonl [-ignore-lang] [-json]   # the default models, by language
//	go run ./examples/evaluate -task tone -test multilingual.jsonl -json        # the default tone models, by language
//
// -test FILE alone (no -train, -model, -corpus, -kind or analysis flags,
// -compare, -ablation, -abstain or -calibrate; -task stance or tone)
// scores the default models of the task by language (stance:
// stance.DefaultRouter; tone: the tone model of each language,
// stance.DefaultToneRouterOptions, the labels of the file's tone field):
// each row goes to the model of its lang field, or with none or with
// -ignore-lang of its detected language, and a row in a language without a
// default model is unsupported. The report proper is that of the rows a model answered;
// after it come a table per language and for all rows (rows, answered,
// unsupported, and accuracy and macro-F1 with the unsupported rows counted
// as misses of their true label), and for the rows with a lang field how
// many are detected as another language and how many get the same answer
// routed by the field as by detection. -json adds them as "routing"
// (all_rows, languages, rows_with_lang, detected_not_given, same_result,
// same_result_share). With any of those flags -test is scored, as before
// languages, by a model trained on the embedded corpus (-corpus).
//
// Without -train the training data is an embedded corpus (-corpus): by
// default the English stance corpus, the leaders' statements and the hard
// cases (corpus.English), each with its election's context. When the
// statements carry hard-case tags, the report scores them tag by tag.
// -task tone labels the data by its "tone" field instead of its label
// (the embedded corpus through corpus.Relabel, -train and -test files by
// their tone column or key), with the tones positive, neutral, negative
// in that order; -task NAME uses the field NAME the same way. A -model
// must be a model of that task.
//
// The model to train is -kind (complement, multinomial, nbsvm or bayesian)
// with the analysis flags that examples/train takes (stance.Options.BindFlags).
// -calibrate calibrates naive Bayes models by temperature scaling
// (stance.TrainCalibrated, with -folds and -seed for its inner folds) and
// reports ECE, log loss, Brier and the wrong answers at probability ≥ 0.99
// before and after; under cross-validation each outer fold's model is
// calibrated on its own training part only (evaluate.CrossValidateCalibrated),
// and -plot draws both reliability curves.
// Errors are reported on standard error with exit status 1 (2 for bad
// flags).
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/article"
	"github.com/stancekit/stancekit/stance/evaluate"
	"github.com/stancekit/stancekit/stance/evaluate/benchmark"
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
// and for -h, 2 for bad flags, 1 otherwise.
func exitCode(err error, w io.Writer) int {
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errReported):
		return 2
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
	train      fileList
	corpus     string
	test       string
	folds      int
	groupBy    string
	seed       uint64
	kind       benchmark.Kind
	compare    string
	modelFile  string
	opts       stance.Options
	json       bool
	plotDir    string
	abstain    bool
	target     float64
	resamples  int
	labels     []corpus.Label
	ablation   bool
	calibrate  bool
	ignoreLang bool           // -ignore-lang: route -test rows by detection alone
	task       string         // -task: the label field of the data; "stance" is the label itself
	ctx        stance.Context // -winner, -rivals: the context of -test rows without their own
	fs         *flag.FlagSet  // to tell flags given from defaults
}

// parse reads the command line. With -corpus naming a language (es, fr,
// ru, pt, de) the analysis flags default to that language's default model
// (stance.LanguageOptions) rather than English's, so the flags are read a
// second time over those defaults.
func parse(args []string, stderr io.Writer) (*config, error) {
	c, err := parseOver(args, stderr, stance.DefaultOptions())
	if err != nil || !languageCorpus(c.corpus) {
		return c, err
	}
	o, err := stance.LanguageOptions(c.corpus)
	if err != nil {
		return nil, err
	}
	return parseOver(args, io.Discard, o)
}

// languageCorpus reports whether -corpus names a language's corpus.
func languageCorpus(name string) bool {
	switch name {
	case "es", "fr", "ru", "pt", "de":
		return true
	}
	return false
}

// parseOver is parse with base as the defaults of the analysis flags.
func parseOver(args []string, stderr io.Writer, base stance.Options) (*config, error) {
	c := &config{opts: base, kind: benchmark.Complement}
	if c.opts.Kind == stance.Multinomial {
		c.kind = benchmark.Multinomial
	}
	fs := flag.NewFlagSet("evaluate", flag.ContinueOnError)
	c.fs = fs
	fs.SetOutput(stderr)
	fs.Var(&c.train, "train", "labelled JSONL/CSV/TSV training `file`s, repeatable or comma-separated (default: the embedded corpus of -corpus)")
	fs.StringVar(&c.corpus, "corpus", "english", "embedded training corpus `name` when there is no -train: english (the leaders' statements and the hard cases), leaders (the leaders' statements only), about (the English statements as about_result and the off-topic remarks as off_topic, grouped by election and topic in the field group), or a language's statements, es, fr, ru, pt or de (the analysis flags then default to that language's default model)")
	fs.StringVar(&c.task, "task", stance.TaskStance, "what to evaluate: stance (the data's label), tone (the data's tone field: positive, neutral, negative), or the `name` of another field that holds the labels")
	fs.StringVar(&c.test, "test", "", "labelled test `file`: train on the training data and evaluate on it, instead of cross-validating")
	fs.StringVar(&c.modelFile, "model", "", "saved model `file` to score on -test, instead of training one")
	fs.IntVar(&c.folds, "folds", 10, "number of cross-validation folds `k`")
	fs.StringVar(&c.groupBy, "group-by", "", "grouped cross-validation by a metadata `field`, e.g. election (leave elections out)")
	fs.Uint64Var(&c.seed, "seed", evaluate.DefaultSeed, "seed of the folds and the bootstrap (0: the default, as in the Go API)")
	fs.Func("kind", fmt.Sprintf("model kind to train: complement (cnb), multinomial (mnb), nbsvm or bayesian (jbrukh/bayesian baseline) (default %s, the default model's)", c.opts.Kind), func(s string) error {
		k, err := benchmark.ParseKind(s)
		c.kind = k
		return err
	})
	fs.StringVar(&c.compare, "compare", "", "second model `kind` to compare with on the same items")
	c.opts.BindFlags(fs)
	stance.BindContextFlags(fs, &c.ctx)
	labels := fs.String("labels", "", "comma-separated label set in report order; other labels are errors (default: recognising,withholding,hostile, or the training files' labels)")
	fs.BoolVar(&c.json, "json", false, "print one JSON object instead of the text report")
	fs.StringVar(&c.plotDir, "plot", "", "write confusion.png and reliability.png into `dir`")
	fs.BoolVar(&c.abstain, "abstain", false, "print the risk–coverage table and the abstention threshold chosen by cross-validation on the training data")
	fs.Float64Var(&c.target, "target-accuracy", 0.9, "target accuracy of the abstention threshold (-abstain)")
	fs.IntVar(&c.resamples, "bootstrap", 1000, "bootstrap resamples of the confidence intervals")
	fs.BoolVar(&c.calibrate, "calibrate", false, "calibrate the model by temperature scaling on inner out-of-fold predictions of its training data (nested inside each outer fold) and report ECE, log loss, Brier and wrong answers at p ≥ 0.99 before and after; with -model, its saved calibration against none")
	fs.BoolVar(&c.ignoreLang, "ignore-lang", false, "with -test scored by the default models (no -train, -model, -corpus or model flags): route every row by its detected language, ignoring its lang field (the agreement line compares the two)")
	fs.BoolVar(&c.ablation, "ablation", false, "also evaluate single-change variants of the configuration (other model kinds, each tokenizer step off, n-gram ranges, α) on the same folds and print a Markdown table (with -json, a JSON object)")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: evaluate [flags]\n\nMeasures a model: cross-validation or a test file, with intervals, calibration and comparisons.\n\n")
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
	if *labels != "" {
		for l := range strings.SplitSeq(*labels, ",") {
			c.labels = append(c.labels, corpus.Label(strings.TrimSpace(l)))
		}
	}
	if c.seed == 0 {
		c.seed = evaluate.DefaultSeed // what the Go API makes of 0, reported as such
	}
	return c, c.check()
}

// check rejects settings that do not fit together.
func (c *config) check() error {
	switch {
	case c.folds < 2:
		return fmt.Errorf("-folds %d: want at least 2", c.folds)
	case c.resamples < 1:
		return fmt.Errorf("-bootstrap %d: want at least 1", c.resamples)
	case !(c.target > 0 && c.target <= 1):
		return fmt.Errorf("-target-accuracy %v: want a number in (0, 1]", c.target)
	case c.test != "" && c.groupBy != "":
		return errors.New("-group-by applies to cross-validation; it cannot be combined with -test")
	case embedded[c.corpus].get == nil:
		return fmt.Errorf("-corpus %q: want english, leaders, about, es, fr, ru, pt or de", c.corpus)
	case c.given("corpus") && len(c.train) > 0:
		return errors.New("-corpus names an embedded training corpus; it cannot be combined with -train")
	}
	if c.compare != "" {
		if _, err := benchmark.ParseKind(c.compare); err != nil {
			return fmt.Errorf("-compare: %w", err)
		}
	}
	if c.ignoreLang && !c.routes() {
		return errors.New("-ignore-lang applies to -test scored by the default models by language (no -train, -model, -corpus, -task other than stance or tone, model flags, -compare, -ablation, -abstain or -calibrate)")
	}
	if err := c.checkCalibrate(); err != nil {
		return err
	}
	if c.modelFile == "" {
		return nil
	}
	switch {
	case c.test == "":
		return errors.New("-model FILE is scored on -test FILE; cross-validation trains from -kind and the analysis flags")
	case c.ablation || c.abstain:
		return errors.New("-ablation and -abstain train models; they do not apply to a saved -model")
	}
	for _, f := range modelFlags {
		if c.given(f) {
			return fmt.Errorf("-%s describes a model to train; -model %s is trained already", f, c.modelFile)
		}
	}
	return nil
}

// embedded are the training corpora of -corpus: how to get each and how the
// report names it.
var embedded = map[string]struct {
	get    func() []corpus.Example
	name   string
	labels func() []corpus.Label
}{
	"english": {corpus.English, "the embedded English corpus (leaders and hard cases)", corpus.LeaderLabels},
	"leaders": {corpus.Leaders, "the embedded leaders' corpus", corpus.LeaderLabels},
	"about":   {article.AboutCorpus, "the about-result corpus (the English statements and the off-topic remarks)", article.AboutLabels},
	"es":      {languageExamples("es"), "the embedded Spanish corpus", corpus.LeaderLabels},
	"fr":      {languageExamples("fr"), "the embedded French corpus", corpus.LeaderLabels},
	"ru":      {languageExamples("ru"), "the embedded Russian corpus", corpus.LeaderLabels},
	"pt":      {languageExamples("pt"), "the embedded Portuguese corpus", corpus.LeaderLabels},
	"de":      {languageExamples("de"), "the embedded German corpus", corpus.LeaderLabels},
}

// languageExamples returns a getter of a language's embedded statements.
// corpus.Language fails only for a code it has no file for, which the
// tests rule out for these; the getter then returns none, and the
// evaluation reports too few labels.
func languageExamples(code string) func() []corpus.Example {
	return func() []corpus.Example {
		exs, _ := corpus.Language(code)
		return exs
	}
}

// modelFlags are the flags that describe the model to train.
var modelFlags = []string{"kind", "alpha", "ngrams", "lang", "stem", "negation", "negation-window", "spelling", "stop-words", "tweet", "binary", "uniform-prior"}

// given reports whether flag name was set on the command line.
func (c *config) given(name string) bool {
	found := false
	c.fs.Visit(func(f *flag.Flag) { found = found || f.Name == name })
	return found
}

// trainFunc returns the TrainFunc of a model kind with the options of the
// flags, and its description for the report.
func (c *config) trainFunc(kind benchmark.Kind) (stance.TrainFunc, string, error) {
	return c.trainFuncOf(benchmark.FromFlags(kind, c.opts, c.fs))
}

// trainFuncOf returns the TrainFunc of a spec and its description.
func (c *config) trainFuncOf(s benchmark.Spec) (stance.TrainFunc, string, error) {
	tf, err := s.TrainFunc(c.labels, c.seed)
	if err != nil {
		return nil, "", err
	}
	return tf, describe(s.Kind, s.Options, s.Beta, s.C), nil
}

// describe words a model's kind and options for the report.
func describe(kind benchmark.Kind, o stance.Options, beta, cost float64) string {
	t := o.Tokenizer
	feats := fmt.Sprintf("ngrams=%d-%d negation=%v stem=%v spelling=%v lang=%s", t.NGramMin, t.NGramMax, t.Negation, t.Stem, t.NormalizeSpelling, t.Language)
	for _, f := range []struct {
		on   bool
		name string
	}{{t.StopWords, "stop-words"}, {t.Tweet, "tweet"}, {o.Binary && kind != benchmark.Bayesian, "binary"}, {o.UniformPrior, "uniform-prior"}} {
		if f.on {
			feats += " " + f.name + "=true"
		}
	}
	switch kind {
	case benchmark.Multinomial, benchmark.Complement:
		return fmt.Sprintf("%s naive Bayes, alpha=%g %s", o.Kind, o.Alpha, feats)
	case benchmark.NBSVM:
		return fmt.Sprintf("NBSVM, alpha=%g beta=%g C=%g %s", o.Alpha, beta, cost, feats)
	}
	return fmt.Sprintf("jbrukh/bayesian baseline, %s", feats)
}

// maxErrors is the number of bad records reported per file.
const maxErrors = 10

// readFiles reads labelled files, reporting the first maxErrors bad records
// of each and how many more there are. With labels nil any label goes.
func readFiles(paths []string, labels []corpus.Label, task string) ([]corpus.Example, error) {
	var all []corpus.Example
	field := ""
	if task != stance.TaskStance {
		field = task
	}
	for _, p := range paths {
		var errs []error
		more, n := 0, 0
		for e, err := range corpus.ReadFile(p, corpus.ReadOptions{Labels: labels, KeepGoing: true, LabelField: field}) {
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

// withContext gives each example without its own winner or rivals field
// those of ctx, so that it is predicted in that election context.
func withContext(exs []corpus.Example, ctx stance.Context) {
	if ctx.IsZero() {
		return
	}
	for i := range exs {
		c := stance.ContextIn(exs[i].Meta, ctx)
		m := maps.Clone(exs[i].Meta)
		if m == nil {
			m = map[string]string{}
		}
		m["winner"], m["rivals"] = strings.Join(c.Winner, "|"), strings.Join(c.Rivals, "|")
		exs[i].Meta = m
	}
}

// labelsOf returns the labels of exs: the leaders' labels, or the tones,
// in their order when they are all among them, otherwise sorted.
func labelsOf(exs []corpus.Example) []corpus.Label {
	var ls []corpus.Label
	for _, e := range exs {
		if l := e.Label; !slices.Contains(ls, l) {
			ls = append(ls, l)
		}
	}
	for _, canon := range [][]corpus.Label{corpus.LeaderLabels(), corpus.ToneLabels()} {
		if !slices.ContainsFunc(ls, func(l corpus.Label) bool { return !slices.Contains(canon, l) }) {
			return slices.DeleteFunc(canon, func(l corpus.Label) bool { return !slices.Contains(ls, l) })
		}
	}
	slices.Sort(ls)
	return ls
}

func run(args []string, stdout, stderr io.Writer, terminal bool) error {
	c, err := parse(args, stderr)
	if err != nil {
		return err
	}
	e := &evaluation{c: c, stderr: stderr, terminal: terminal}
	if c.routes() {
		return e.runRouted(stdout)
	}
	if err := e.load(); err != nil {
		return err
	}
	p, r, err := e.evaluate()
	if err != nil {
		return err
	}
	if c.compare != "" {
		if err := e.compareWith(r, p); err != nil {
			return err
		}
	}
	if c.abstain {
		if err := e.abstention(r, p); err != nil {
			return err
		}
	}
	if c.ablation {
		return ablate(stdout, c, p, e.predict, e.boot(), e.method)
	}
	return write(stdout, c, r)
}

// evaluation holds the data and settings of one run.
type evaluation struct {
	c              *config
	saved          *stance.Model // -model
	training, test []corpus.Example
	source, method string
	stderr         io.Writer
	terminal       bool
}

// load reads the saved model, if any, and the data.
func (e *evaluation) load() error {
	c := e.c
	if c.modelFile != "" {
		m, err := stance.LoadFile(c.modelFile)
		if err != nil {
			return fmt.Errorf("-model: %w", err)
		}
		if m.Task() != c.task {
			return fmt.Errorf("-model %s is a %s model, but -task is %s", c.modelFile, m.Task(), c.task)
		}
		e.saved = m
		if c.labels == nil {
			c.labels = m.Labels()
		}
	}
	if c.modelFile == "" || c.compare != "" {
		if err := e.loadTraining(); err != nil {
			return err
		}
	}
	c.opts.Labels = c.labels
	if c.task != stance.TaskStance {
		c.opts.Task = c.task
	}
	switch {
	case c.modelFile != "":
		e.method = fmt.Sprintf("saved model %s, tested on %s", c.modelFile, c.test)
	case c.test != "":
		e.method = fmt.Sprintf("trained on %s (%d statements), tested on %s", e.source, len(e.training), c.test)
	case c.groupBy != "":
		e.method = fmt.Sprintf("%d-fold cross-validation grouped by %s on %s, seed %d", c.folds, c.groupBy, e.source, c.seed)
	default:
		e.method = fmt.Sprintf("%d-fold stratified cross-validation on %s, seed %d", c.folds, e.source, c.seed)
	}
	if c.test == "" {
		return nil
	}
	var err error
	if e.test, err = readFiles([]string{c.test}, c.labels, c.task); err == nil {
		withContext(e.test, c.ctx)
	}
	if err != nil {
		return err
	}
	warnOverlap(e.stderr, e.training, e.test)
	return nil
}

// loadTraining reads the training data: the files of -train, or the
// embedded corpus of -corpus.
func (e *evaluation) loadTraining() error {
	c := e.c
	if len(c.train) > 0 {
		e.source = strings.Join(c.train, ", ")
		var err error
		if e.training, err = readFiles(c.train, c.labels, c.task); err != nil {
			return err
		}
		if c.labels == nil {
			c.labels = labelsOf(e.training)
		}
	} else {
		src := embedded[c.corpus]
		e.source = src.name
		if err := e.embeddedTraining(src.get(), src.labels()); err != nil {
			return err
		}
		for _, ex := range e.training {
			if !slices.Contains(c.labels, ex.Label) {
				return fmt.Errorf("-labels %v lacks the corpus label %q", c.labels, ex.Label)
			}
		}
	}
	if len(c.labels) < 2 {
		return fmt.Errorf("the training data have only the labels %v; want at least two", c.labels)
	}
	return nil
}

// embeddedTraining sets the training data to an embedded corpus, labelled
// by -task's field, and the labels to the task's when -labels is not
// given.
func (e *evaluation) embeddedTraining(exs []corpus.Example, stanceLabels []corpus.Label) error {
	c := e.c
	e.training = exs
	if c.task != stance.TaskStance {
		var err error
		if e.training, err = corpus.Relabel(exs, c.task); err != nil {
			return fmt.Errorf("-task %s: %w", c.task, err)
		}
		e.source += ", labelled by " + c.task
	}
	if c.labels != nil {
		return nil
	}
	switch c.task {
	case stance.TaskStance:
		c.labels = stanceLabels
	case stance.TaskTone:
		c.labels = corpus.ToneLabels()
	default:
		c.labels = labelsOf(e.training)
	}
	return nil
}

// warnOverlap warns when test statements also occur in the training data.
func warnOverlap(w io.Writer, training, test []corpus.Example) {
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
		fmt.Fprintf(w, "evaluate: warning: %d of the %d test statements also occur in the training data\n", overlap, len(test))
	}
}

func (e *evaluation) boot() evaluate.BootstrapOptions {
	return evaluate.BootstrapOptions{Resamples: e.c.resamples, Seed: e.c.seed}
}

// evaluate makes the main predictions and their report.
func (e *evaluation) evaluate() (*evaluate.Predictions, *evaluate.Report, error) {
	c := e.c
	var p *evaluate.Predictions
	ro := evaluate.ReportOptions{Model: string(c.kind), Method: e.method, Bootstrap: e.boot()}
	var err error
	switch {
	case e.saved != nil:
		ro.Model = c.modelFile
		o := e.saved.Options()
		kind := benchmark.Multinomial
		if o.Kind == stance.Complement {
			kind = benchmark.Complement
		}
		ro.ModelOptions = describe(kind, o, 0, 0)
		if t, ok := e.saved.Calibration(); ok {
			ro.ModelOptions += fmt.Sprintf(", calibrated (T = %.3f)", t.Temperature)
		}
		if c.calibrate {
			return e.evaluateCalibrated(ro)
		}
		p, err = evaluate.Evaluate(e.saved, e.test, c.labels)
	case c.calibrate:
		ro.ModelOptions = describe(c.kind, c.nbOptions(), 0, 0) + ", calibrated by temperature scaling"
		return e.evaluateCalibrated(ro)
	default:
		var tf stance.TrainFunc
		if tf, ro.ModelOptions, err = c.trainFunc(c.kind); err != nil {
			return nil, nil, fmt.Errorf("-kind %s: %w", c.kind, err)
		}
		p, err = e.predict(string(c.kind), tf)
	}
	if err != nil {
		return nil, nil, err
	}
	r, err := evaluate.NewReport(p, ro)
	return p, r, err
}

// predict trains with fn and predicts: on the test file, or by
// cross-validation, with a progress line on a terminal.
func (e *evaluation) predict(name string, fn stance.TrainFunc) (*evaluate.Predictions, error) {
	c := e.c
	if c.test != "" {
		return evaluate.TrainTest(e.training, e.test, fn, c.labels)
	}
	o := e.cvOptions(name)
	p, err := evaluate.CrossValidate(e.training, fn, o)
	if err != nil && c.groupBy != "" {
		err = fmt.Errorf("%w (-group-by %s)", err, c.groupBy)
	}
	return p, err
}

// cvOptions returns the cross-validation options of the flags, with a
// progress line on a terminal that names what is cross-validated (none
// when name is empty).
func (e *evaluation) cvOptions(name string) evaluate.CVOptions {
	c := e.c
	o := evaluate.CVOptions{Folds: c.folds, Seed: c.seed, Labels: c.labels, Group: c.groupFunc()}
	if e.terminal && name != "" {
		o.Progress = func(done, total int) {
			fmt.Fprintf(e.stderr, "\rcross-validating %s: fold %d/%d", name, done, total)
			if done == total {
				fmt.Fprint(e.stderr, "\r\033[K")
			}
		}
	}
	return o
}

// compareWith adds the comparison with -compare's kind to r.
func (e *evaluation) compareWith(r *evaluate.Report, p *evaluate.Predictions) error {
	kind, _ := benchmark.ParseKind(e.c.compare) // checked by parse
	tf, _, err := e.c.trainFunc(kind)
	if err != nil {
		return fmt.Errorf("-compare %s: %w", e.c.compare, err)
	}
	q, err := e.predict(string(kind), tf)
	if err != nil {
		return fmt.Errorf("-compare %s: %w", e.c.compare, err)
	}
	cmp, err := evaluate.Compare(p, q, e.boot())
	if err != nil {
		return err
	}
	cmp.Model = string(kind)
	r.Compare = &cmp
	return nil
}

// abstention adds the risk–coverage table and the threshold chosen on the
// training data to r.
func (e *evaluation) abstention(r *evaluate.Report, p *evaluate.Predictions) error {
	c := e.c
	r.RiskCoverage = evaluate.RiskCoverage(p, nil)
	var choice evaluate.ThresholdChoice
	var err error
	if c.test == "" {
		// The evaluation is already the cross-validation on the
		// training data that ChooseThreshold would run.
		choice, err = evaluate.PickThreshold(r.RiskCoverage, c.target)
	} else if c.calibrate {
		choice, err = e.chooseCalibratedThreshold()
	} else {
		var tf stance.TrainFunc
		if tf, _, err = c.trainFunc(c.kind); err == nil {
			choice, err = evaluate.ChooseThreshold(e.training, tf, c.target, nil, evaluate.CVOptions{Folds: c.folds, Seed: c.seed, Labels: c.labels})
		}
	}
	if err != nil {
		return fmt.Errorf("-abstain: %w", err)
	}
	r.Abstain = &evaluate.AbstainReport{Chosen: choice, Evaluated: evaluate.RiskCoverage(p, []float64{choice.Threshold})[0]}
	return nil
}

// write prints the report, and draws the plots.
func write(stdout io.Writer, c *config, r *evaluate.Report) error {
	var paths []string
	var err error
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
