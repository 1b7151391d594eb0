package main

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/record"
)

func init() {
	register.DoFn4x0[context.Context, fileio.ReadableFile, func(statement), func(badRecord)](&readFn{})
	register.Emitter1[statement]()
	register.Emitter1[badRecord]()
}

// statement is one input record on its way through the pipeline.
type statement struct {
	ID    string // from the input, or "FILE:LINE"
	Text  string
	Label string // "" when unlabelled
	// Winner and Rivals are the statement's election context, from its
	// winner and rivals fields (stance.Context); nil when it has none.
	Winner, Rivals []string
}

// context returns s's election context.
func (s statement) context() stance.Context {
	return stance.Context{Winner: s.Winner, Rivals: s.Rivals}
}

// badRecord is one problem with the input, found where it was read.
type badRecord struct {
	File    string
	Line    int    // 0: the whole file
	Message string // "file:line: field: problem", as the corpus readers word it
}

func newBadRecord(err error, file string) badRecord {
	var ce *corpus.Error
	if errors.As(err, &ce) {
		return badRecord{File: ce.File, Line: ce.Line, Message: ce.Error()}
	}
	return badRecord{File: file, Message: fmt.Sprintf("%s: %v", file, err)}
}

var (
	filesRead  = beam.NewCounter(metricsNS, "files")
	statements = beam.NewCounter(metricsNS, "statements")
	badRecords = beam.NewCounter(metricsNS, "bad_records")
	blankLines = beam.NewCounter(metricsNS, "blank_lines")
)

const metricsNS = "stancekit"

// readFn reads one whole file, so that line numbers and the corpus readers'
// per-file checks (duplicate ids and texts) are exactly those of
// corpus.ReadFile. Every problem becomes a badRecord; reading goes on with
// the next line, as with corpus.ReadOptions.KeepGoing.
type readFn struct {
	// Train reads labelled training data: JSONL, CSV or TSV, duplicates are
	// errors, as in examples/train. Otherwise labels are optional,
	// duplicates are fine, and files with another extension are text with
	// one statement per line.
	Train bool
	// Labels, if not nil, is the only valid label set.
	Labels []string
}

func (f *readFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(statement), bad func(badRecord)) {
	name := file.Metadata.Path
	filesRead.Inc(ctx, 1)
	for ex, err := range f.read(ctx, file) {
		if err != nil {
			badRecords.Inc(ctx, 1)
			bad(newBadRecord(err, name))
			continue
		}
		statements.Inc(ctx, 1)
		emit(statement{ID: ex.ID, Text: ex.Text, Label: string(ex.Label), Winner: ex.Winner(), Rivals: ex.Rivals()})
	}
}

// read yields the examples and problems of one file, opening it with Beam's
// file systems (local, gs://, …) and reading it with corpus.ReadNamed, the
// reader behind corpus.ReadFile; in classification, files of any other
// extension are text, one statement per line.
func (f *readFn) read(ctx context.Context, file fileio.ReadableFile) iter.Seq2[corpus.Example, error] {
	name := file.Metadata.Path
	return func(yield func(corpus.Example, error) bool) {
		fail := func(err error) { yield(corpus.Example{}, &corpus.Error{File: name, Err: err}) }
		o := corpus.ReadOptions{Name: name, KeepGoing: true}
		for _, l := range f.Labels {
			o.Labels = append(o.Labels, corpus.Label(l))
		}
		if !f.Train {
			o.AllowUnlabeled = true
			o.AllowDuplicates = true
		}
		rc, err := file.Open(ctx) // uncompressed: see ReadMatches in pipeline.go
		if err != nil {
			fail(err)
			return
		}
		defer rc.Close()
		seq := corpus.ReadNamed(rc, name, o)
		if !f.Train && !corpus.KnownFormat(name) {
			var r io.Reader = rc
			if strings.HasSuffix(strings.ToLower(name), ".gz") {
				zr, err := gzip.NewReader(rc)
				if err != nil {
					fail(fmt.Errorf("gzip: %w", err))
					return
				}
				defer zr.Close()
				r = zr
			}
			seq = readLines(ctx, r, o)
		}
		for ex, err := range seq {
			if !yield(ex, err) {
				return
			}
		}
	}
}

// maxLineBytes bounds a text line, as corpus.ReadOptions.MaxTextBytes'
// default bounds a text.
const maxLineBytes = 1 << 20

// readLines reads text with one statement per line (record.Lines). Blank
// lines are skipped (and counted as blank_lines); invalid UTF-8 and
// over-long lines are errors naming the line. The id is "FILE:LINE".
func readLines(ctx context.Context, r io.Reader, o corpus.ReadOptions) iter.Seq2[corpus.Example, error] {
	return func(yield func(corpus.Example, error) bool) {
		ro := record.ReadOptions{Name: o.Name, Format: record.Lines, MaxTextBytes: maxLineBytes, KeepGoing: true}
		for s, err := range record.Read(r, ro) {
			switch {
			case err != nil:
				if !yield(corpus.Example{}, err) {
					return
				}
			case strings.TrimSpace(s.Text) == "":
				blankLines.Inc(ctx, 1)
			case !utf8.ValidString(s.Text):
				line, _ := strconv.Atoi(s.ID)
				if !yield(corpus.Example{}, &corpus.Error{File: o.Name, Line: line, Field: "text", Err: corpus.ErrInvalidUTF8}) {
					return
				}
			default:
				if !yield(corpus.Example{ID: o.Name + ":" + s.ID, Text: s.Text}, nil) {
					return
				}
			}
		}
	}
}
