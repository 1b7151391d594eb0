package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/record"
)

// outFormat returns the output's format: -out's by its extension, else
// -in's, so that a CSV comes back as a CSV; -json turns records into JSON
// Lines and keeps lines lines.
func (c config) outFormat() (record.Format, error) {
	if c.out != "" {
		f := record.FormatOf(c.out)
		if c.json && f != record.JSONL && f != record.Lines {
			return "", fmt.Errorf("-json writes JSON, but -out %s names a %s file", c.out, f)
		}
		return f, nil
	}
	f := record.Lines
	if c.inFile() != "" {
		f = record.FormatOf(c.in)
	}
	if c.json && f != record.Lines {
		f = record.JSONL
	}
	return f, nil
}

// inFile returns the -in file's name, "" for none or "-", which means
// standard input.
func (c config) inFile() string {
	if c.in == "-" {
		return ""
	}
	return c.in
}

// create opens the output file path, or returns w when path is "". The
// returned function closes the file and reports an error of the close,
// where a full disk may first show.
func create(path string, w io.Writer) (io.Writer, func() error, error) {
	if path == "" {
		return w, func() error { return nil }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, err
	}
	return f, f.Close, nil
}

// statements returns the input as records: those of -in, else the
// arguments, else the lines of in.
func (k *classifier) statements(args []string, in io.Reader) iter.Seq2[record.Statement, error] {
	o := record.ReadOptions{TextField: k.textField, IDField: k.idField, MaxTextBytes: k.maxLine}
	switch {
	case k.inFile() != "":
		return record.ReadFile(k.in, o)
	case len(args) > 0:
		return func(yield func(record.Statement, error) bool) {
			for i, a := range args {
				if !yield(record.Statement{ID: fmt.Sprint(i + 1), Text: a}, nil) {
					return
				}
			}
		}
	}
	o.Name, o.Format = "<stdin>", record.Lines
	return record.Read(in, o)
}

// writeRecords writes one CSV, TSV or JSONL record per statement, in input
// order, labelled on every core.
func (k *classifier) writeRecords(f record.Format, args []string, in io.Reader) error {
	if k.explain > 0 {
		return errors.New("-explain prints text or -json lines, not CSV, TSV or JSONL records")
	}
	tasks := make([]record.Task, len(k.routers))
	for i := range k.routers {
		tasks[i] = record.Task{Name: k.tasks[i], Labels: k.labels[i]}
	}
	w, err := record.NewWriter(k.out, record.WriteOptions{Format: f, Tasks: tasks, Echo: k.echo, Lang: k.routing != nil})
	if err != nil {
		return err
	}
	err = stance.Ordered(k.statements(args, in), k.workers,
		func(s record.Statement, rs *[]stance.Routed) error {
			code, err := k.langOf(s.Fields, s.Text)
			if err == nil {
				err = k.predict(code, stance.ContextIn(s.Fields, k.ctx), s.Text, rs)
			}
			if err != nil {
				return fmt.Errorf("record %s: %w", s.ID, err)
			}
			return nil
		},
		func(s record.Statement, rs *[]stance.Routed) error {
			if msg := stance.TextWarning(s.Text); msg != "" && !k.quiet {
				fmt.Fprintf(k.errw, "classify: record %s: %s\n", s.ID, msg)
			}
			return w.WriteRouted(s, *rs...)
		})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	return err
}

// writeLines writes a line of text or JSON per statement, in input order:
// the arguments', standard input's, or -in's, whose records are numbered
// from 1 in warnings.
func (k *classifier) writeLines(args []string, in io.Reader) error {
	lines := stance.ReadLines(in, k.maxLine)
	switch {
	case k.inFile() != "" && record.FormatOf(k.in) == record.Lines:
		f, err := os.Open(k.in)
		if err != nil {
			return err
		}
		defer f.Close()
		lines = stance.ReadLines(f, k.maxLine)
	case k.inFile() != "":
		k.what, lines = "record", recordLines(k.statements(nil, nil))
	case len(args) > 0:
		k.what, lines = "argument", stance.Lines(args)
	}
	return stance.Ordered(lines, k.workers, k.format, k.emit)
}

// recordLines turns records into lines numbered from 1.
func recordLines(seq iter.Seq2[record.Statement, error]) iter.Seq2[stance.Line, error] {
	return func(yield func(stance.Line, error) bool) {
		n := 0
		for s, err := range seq {
			n++
			if !yield(stance.Line{Text: s.Text, No: n, Len: len(s.Text)}, err) {
				return
			}
		}
	}
}

type jsonInformative struct {
	Label    corpus.Label         `json:"label"`
	Features []stance.Informative `json:"features"`
}

// listInformative prints each label's most informative features.
func (k *classifier) listInformative() error {
	m, err := k.routers[0].Model(headerLang(k.lang, k.routers[0]))
	if err != nil {
		return err
	}
	for _, l := range m.Labels() {
		inf := m.MostInformative(l, k.informative, 3)
		if k.json {
			if err := json.NewEncoder(k.out).Encode(jsonInformative{l, inf}); err != nil {
				return err
			}
			continue
		}
		fmt.Fprintf(k.out, "%s\n", l)
		for _, f := range inf {
			fmt.Fprintf(k.out, "  %-32q %6.2f nats  (%d of %d occurrences)\n", f.Feature, f.LogRatio, f.Count, f.Total)
		}
	}
	return nil
}
