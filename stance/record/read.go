package record

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/stancekit/stancekit/corpus"
)

// Format is a record format.
type Format string

// The formats, by the extension that names them.
const (
	// CSV is comma-separated values with a header row (RFC 4180 quoting:
	// a quoted field may hold commas and line breaks).
	CSV Format = "csv"
	// TSV is CSV with tabs, a header row and the same quoting.
	TSV Format = "tsv"
	// JSONL is JSON Lines: one JSON object per line.
	JSONL Format = "jsonl"
	// Lines is plain text, one statement per line.
	Lines Format = "lines"
)

// FormatOf returns the format a file name gives by its extension,
// ignoring a final .gz: .csv, .tsv, .jsonl (or .json, .ndjson); any other
// name, "-" for standard input included, is Lines.
func FormatOf(name string) Format {
	ext := strings.ToLower(filepath.Ext(strings.TrimSuffix(strings.ToLower(name), ".gz")))
	switch ext {
	case ".csv":
		return CSV
	case ".tsv":
		return TSV
	case ".jsonl", ".json", ".ndjson":
		return JSONL
	}
	return Lines
}

// Statement is one record to classify.
type Statement struct {
	// ID is the record's id field; when the record has none (or an empty
	// one), it is the record's row number, 1, 2, 3…, counting records and
	// not lines (a quoted CSV field may span lines), so that output keyed
	// by id lines up with the input's rows. A line of Lines has its line
	// number.
	ID string
	// Text is the statement as written (a quoted CSV field keeps its line
	// breaks).
	Text string
	// Fields are the record's other fields by name (for instance winner,
	// rivals, lang, or a label), nil when there are none. A JSON value
	// that is not a string is kept as its compact JSON text.
	Fields map[string]string
}

// ReadOptions configure reading.
type ReadOptions struct {
	// Name is the input's name in errors and generated ids ("<input>" when
	// empty; ReadFile uses the path).
	Name string
	// Format is the input's format; "" means FormatOf(Name).
	Format Format
	// TextField and IDField name the field (CSV column, JSON key) of the
	// text and the id; "" means "text" and "id". CSV headers match them
	// ignoring case.
	TextField, IDField string
	// KeepGoing yields every bad record as an error and goes on; by
	// default reading stops after the first.
	KeepGoing bool
	// MaxTextBytes bounds a text (and a line of Lines); <= 0 means 1 MiB.
	MaxTextBytes int
}

// maxTextBytes is the default bound of a text, as corpus's.
const maxTextBytes = 1 << 20

// Read returns an iterator over the statements in r, one at a time, in
// input order, so memory does not grow with the input. CSV, TSV and JSONL
// are read by package corpus's readers, whose errors are *corpus.Error
// values naming the input, line and field; duplicate ids and texts are
// accepted, and a record's "label" field, if any, is one of its Fields.
// Lines yields every line as a statement, blank ones included, with the
// line number as its id; it does not check the text, so that a caller can
// classify an empty or damaged line the way it chooses.
func Read(r io.Reader, o ReadOptions) iter.Seq2[Statement, error] {
	if o.Name == "" {
		o.Name = "<input>"
	}
	if o.Format == "" {
		o.Format = FormatOf(o.Name)
	}
	if o.Format == Lines {
		return readLines(r, o)
	}
	co := corpus.ReadOptions{Name: o.Name, AllowUnlabeled: true, AllowDuplicates: true, KeepGoing: o.KeepGoing,
		MaxTextBytes: o.MaxTextBytes, TextField: o.TextField, IDField: o.IDField, RowIDs: true}
	var seq iter.Seq2[corpus.Example, error]
	switch o.Format {
	case CSV:
		seq = corpus.ReadCSV(r, co)
	case TSV:
		co.Comma = '\t'
		seq = corpus.ReadCSV(r, co)
	case JSONL:
		seq = corpus.ReadJSONL(r, co)
	default:
		return func(yield func(Statement, error) bool) {
			yield(Statement{}, &corpus.Error{File: o.Name, Err: fmt.Errorf("unknown record format %q", o.Format)})
		}
	}
	return func(yield func(Statement, error) bool) {
		for ex, err := range seq {
			s := Statement{ID: ex.ID, Text: ex.Text, Fields: ex.Meta}
			if ex.Label != "" {
				if s.Fields == nil {
					s.Fields = map[string]string{}
				}
				s.Fields["label"] = string(ex.Label)
			}
			if !yield(s, err) {
				return
			}
		}
	}
}

