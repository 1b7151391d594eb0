package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

func TestMain(m *testing.M) {
	flag.Parse()
	beam.Init()
	code := m.Run()
	if trainDir != "" {
		os.RemoveAll(trainDir)
	}
	os.Exit(code)
}

// runPrism runs the pipeline of c on the in-process Prism runner.
func runPrism(t *testing.T, c config) (beam.PipelineResult, error) {
	t.Helper()
	p, err := buildPipeline(c)
	if err != nil {
		t.Fatal(err)
	}
	return prism.Execute(context.Background(), p)
}

func counter(pr beam.PipelineResult, name string) int64 {
	for _, c := range pr.Metrics().AllMetrics().Counters() {
		if c.Namespace() == metricsNS && c.Name() == name {
			return c.Result()
		}
	}
	return 0
}

// parseArgs parses command-line arguments as main does.
func parseArgs(t *testing.T, args ...string) config {
	t.Helper()
	fs := flag.NewFlagSet("beam", flag.ContinueOnError)
	parse := defineFlags(fs)
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	c, err := parse()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// leaderShards writes the embedded leaders' corpus, dealt round-robin into
// JSONL, CSV, TSV and gzip-compressed JSONL files, and returns their paths.
func leaderShards(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	names := []string{"a.jsonl", "b.csv", "c.jsonl.gz", "d.tsv", "e.jsonl"}
	parts := make([][]corpus.Example, len(names))
	for i, e := range corpus.Leaders() {
		parts[i%len(names)] = append(parts[i%len(names)], e)
	}
	var paths []string
	for i, name := range names {
		var b bytes.Buffer
		switch {
		case strings.Contains(name, ".jsonl"):
			for _, e := range parts[i] {
				line, _ := json.Marshal(map[string]string{"id": e.ID, "text": e.Text, "label": string(e.Label)})
				b.Write(append(line, '\n'))
			}
		default:
			w := csv.NewWriter(&b)
			if strings.HasSuffix(name, ".tsv") {
				w.Comma = '\t'
			}
			w.Write([]string{"id", "text", "label"})
			for _, e := range parts[i] {
				w.Write([]string{e.ID, e.Text, string(e.Label)})
			}
			w.Flush()
		}
		data := b.Bytes()
		if strings.HasSuffix(name, ".gz") {
			var z bytes.Buffer
			zw := gzip.NewWriter(&z)
			zw.Write(data)
			zw.Close()
			data = z.Bytes()
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

var trainDir string // removed by TestMain

var trainBinary = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "stancekit-beam-test")
	if err != nil {
		return "", err
	}
	trainDir = dir
	bin := filepath.Join(dir, "train")
	// Built in the root module, with its own dependency versions: exactly
	// what `go run ./examples/train` runs.
	cmd := exec.Command("go", "build", "-o", bin, "./examples/train")
	cmd.Dir = filepath.Join("..", "..")
	out, err := cmd.CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("building examples/train: %v\n%s", err, out)
	}
	return bin, nil
})

