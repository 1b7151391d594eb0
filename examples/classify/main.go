package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"

	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/record"
)

type config struct {
	model, in, out, textField, idField     string
	tasks                                  []string          // -task, in output order; none: stance
	taskModels                             map[string]string // -model TASK=FILE
	json, quiet, echo                      bool
	explain, informative, maxLine, workers int
	minProb, minMargin                     float64
	ctx                                    stance.Context
}

func main() {
	var c config
	flag.Func("model", "saved model `file` of the stance task, or TASK=FILE for another task; once per task (default: the task's embedded default model)", c.setModel)
	flag.Func("task", "what to label: stance, tone, polarity or a task of one's own (with -model TASK=FILE), comma-separated for several, the first being the main one (default stance)", c.setTasks)
	flag.StringVar(&c.in, "in", "", "read statements from `file`: .csv or .tsv with a header, .jsonl, or plain lines")
	flag.StringVar(&c.out, "out", "", "write to `file`: .csv, .tsv, .jsonl records, or lines (default: standard output, in -in's format)")
	flag.StringVar(&c.textField, "text-field", "text", "`name` of the text column or key of -in")
	flag.StringVar(&c.idField, "id-field", "id", "`name` of the id column or key of -in (missing: the row number)")
	flag.BoolVar(&c.echo, "echo", false, "also write each statement's text into CSV, TSV or JSONL records")
	flag.BoolVar(&c.json, "json", false, "print one JSON object per statement (with -informative, per label)")
	flag.IntVar(&c.explain, "explain", 0, "after each statement print its `n` strongest feature contributions (0: none)")
	flag.Float64Var(&c.minProb, "min-prob", 0, "mark predictions whose probability is below `p` as abstained (text: a third column)")
	flag.Float64Var(&c.minMargin, "min-margin", 0, "mark predictions whose lead over the runner-up is below `m` as abstained")
	stance.BindContextFlags(flag.CommandLine, &c.ctx)
	flag.IntVar(&c.maxLine, "max-line", 16<<20, "longest line in `bytes` classified whole")
	flag.IntVar(&c.workers, "workers", runtime.GOMAXPROCS(0), "parallel workers")
	flag.BoolVar(&c.quiet, "q", false, "no warnings about empty or invalid lines on standard error")
	flag.IntVar(&c.informative, "informative", 0, "print the `n` most informative features of each label (features seen at least 3 times) and exit")
	flag.Usage = func() {
		fmt.Fprint(flag.CommandLine.Output(), "usage: classify [flags] [TEXT ...]\n\n"+
			"Labels each TEXT, each record of -in, or each line of standard input, with its stance toward an election's declared winner\n"+
			"(or with -task, its tone or polarity): LABEL<TAB>PROBABILITY[<TAB>abstained] per line and task, or CSV, TSV or JSONL records\n"+
			"(id,label,probability,p_LABEL...,abstained, then TASK,TASK_probability,... for every further task).\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if err := run(c, flag.Args(), os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "classify:", err)
		os.Exit(1)
	}
}

// classifier is a run's settings and destinations.
type classifier struct {
	config
	m    *stance.Model   // the main task's model, ms[0]
	ms   []*stance.Model // one per task, in the order of tasks
	out  *bufio.Writer
	errw io.Writer
	what string // "line" or "argument", for warnings
}

func run(c config, args []string, in io.Reader, out, errw io.Writer) error {
	if c.workers < 1 || c.maxLine < 1 {
		return fmt.Errorf("-workers %d, -max-line %d: each must be at least 1", c.workers, c.maxLine)
	}
	ms, err := c.loadModels()
	if err != nil {
		return err
	}
	f, err := c.outFormat()
	if err != nil {
		return err
	}
	out, closeOut, err := create(c.out, out)
	if err != nil {
		return err
	}
	if c.minProb != 0 || c.minMargin != 0 {
		for i, m := range ms {
			ms[i] = m.WithAbstention(stance.Abstention{MinProbability: c.minProb, MinMargin: c.minMargin})
		}
	}
	k := &classifier{c, ms[0], ms, bufio.NewWriterSize(out, 256<<10), errw, "line"}
	switch {
	case c.informative > 0:
		err = k.listInformative()
	case f != record.Lines:
		err = k.writeRecords(f, args, in)
	default:
		err = k.writeLines(args, in)
	}
	if ferr := k.out.Flush(); err == nil {
		err = ferr
	}
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	return err
}

type jsonLine struct {
	Text string `json:"text"`
	stance.PredictionJSON
	Explanation *stance.ExplanationJSON `json:"explanation,omitempty"`
}

// format writes a statement's output into *out, on a worker.
func (k *classifier) format(l stance.Line, out *[]byte) error {
	var e stance.Explanation
	if k.explain > 0 {
		e = k.m.ExplainIn(k.ctx, l.Text)
	} else {
		e.Prediction = k.m.PredictIn(k.ctx, l.Text)
	}
	p := e.Prediction
	if k.json {
		j := jsonLine{Text: strings.ToValidUTF8(l.Text, "\uFFFD"), PredictionJSON: p.JSON(-1)}
		if k.explain > 0 {
			x := e.JSON(k.explain)
			j.Explanation = &x
		}
		b, err := json.Marshal(j)
		if err == nil {
			b, err = k.appendTasksJSON(b, l.Text)
		}
		*out = append(append((*out)[:0], b...), '\n')
		return err
	}
	b := appendText((*out)[:0], p)
	for _, m := range k.ms[1:] {
		b = appendText(append(b, '\t'), m.PredictIn(k.ctx, l.Text))
	}
	b = append(b, '\n')
	*out = e.AppendText(b, k.explain)
	return nil
}

// appendText appends a prediction's text columns: LABEL<TAB>PROBABILITY,
// and <TAB>abstained when it abstained.
func appendText(b []byte, p stance.Prediction) []byte {
	b = append(append(b, p.Label...), '\t')
	b = strconv.AppendFloat(b, p.Probability, 'f', 4, 64)
	if p.Abstained {
		b = append(b, "\tabstained"...)
	}
	return b
}

// appendTasksJSON adds the fields of every task after the main one to the
// JSON object b: TASK, TASK_probability, TASK_probabilities and
// TASK_abstained, as record.Writer writes them.
func (k *classifier) appendTasksJSON(b []byte, text string) ([]byte, error) {
	if len(k.ms) == 1 {
		return b, nil
	}
	b = b[:len(b)-1] // the closing brace
	for i, m := range k.ms[1:] {
		j := m.PredictIn(k.ctx, text).JSON(-1)
		t := k.tasks[i+1]
		for _, f := range []struct {
			key string
			v   any
		}{{t, j.Label}, {t + "_probability", j.Probability}, {t + "_probabilities", j.Probabilities}, {t + "_abstained", j.Abstained}} {
			v, err := json.Marshal(f.v)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", f.key, err)
			}
			b = append(strconv.AppendQuote(append(b, ','), f.key), ':')
			b = append(b, v...)
		}
	}
	return append(b, '}'), nil
}

// emit writes a statement's warnings and output, in input order.
func (k *classifier) emit(l stance.Line, out *[]byte) error {
	if !k.quiet {
		if msg := stance.TextWarning(l.Text); msg != "" {
			fmt.Fprintf(k.errw, "classify: %s %d: %s\n", k.what, l.No, msg)
		}
		if l.Cut() {
			fmt.Fprintf(k.errw, "classify: %s %d: %d bytes, classified on its first %d\n", k.what, l.No, l.Len, k.maxLine)
		}
	}
	_, err := k.out.Write(*out)
	return err
}