// ReadFile returns an iterator over the statements in the named file,
// "-" meaning standard input; a name ending in .gz is decompressed. The
// file is opened when iteration starts and closed when it ends. Failure to
// open or decompress it is yielded as a *corpus.Error without a line.
func ReadFile(path string, o ReadOptions) iter.Seq2[Statement, error] {
	if o.Name == "" {
		o.Name = path
	}
	if o.Format == "" {
		o.Format = FormatOf(path)
	}
	return func(yield func(Statement, error) bool) {
		fail := func(err error) { yield(Statement{}, &corpus.Error{File: o.Name, Err: err}) }
		var in io.Reader = os.Stdin
		if path != "-" {
			f, err := os.Open(path)
			if err != nil {
				fail(err)
				return
			}
			defer f.Close()
			in = f
		}
		if strings.HasSuffix(strings.ToLower(path), ".gz") {
			zr, err := gzip.NewReader(in)
			if err != nil {
				fail(fmt.Errorf("gzip: %w", err))
				return
			}
			defer zr.Close()
			in = zr
		}
		for s, err := range Read(in, o) {
			if !yield(s, err) {
				return
			}
		}
	}
}

// readLines yields every line of r. A line longer than MaxTextBytes is an
// error wrapping corpus.ErrTooLong; a read error ends the iteration.
func readLines(r io.Reader, o ReadOptions) iter.Seq2[Statement, error] {
	limit := o.MaxTextBytes
	if limit <= 0 {
		limit = maxTextBytes
	}
	return func(yield func(Statement, error) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		if b, err := br.Peek(3); err == nil && string(b) == "\xEF\xBB\xBF" {
			br.Discard(3)
		}
		var buf []byte
		for n := 1; ; n++ {
			line, tooLong, err := nextLine(br, buf[:0], limit)
			buf = line[:0]
			switch {
			case err == io.EOF:
				return
			case err != nil:
				yield(Statement{}, &corpus.Error{File: o.Name, Line: n, Err: fmt.Errorf("read: %w", err)})
				return
			case tooLong:
				err := &corpus.Error{File: o.Name, Line: n, Field: "text", Err: fmt.Errorf("%w: line longer than %d bytes", corpus.ErrTooLong, limit)}
				if !yield(Statement{}, err) || !o.KeepGoing {
					return
				}
			default:
				if !yield(Statement{ID: strconv.Itoa(n), Text: string(line)}, nil) {
					return
				}
			}
		}
	}
}

// nextLine reads one line into buf, without its "\n" or "\r\n". A line
// longer than limit bytes is read to its end and reported as tooLong. At
// the end of the input err is io.EOF; a last line without a terminator is
// a line.
func nextLine(br *bufio.Reader, buf []byte, limit int) (line []byte, tooLong bool, err error) {
	for {
		frag, err := br.ReadSlice('\n')
		if !tooLong && len(buf)+len(frag) <= limit+2 { // room for "\r\n"
			buf = append(buf, frag...)
		} else {
			tooLong = true
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && len(buf) == 0 && !tooLong:
			return buf, false, io.EOF
		case err != nil && err != io.EOF:
			return buf, false, err
		}
		buf = bytes.TrimSuffix(bytes.TrimSuffix(buf, []byte("\n")), []byte("\r"))
		return buf, tooLong || len(buf) > limit, nil
	}
}