// runTrain runs examples/train, the single-machine trainer.
func runTrain(t *testing.T, args ...string) {
	t.Helper()
	bin, err := trainBinary()
	if err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
		t.Fatalf("examples/train %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// TestTrainMatchesExamplesTrain is the identity the Beam trainer promises:
// the model file it writes on the Prism runner is byte for byte the one
// `go run ./examples/train -out X FILES` writes, for the same flags.
func TestTrainMatchesExamplesTrain(t *testing.T) {
	files := leaderShards(t)
	cases := []struct {
		name  string
		flags []string // as given to both programs, Beam's -label-set being train's -labels
		out   string
	}{
		{"defaults", nil, "model.json"},
		{"complement", []string{"-kind", "complement", "-alpha", "0.3", "-ngrams", "1-3", "-binary", "-stop-words"}, "model.json"},
		{"label set, uniform prior, gzip", []string{"-labels", "withholding,hostile,recognising", "-uniform-prior", "-stem=false", "-ngrams", "1-1"}, "model.json.gz"},
	}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			ref := filepath.Join(dir, "ref-"+tc.out)
			runTrain(t, append(append(slices.Clone(tc.flags), "-out", ref), files...)...)

			var args []string
			for _, f := range tc.flags {
				if f == "-labels" {
					f = "-label-set"
				}
				args = append(args, f)
			}
			out := filepath.Join(dir, tc.out)
			c := parseArgs(t, append(args, "-mode", "train", "-input", strings.Join(files, ","), "-output", out)...)
			c.Reshuffle = i%2 == 0
			c.Fanout = []int{16, 1, 3}[i]
			before, merged := partialStats.encoded.Load(), partialStats.decoded.Load()
			pr, err := runPrism(t, c)
			if err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(ref)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("Beam model (%d bytes) differs from examples/train's (%d bytes)", len(got), len(want))
			}
			n := len(corpus.Leaders())
			if s := counter(pr, "statements"); s != int64(n) {
				t.Errorf("statements counter %d, want %d", s, n)
			}
			t.Logf("%s: %d bytes identical (fanout %d: %d partial models encoded, %d decoded and merged)", tc.out, len(got), c.Fanout,
				partialStats.encoded.Load()-before, partialStats.decoded.Load()-merged)
		})
	}
}

// TestCombinerExact splits statements among accumulators at random, sends
// some through the coder, merges them in random order, and checks that the
// result is byte for byte the model trained on all statements at once.
func TestCombinerExact(t *testing.T) {
	exs := corpus.Leaders()
	for _, labels := range [][]corpus.Label{nil, {"withholding", "hostile", "recognising"}} {
		o := stance.DefaultOptions()
		o.Labels = labels
		o.Binary = labels != nil
		want := saveBytes(t, mustTrain(t, exs, o))
		fn, err := newTrainFn(o)
		if err != nil {
			t.Fatal(err)
		}
		for seed := range uint64(4) {
			r := rand.New(rand.NewPCG(seed, 1))
			k := 1 + r.IntN(7)
			accs := make([]*partial, k)
			for i := range accs {
				accs[i] = fn.CreateAccumulator()
			}
			for _, e := range exs {
				a := accs[r.IntN(k)]
				if _, err := fn.AddInput(a, statement{ID: e.ID, Text: e.Text, Label: string(e.Label), Winner: e.Winner(), Rivals: e.Rivals()}); err != nil {
					t.Fatal(err)
				}
			}
			for i, a := range accs {
				if r.IntN(2) == 0 { // over the wire
					b, err := encodePartial(a)
					if err != nil {
						t.Fatal(err)
					}
					if accs[i], err = decodePartial(b); err != nil {
						t.Fatal(err)
					}
				}
			}
			for len(accs) > 1 {
				i, j := r.IntN(len(accs)), r.IntN(len(accs)-1)
				if j >= i {
					j++
				}
				m, err := fn.MergeAccumulators(accs[i], accs[j])
				if err != nil {
					t.Fatal(err)
				}
				accs[i] = m
				accs = slices.Delete(accs, j, j+1)
			}
			got, err := fn.ExtractOutput(accs[0])
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("labels %v, seed %d, %d accumulators: merged model differs from the model trained at once", labels, seed, k)
			}
		}
	}
	// An empty accumulator encodes to nothing and extracts to nothing.
	fn, _ := newTrainFn(stance.DefaultOptions())
	b, err := encodePartial(fn.CreateAccumulator())
	if err != nil || len(b) != 0 {
		t.Fatalf("empty accumulator encodes to %d bytes, %v", len(b), err)
	}
	if out, err := fn.ExtractOutput(fn.CreateAccumulator()); err != nil || out != nil {
		t.Fatalf("empty accumulator extracts to %d bytes, %v", len(out), err)
	}
}

