// Command beam trains and applies stance models with Apache Beam, for
// corpora larger than one machine. The same binary runs locally on the
// in-process Prism runner and unchanged on Flink, Spark or Dataflow.
//
//	go run . -mode train -input 'data/*.jsonl' -output model.json [-kind complement -alpha 0.3 -ngrams 1-3 …] --runner=prism
//	go run . -mode classify -model model.json -input 'statements/*.txt' -output out/stance --runner=prism
//
// Training reads labelled JSONL, CSV or TSV (optionally .gz), tokenizes on
// the workers and sums feature counts per label with a combiner whose
// accumulator is a partial model; the model file it writes is byte for byte
// the one `go run ./examples/train -out model.json FILE…` writes for the same
// data and options.
//
// Classification reads text files (one statement per line) or JSONL/CSV,
// labelled or not, and writes PREFIX-SSSSS-of-NNNNN.jsonl (id, text, label,
// probability, probabilities, known, no_features, and gold when the input
// is labelled) and PREFIX-counts.json (statements per label).
//
// Bad input records never vanish: each is written to the errors file as
// "file:line: field: problem", counted in the Beam counter
// stancekit/bad_records, and the run fails when there are more than
// -max-errors of them (default 0), in training without writing a model.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/options/jobopts"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

func main() {
	parse := defineFlags(flag.CommandLine)
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), `usage: beam [flags] [Beam flags]

Trains a stance model (-mode train) or classifies statements (-mode classify) as an Apache Beam pipeline.

  beam -mode train -input GLOB[,GLOB…] -output MODEL [model flags] [-label-set L1,L2,…] [Beam flags]
  beam -mode classify -input GLOB[,GLOB…] -output PREFIX [-model MODEL] [-shards N] [Beam flags]

Beam flags (--runner=prism, the default, runs in this process; flink, spark,
dataflow: see README.md) follow these:

`)
		own := flag.NewFlagSet("beam", flag.ContinueOnError) // without Beam's many flags
		own.SetOutput(flag.CommandLine.Output())
		defineFlags(own)
		own.PrintDefaults()
	}
	flag.Parse()
	beam.Init() // on a worker, this runs the worker and never returns

	c, err := parse()
	if err == nil && flag.NArg() > 0 {
		err = fmt.Errorf("unexpected argument %q: give inputs with -input, comma-separated", flag.Arg(0))
	}
	if err == nil {
		err = c.validate()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "beam:", err)
		flag.Usage()
		os.Exit(2)
	}
	ctx := context.Background()
	p, err := buildPipeline(c)
	if err != nil {
		fatal(err)
	}
	pr, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		fatal(errors.New(conciseError(err)))
	}
	if *jobopts.Async {
		fmt.Println("beam: job submitted (--async): outputs appear when it completes")
		return
	}
	if err := summarize(ctx, os.Stdout, c, pr); err != nil {
		fatal(err)
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "beam:", err)
	os.Exit(1)
}

