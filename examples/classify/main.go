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

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/record"
)

type config struct {
	model, in, out, textField, idField     string
	lang                                   string            // -lang: an ISO 639-1 code, "" to detect
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
	flag.Func("lang", "read every statement as written in this `language`, an ISO 639-1 code (en, es, …; a name such as english works too), with no detection; default: each record's lang field, else the detected language", c.setLang)
	flag.IntVar(&c.maxLine, "max-line", 16<<20, "longest line in `bytes` classified whole")
	flag.IntVar(&c.workers, "workers", runtime.GOMAXPROCS(0), "parallel workers")
	flag.BoolVar(&c.quiet, "q", false, "no warnings about empty or invalid lines on standard error")
	flag.IntVar(&c.informative, "informative", 0, "print the `n` most informative features of each label (features seen at least 3 times) and exit")
	flag.Usage = func() {
		fmt.Fprint(flag.CommandLine.Output(), "usage: classify [flags] [TEXT ...]\n\n"+
			"Labels each TEXT, each record of -in, or each line of standard input, with its stance toward an election's declared winner\n"+
			"(or with -task, its tone or polarity): LABEL<TAB>PROBABILITY[<TAB>abstained] per line and task, or CSV, TSV or JSONL records\n"+
			"(id,label,probability,p_LABEL...,abstained, then TASK,TASK_probability,... for every further task).\n"+
			"Each statement goes to the model of its language (a record's lang field, else detected); one in a language\n"+
			"without a model is marked unsupported_language, with no label; -lang CODE reads every statement in that language.\n\n")
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
	routers []*stance.Router // one per task, in the order of tasks
	labels  [][]corpus.Label // each task's labels, for CSV headers
	routing *stance.Router   // non-nil: each statement's language is detected (Language) and output
	out     *bufio.Writer
	errw    io.Writer
	what    string // "line" or "argument", for warnings
}

func run(c config, args []string, in io.Reader, out, errw io.Writer) error {
	if c.workers < 1 || c.maxLine < 1 {
		return fmt.Errorf("-workers %d, -max-line %d: each must be at least 1", c.workers, c.maxLine)
	}
	routers, labels, routing, err := c.loadRouters()
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
	k := &classifier{c, routers, labels, routing, bufio.NewWriterSize(out, 256<<10), errw, "line"}
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
	// Lang and Unsupported are written when the run routes by language.
	Lang        string                  `json:"lang,omitempty"`
	Unsupported *bool                   `json:"unsupported_language,omitempty"`
	Explanation *stance.ExplanationJSON `json:"explanation,omitempty"`
}

// format writes a statement's output into *out, on a worker.
func (k *classifier) format(l stance.Line, out *[]byte) error {
	code, err := k.langOf(nil, l.Text)
	if err != nil {
		return err
	}
	rs := make([]stance.Routed, 0, len(k.routers))
	if err := k.predict(code, k.ctx, l.Text, &rs); err != nil {
		return err
	}
	var e *stance.Explanation
	if k.explain > 0 && !rs[0].Unsupported {
		m, err := k.routers[0].Model(rs[0].Lang)
		if err != nil {
			return err
		}
		x := m.ExplainIn(k.ctx, l.Text)
		e = &x
	}
	if k.json {
		return k.formatJSON(l.Text, rs, e, out)
	}
	b := (*out)[:0]
	for i, r := range rs {
		if i > 0 {
			b = append(b, '\t')
		}
		b = appendText(b, r)
	}
	if k.routing != nil && rs[0].Lang != "en" {
		b = append(append(b, "\tlang="...), rs[0].Lang...)
	}
	b = append(b, '\n')
	if e != nil {
		b = e.AppendText(b, k.explain)
	}
	*out = b
	return nil
}

// formatJSON writes a statement's JSON line into *out.
func (k *classifier) formatJSON(text string, rs []stance.Routed, e *stance.Explanation, out *[]byte) error {
	j := jsonLine{Text: strings.ToValidUTF8(text, "\uFFFD"), PredictionJSON: rs[0].JSON(-1)}
	if k.routing != nil {
		j.Lang, j.Unsupported = rs[0].Lang, &rs[0].Unsupported
	}
	if e != nil {
		x := e.JSON(k.explain)
		j.Explanation = &x
	}
	b, err := json.Marshal(j)
	if err == nil {
		b, err = k.appendTasksJSON(b, rs)
	}
	*out = append(append((*out)[:0], b...), '\n')
	return err
}

// appendText appends a prediction's text columns: LABEL<TAB>PROBABILITY,
// and <TAB>abstained when it abstained; for a language without a model an
// empty label and probability and <TAB>unsupported_language.
func appendText(b []byte, p stance.Routed) []byte {
	if p.Unsupported {
		return append(b, "\t\tunsupported_language"...)
	}
	b = append(append(b, p.Label...), '\t')
	b = strconv.AppendFloat(b, p.Probability, 'f', 4, 64)
	if p.Abstained {
		b = append(b, "\tabstained"...)
	}
	return b
}

// appendTasksJSON adds the fields of every task after the main one to the
// JSON object b: TASK, TASK_probability, TASK_probabilities and
// TASK_abstained, and when the run routes TASK_unsupported_language, as
// record.Writer writes them.
func (k *classifier) appendTasksJSON(b []byte, rs []stance.Routed) ([]byte, error) {
	if len(rs) == 1 {
		return b, nil
	}
	b = b[:len(b)-1] // the closing brace
	for i, r := range rs[1:] {
		j := r.JSON(-1)
		t := k.tasks[i+1]
		fields := []struct {
			key string
			v   any
		}{{t, j.Label}, {t + "_probability", j.Probability}, {t + "_probabilities", j.Probabilities}, {t + "_abstained", j.Abstained}}
		if k.routing != nil {
			fields = append(fields, struct {
				key string
				v   any
			}{t + "_unsupported_language", r.Unsupported})
		}
		for _, f := range fields {
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