func mustTrain(t *testing.T, exs []corpus.Example, o stance.Options) *stance.Model {
	t.Helper()
	m, err := stance.TrainExamples(exs, o)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func saveBytes(t *testing.T, m *stance.Model) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := m.Save(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// readErrors lists, sorted, what the corpus readers report for files read
// with KeepGoing, and returns the good examples.
func readErrors(files []string, o corpus.ReadOptions) (good []corpus.Example, msgs []string) {
	o.KeepGoing = true
	for _, f := range files {
		for e, err := range corpus.ReadFile(f, o) {
			if err != nil {
				msgs = append(msgs, err.Error())
				continue
			}
			good = append(good, e)
		}
	}
	slices.Sort(msgs)
	return good, msgs
}

func readLinesSorted(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	slices.Sort(lines)
	return lines
}

// TestTrainBadRecords: every bad record is listed with its file and line,
// counted, and fails the run (no model) unless -max-errors allows it; the
// model then holds exactly the good records.
func TestTrainBadRecords(t *testing.T) {
	dir := t.TempDir()
	files := []string{"testdata/bad/notes.txt", "testdata/bad/one.jsonl", "testdata/bad/two.csv", "testdata/train/a.jsonl"}
	good, wantErrs := readErrors(files, corpus.ReadOptions{})
	if len(wantErrs) != 5 {
		t.Fatalf("test data: %d errors, want 5: %q", len(wantErrs), wantErrs)
	}
	out := filepath.Join(dir, "model.json")
	c := parseArgs(t, "-mode", "train", "-input", "testdata/bad/*,testdata/train/a.jsonl", "-output", out)

	_, err := runPrism(t, c)
	if err == nil {
		t.Fatal("run with bad records and -max-errors 0 succeeded")
	}
	msg := conciseError(err)
	if !strings.HasPrefix(msg, "5 bad input records (more than -max-errors 0), all listed in "+out+".errors.txt; no model written.") ||
		!strings.Contains(msg, "testdata/bad/one.jsonl:3: label: missing label") {
		t.Errorf("error message:\n%s", msg)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("model written despite the errors")
	}
	if got := readLinesSorted(t, out+".errors.txt"); !reflect.DeepEqual(got, wantErrs) {
		t.Errorf("errors file:\n%s\nwant the corpus readers' messages:\n%s", strings.Join(got, "\n"), strings.Join(wantErrs, "\n"))
	}

	c.MaxErrors = 5
	pr, err := runPrism(t, c)
	if err != nil {
		t.Fatal(conciseError(err))
	}
	if n := counter(pr, "bad_records"); n != 5 {
		t.Errorf("bad_records counter %d, want 5", n)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	o := c.Options
	if want := saveBytes(t, mustTrain(t, good, o)); !bytes.Equal(got, want) {
		t.Error("model of the good records differs from stance.Train's")
	}

	// A clean run over the same output removes the stale errors file.
	c.Input = []string{"testdata/train/*"}
	c.MaxErrors = 0
	if _, err := runPrism(t, c); err != nil {
		t.Fatal(conciseError(err))
	}
	if _, err := os.Stat(out + ".errors.txt"); err == nil {
		t.Error("stale errors file left after a clean run")
	}
}

func TestTrainNothing(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.jsonl")
	os.WriteFile(empty, []byte("\n\n"), 0o644)
	c := parseArgs(t, "-mode", "train", "-input", empty, "-output", filepath.Join(dir, "m.json"))
	if _, err := runPrism(t, c); err == nil || !strings.HasPrefix(conciseError(err), "no training statements in "+empty) {
		t.Errorf("training on nothing: %v", err)
	}
	c.Input = []string{filepath.Join(dir, "missing-*.jsonl")}
	if _, err := runPrism(t, c); err == nil || !strings.Contains(err.Error(), "no files matching pattern") {
		t.Errorf("training on a glob matching nothing: %v", err)
	}
}

// TestClassify classifies text and JSONL on Prism and checks every output
// line against Model.Predict, the shards, the counts and the errors.
func TestClassify(t *testing.T) {
	// A model of its own (two labels the default model lacks), saved
	// compressed, to check that -model is the model used.
	own := mustTrain(t, []corpus.Example{
		{Text: "congratulations winner victory", Label: "pro"},
		{Text: "fraud stolen rigged", Label: "contra"},
	}, func() stance.Options { o := stance.DefaultOptions(); o.Labels = nil; return o }())
	dir := t.TempDir()
	ownPath := filepath.Join(dir, "own.json.gz")
	if err := own.SaveFile(ownPath); err != nil {
		t.Fatal(err)
	}
	def, err := stance.Default()
	if err != nil {
		t.Fatal(err)
	}
	input := "testdata/classify/*"
	for _, tc := range []struct {
		model  string
		m      *stance.Model
		shards int
	}{{"", def, 3}, {ownPath, own, 1}} {
		t.Run(fmt.Sprintf("model=%q", filepath.Base(tc.model)), func(t *testing.T) {
			prefix := filepath.Join(t.TempDir(), "out", "stance")
			os.MkdirAll(filepath.Dir(prefix), 0o755)
			c := parseArgs(t, "-mode", "classify", "-input", input, "-output", prefix, "-model", tc.model,
				"-shards", fmt.Sprint(tc.shards), "-max-errors", "1")
			pr, err := runPrism(t, c)
			if err != nil {
				t.Fatal(conciseError(err))
			}
			var results []result
			wantCounts := map[string]int{}
			for i := range tc.shards {
				f, err := os.Open(shardName(prefix, i, tc.shards))
				if err != nil {
					t.Fatal(err)
				}
				sc := bufio.NewScanner(f)
				for sc.Scan() {
					var r result
					if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
						t.Fatal(err)
					}
					if shardOf(r.ID, tc.shards) != i {
						t.Errorf("%s in shard %d", r.ID, i)
					}
					results = append(results, r)
				}
				f.Close()
			}
			slices.SortFunc(results, func(a, b result) int { return strings.Compare(a.ID, b.ID) })
			var ids []string
			// q3 carries its election context: congratulating the rival.
			contexts := map[string]stance.Context{"q3": {Winner: []string{"Nicolás Maduro", "Maduro"}, Rivals: []string{"Edmundo González", "González"}}}
			for _, r := range results {
				ids = append(ids, r.ID)
				p := tc.m.PredictIn(contexts[r.ID], r.Text)
				if r.ID == "q3" && tc.m == def && p.Label != corpus.Hostile {
					t.Errorf("q3 in its context: %s, want hostile", p.Label)
				}
				if r.Label != p.Label || r.Probability != round4(p.Probability) || r.Known != p.Known {
					t.Errorf("%s: got %s %v (%d known), Predict says %s %v (%d known)", r.ID, r.Label, r.Probability, r.Known, p.Label, p.Probability, p.Known)
				}
				if len(r.Probabilities) != len(tc.m.Labels()) {
					t.Errorf("%s: probabilities %v", r.ID, r.Probabilities)
				}
				wantCounts[string(r.Label)]++
			}
			wantIDs := []string{"q1", "q3", "testdata/classify/labelled.jsonl:2",
				"testdata/classify/statements.txt:1", "testdata/classify/statements.txt:2",
				"testdata/classify/statements.txt:4", "testdata/classify/statements.txt:5"}
			if !reflect.DeepEqual(ids, wantIDs) {
				t.Errorf("ids %q, want %q", ids, wantIDs)
			}
			if results[0].Gold != "recognising" || results[1].Gold != "" {
				t.Errorf("gold labels %q, %q", results[0].Gold, results[1].Gold)
			}

			var n counts
			b, err := os.ReadFile(countsName(prefix))
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(b, &n); err != nil {
				t.Fatal(err)
			}
			if n.Statements != len(wantIDs) || !reflect.DeepEqual(n.Labels, wantCounts) || n.BadRecords != 1 || len(n.Shards) != tc.shards {
				t.Errorf("counts file:\n%s\nwant labels %v", b, wantCounts)
			}
			if got := readLinesSorted(t, prefix+"-errors.txt"); !reflect.DeepEqual(got, []string{"testdata/classify/labelled.jsonl:4: text: malformed record: text is a JSON number; want a string"}) {
				t.Errorf("errors file: %q", got)
			}
			if got := counter(pr, "blank_lines"); got != 1 {
				t.Errorf("blank_lines counter %d, want 1", got)
			}
			if tc.model == "" {
				var sum strings.Builder
				if err := summarize(context.Background(), &sum, c, pr); err != nil {
					t.Fatal(err)
				}
				t.Logf("summary:\n%s", sum.String())
				if !strings.Contains(sum.String(), "beam: classified 7 statements") || !strings.Contains(sum.String(), "1 bad input records skipped") {
					t.Errorf("summary:\n%s", sum.String())
				}
			}

			// Over the limit: the run fails, naming the record; the results
			// of the good ones are still written.
			c.MaxErrors = 0
			_, err = runPrism(t, c)
			if err == nil || !strings.Contains(conciseError(err), "1 bad input records (more than -max-errors 0)") ||
				!strings.Contains(conciseError(err), "labelled.jsonl:4: text:") {
				t.Errorf("run over -max-errors: %v", err)
			}
		})
	}
}

// TestFlags checks that the model flags build the options examples/train
// builds from the same flags.
func TestFlags(t *testing.T) {
	c := parseArgs(t, "-mode", "train", "-input", "a.jsonl, b/*.csv", "-output", "m.json")
	o := stance.DefaultOptions()
	o.Labels = nil // input files and no label set: labels from the data, sorted
	if !reflect.DeepEqual(c.Options, o) || !slices.Equal(c.Input, []string{"a.jsonl", "b/*.csv"}) || c.MaxErrors != 0 || !c.Reshuffle {
		t.Errorf("defaults: %+v", c)
	}
	c = parseArgs(t, "-mode", "train", "-input", "a.jsonl", "-output", "m.json", "-kind", "complement", "-alpha", "0.25",
		"-ngrams", "2,3", "-lang", "spanish", "-stem=false", "-negation=false", "-spelling=false", "-stop-words", "-tweet",
		"-binary", "-uniform-prior", "-label-set", "b, a")
	o.Kind, o.Alpha, o.Binary, o.UniformPrior = stance.Complement, 0.25, true, true
	o.Tokenizer.NGramMin, o.Tokenizer.NGramMax, o.Tokenizer.Language = 2, 3, "spanish"
	o.Tokenizer.Stem, o.Tokenizer.Negation, o.Tokenizer.NormalizeSpelling, o.Tokenizer.StopWords, o.Tokenizer.Tweet = false, false, false, true, true
	o.Labels = []corpus.Label{"b", "a"}
	if !reflect.DeepEqual(c.Options, o) {
		t.Errorf("options\n%+v\nwant\n%+v", c.Options, o)
	}
	if c := parseArgs(t, "-mode", "train", "-input", "a", "-output", "m", "-kind", "mnb"); c.Options.Kind != stance.Multinomial {
		t.Errorf("-kind mnb: %s", c.Options.Kind)
	}
	for _, bad := range [][]string{
		{"-mode", "predict", "-input", "a", "-output", "b"},
		{"-mode", "train", "-output", "b"},
		{"-mode", "train", "-input", "a"},
		{"-mode", "classify", "-input", "a", "-output", "b", "-shards", "0"},
		{"-mode", "train", "-input", "a", "-output", "b", "-alpha", "0"},
	} {
		if c := parseArgs(t, bad...); c.validate() == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}