// defineFlags defines the command's flags on fs; the function it returns
// builds the config once fs is parsed. The model flags are those of
// examples/train, with the same defaults and meaning.
func defineFlags(fs *flag.FlagSet) func() (config, error) {
	mode := fs.String("mode", "", "train or classify")
	input := fs.String("input", "", "input files: comma-separated `globs` (local paths, gs://…); train: .jsonl/.json/.ndjson/.csv/.tsv[.gz]; classify: those or text, one statement per line")
	output := fs.String("output", "", "train: the model `file` (.gz compresses); classify: the `prefix` of PREFIX-SSSSS-of-NNNNN.jsonl and PREFIX-counts.json")
	errorsPath := fs.String("errors", "", "where to list bad input records (default: MODEL.errors.txt or PREFIX-errors.txt)")
	maxErrors := fs.Int("max-errors", 0, "fail the run when more than `n` input records are bad (they are skipped and listed either way); -1: no limit")
	reshuffle := fs.Bool("reshuffle", true, "spread each file's statements over all workers (turn off when the input has many more files than workers)")
	model := fs.String("model", "", "classify: the model `file` (default: the embedded default model)")
	shards := fs.Int("shards", 4, "classify: number of output `files`")

	o := stance.DefaultOptions() // the model flags, shared with examples/train
	o.BindFlags(fs)
	fanout := fs.Int("fanout", 16, "train: partial models summed in parallel before the final merge (1: one combine)")
	labels := fs.String("label-set", "", "train: comma-separated label set and order; other labels are errors (default: any, sorted); examples/train calls it -labels, a name Beam's Dataflow runner takes")

	return func() (config, error) {
		c := config{Mode: *mode, Output: *output, Errors: *errorsPath, Model: *model, Shards: *shards,
			MaxErrors: *maxErrors, Reshuffle: *reshuffle, Fanout: *fanout}
		for _, g := range strings.Split(*input, ",") {
			if g = strings.TrimSpace(g); g != "" {
				c.Input = append(c.Input, g)
			}
		}
		// As examples/train with input files: labels from -labels, else
		// from the data, sorted.
		o.Labels = nil
		if *labels != "" {
			for _, l := range strings.Split(*labels, ",") {
				o.Labels = append(o.Labels, corpus.Label(strings.TrimSpace(l)))
			}
		}
		c.Options = o
		return c, nil
	}
}

// summarize prints what the run wrote and counted.
func summarize(ctx context.Context, w io.Writer, c config, pr beam.PipelineResult) error {
	switch c.Mode {
	case "train":
		m, err := readModel(ctx, c.Output)
		if err != nil {
			return err
		}
		docs := m.Documents()
		var parts []string
		for i, l := range m.Labels() {
			parts = append(parts, fmt.Sprintf("%s %d", l, docs[i]))
		}
		fmt.Fprintf(w, "beam: wrote %s: %s statements, %d features\n", c.Output, strings.Join(parts, ", "), m.VocabularySize())
	case "classify":
		b, err := readAll(ctx, countsName(c.Output))
		if err != nil {
			return err
		}
		var n counts
		if err := json.Unmarshal(b, &n); err != nil {
			return fmt.Errorf("%s: %w", countsName(c.Output), err)
		}
		var parts []string
		for _, l := range slices.Sorted(maps.Keys(n.Labels)) {
			parts = append(parts, fmt.Sprintf("%s %d", l, n.Labels[l]))
		}
		fmt.Fprintf(w, "beam: classified %d statements into %s: %s; counts in %s\n",
			n.Statements, fmt.Sprintf("%s-*-of-%05d.jsonl", c.Output, c.Shards),
			strings.Join(parts, ", "), countsName(c.Output))
	}
	if pr != nil {
		var parts []string
		for _, cr := range pr.Metrics().AllMetrics().Counters() {
			if cr.Namespace() == metricsNS {
				parts = append(parts, fmt.Sprintf("%s=%d", cr.Name(), cr.Result()))
			}
		}
		slices.Sort(parts)
		if len(parts) > 0 {
			fmt.Fprintf(w, "beam: counters: %s\n", strings.Join(parts, " "))
		}
	}
	// Bad records within -max-errors: say where they are and show the first.
	b, err := readAll(ctx, c.errorsPath())
	if err != nil || len(b) == 0 {
		return nil
	}
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	fmt.Fprintf(w, "beam: %d bad input records skipped, listed in %s:\n", len(lines), c.errorsPath())
	for i, l := range lines {
		if i == firstErrors {
			fmt.Fprintf(w, "\t…\n")
			break
		}
		fmt.Fprintf(w, "\t%s\n", l)
	}
	return nil
}

// readAll reads a whole (small) file from any Beam file system.
func readAll(ctx context.Context, name string) ([]byte, error) {
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return nil, err
	}
	defer fs.Close()
	r, err := fs.OpenRead(ctx, name)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(bufio.NewReader(r))
}
