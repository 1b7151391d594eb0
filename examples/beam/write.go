package main

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn4x1[context.Context, int, func(*string) bool, func(string), error](&writeShardFn{})
	register.DoFn4x1[context.Context, int, func(*badRecord) bool, func(errSummary), error](&writeErrorsFn{})
	register.DoFn4x1[context.Context, []byte, func(*[]byte) bool, func(*errSummary) bool, error](&writeModelFn{})
	register.DoFn5x1[context.Context, []byte, func(*string, *int) bool, func(*string) bool, func(*errSummary) bool, error](&finishClassifyFn{})
	register.Iter1[string]()
	register.Iter1[badRecord]()
	register.Iter1[[]byte]()
	register.Iter1[errSummary]()
	register.Iter2[string, int]()
	register.Emitter1[errSummary]()
}

// writeFile writes a file on any Beam file system through a temporary file
// in the same place, renamed when complete, so that a reader never sees half
// a file under the final name.
func writeFile(ctx context.Context, name string, write func(io.Writer) error) error {
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	tmp := name + ".tmp"
	w, err := fs.OpenWrite(ctx, tmp)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	if err := write(bw); err != nil {
		w.Close()
		return fmt.Errorf("%s: %w", name, err)
	}
	if err := bw.Flush(); err != nil {
		w.Close()
		return fmt.Errorf("%s: %w", name, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return filesystem.Rename(ctx, fs, tmp, name)
}

// removeFile removes a stale output, if the file system can.
func removeFile(ctx context.Context, name string) {
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return
	}
	defer fs.Close()
	if r, ok := fs.(filesystem.Remover); ok {
		if _, err := fs.Size(ctx, name); err == nil {
			r.Remove(ctx, name)
		}
	}
}

func shardName(prefix string, shard, shards int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, shard, shards)
}

// writeShardFn writes one shard of the classification output.
type writeShardFn struct {
	Prefix string
	Shards int
}

func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool, emit func(string)) error {
	name := shardName(f.Prefix, shard, f.Shards)
	err := writeFile(ctx, name, func(w io.Writer) error {
		var line string
		for lines(&line) {
			if _, err := io.WriteString(w, line); err != nil {
				return err
			}
			if _, err := io.WriteString(w, "\n"); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	emit(name)
	return nil
}

// errSummary describes the errors file once written.
type errSummary struct {
	Path  string
	Count int
	First []string // the first problems, by file and line
}

const firstErrors = 10

// writeErrorsFn writes every bad record, one message a line, and sums them
// up. It gets them all under one key, so there is one errors file.
type writeErrorsFn struct {
	Path string
}

func (f *writeErrorsFn) ProcessElement(ctx context.Context, _ int, recs func(*badRecord) bool, emit func(errSummary)) error {
	var first []badRecord
	n := 0
	err := writeFile(ctx, f.Path, func(w io.Writer) error {
		var r badRecord
		for recs(&r) {
			n++
			if _, err := io.WriteString(w, r.Message+"\n"); err != nil {
				return err
			}
			first = append(first, r)
			if len(first) > 4*firstErrors {
				sortRecords(first)
				first = first[:firstErrors]
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	sortRecords(first)
	s := errSummary{Path: f.Path, Count: n}
	for i := 0; i < len(first) && i < firstErrors; i++ {
		s.First = append(s.First, first[i].Message)
	}
	emit(s)
	return nil
}

func sortRecords(rs []badRecord) {
	slices.SortFunc(rs, func(a, b badRecord) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Message, b.Message))
	})
}

// readSummary returns the errors side input: its one element, or none.
func readSummary(errs func(*errSummary) bool) errSummary {
	var s errSummary
	errs(&s)
	return s
}

// check fails the run when there were more bad records than allowed.
func (s errSummary) check(maxErrors int, consequence string) error {
	if s.Count == 0 || maxErrors < 0 || s.Count <= maxErrors {
		return nil
	}
	return fmt.Errorf(failMark+"%d bad input records (more than -max-errors %d), all listed in %s; %s. The first:\n\t%s",
		s.Count, maxErrors, s.Path, consequence, strings.Join(s.First, "\n\t"))
}

// failMark starts the messages of the errors this program fails a run
// with, so that main can show them without the runner's wrapping.
const failMark = "stancekit: "

// conciseError returns the program's own message within a runner's error.
func conciseError(err error) string {
	msg := err.Error()
	if i := strings.LastIndex(msg, failMark); i >= 0 {
		return msg[i+len(failMark):]
	}
	return msg
}

// writeModelFn writes the trained model, after the errors are written and
// counted, and only if they are within bounds. It runs once, on an impulse.
type writeModelFn struct {
	Output    string
	Input     string
	Errors    string
	MaxErrors int
}

func (f *writeModelFn) ProcessElement(ctx context.Context, _ []byte, model func(*[]byte) bool, errs func(*errSummary) bool) error {
	s := readSummary(errs)
	if err := s.check(f.MaxErrors, "no model written"); err != nil {
		return err
	}
	if s.Count == 0 {
		removeFile(ctx, f.Errors)
	}
	var b []byte
	if !model(&b) || len(b) == 0 {
		return fmt.Errorf(failMark+"no training statements in %s; no model written", f.Input)
	}
	return writeFile(ctx, f.Output, func(w io.Writer) error {
		if !strings.HasSuffix(f.Output, ".gz") {
			_, err := w.Write(b)
			return err
		}
		zw := gzip.NewWriter(w) // as stance.Model.SaveFile does
		if _, err := zw.Write(b); err != nil {
			return err
		}
		return zw.Close()
	})
}

// counts is the classification summary, written to PREFIX-counts.json.
type counts struct {
	Statements int            `json:"statements"`
	Labels     map[string]int `json:"labels"`
	BadRecords int            `json:"bad_records"`
	Errors     string         `json:"errors,omitempty"`
	Shards     []string       `json:"shards"`
}

// finishClassifyFn writes the counts per label, creates the shards that got
// no statement (so that every one of the N shards exists), and fails the
// run if there were too many bad records. It runs once, on an impulse.
type finishClassifyFn struct {
	Prefix    string
	Shards    int
	Errors    string
	MaxErrors int
}

func countsName(prefix string) string { return prefix + "-counts.json" }

func (f *finishClassifyFn) ProcessElement(ctx context.Context, _ []byte, labels func(*string, *int) bool, written func(*string) bool, errs func(*errSummary) bool) error {
	c := counts{Labels: map[string]int{}}
	var l string
	var n int
	for labels(&l, &n) {
		c.Labels[l] += n
		c.Statements += n
	}
	done := map[string]bool{}
	var name string
	for written(&name) {
		done[name] = true
	}
	for i := range f.Shards {
		name := shardName(f.Prefix, i, f.Shards)
		c.Shards = append(c.Shards, name)
		if !done[name] {
			if err := writeFile(ctx, name, func(io.Writer) error { return nil }); err != nil {
				return err
			}
		}
	}
	s := readSummary(errs)
	c.BadRecords = s.Count
	if s.Count > 0 {
		c.Errors = s.Path
	} else {
		removeFile(ctx, f.Errors)
	}
	err := writeFile(ctx, countsName(f.Prefix), func(w io.Writer) error {
		b, err := json.MarshalIndent(c, "", "  ")
		if err != nil {
			return err
		}
		_, err = w.Write(append(b, '\n'))
		return err
	})
	if err != nil {
		return err
	}
	return s.check(f.MaxErrors, "the results of the good records are written")
}
