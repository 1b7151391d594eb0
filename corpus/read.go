package corpus

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Sentinel errors wrapped by the [*Error] values that the readers yield.
// Test for them with [errors.Is].
var (
	ErrSyntax        = errors.New("malformed record")
	ErrInvalidUTF8   = errors.New("invalid UTF-8")
	ErrEmptyText     = errors.New("empty text")
	ErrMissingLabel  = errors.New("missing label")
	ErrUnknownLabel  = errors.New("unknown label")
	ErrDuplicateID   = errors.New("duplicate id")
	ErrDuplicateText = errors.New("duplicate text")
	ErrTooLong       = errors.New("text too long")
)

// Error describes a problem with one record of a corpus file. Its message
// has the form "file:line: field: problem"; the line is omitted when it is
// not known (for example when the file cannot be opened) and the field when
// the problem concerns the whole record.
type Error struct {
	File  string // name of the input, as given by ReadOptions.Name
	Line  int    // 1-based line number, or 0 if unknown
	Field string // field or column name, or "" for the whole record
	Err   error  // the problem; wraps one of the Err* sentinels where one applies
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(e.Line))
	}
	b.WriteString(": ")
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	} else {
		b.WriteString("unknown error")
	}
	return b.String()
}

// Unwrap returns e.Err.
func (e *Error) Unwrap() error { return e.Err }

// ReadOptions control how a corpus is read and validated. The zero value
// reads a labelled corpus with any label set, rejects duplicates and stops
// at the first error.
type ReadOptions struct {
	// Name is the input's name used in errors and generated IDs;
	// "" means "<input>". ReadFile uses the path when Name is "".
	Name string
	// Labels, if non-nil, is the set of valid labels; any other label is
	// an error wrapping ErrUnknownLabel. A label that spells a valid one
	// in other letter case, with surrounding space or with American -izing
	// ("Recognizing") is read as that label. With the default label field,
	// a record without "label" takes its label from a "stance" field.
	Labels []Label
	// AllowUnlabeled accepts examples without a label, as in input to be
	// classified. By default a missing label is an error.
	AllowUnlabeled bool
	// AllowDuplicates accepts repeated IDs and repeated texts. By default
	// a repeated ID, or a text equal to an earlier one after trimming
	// surrounding space, is an error.
	AllowDuplicates bool
	// KeepGoing makes the iterator yield every error it finds and go on
	// with the next line or record. By default it stops after yielding
	// the first error. A read error from the underlying reader always
	// ends the iteration.
	KeepGoing bool
	// MaxTextBytes is the maximum length of a text in bytes; <= 0 means
	// 1 MiB. Longer texts are errors wrapping ErrTooLong.
	MaxTextBytes int
	// Comma is the CSV field delimiter; 0 means ','. ReadFile uses '\t'
	// for .tsv files. JSON Lines input ignores it.
	Comma rune
	// TextField, IDField and LabelField name the JSON keys or CSV columns
	// that hold the text, the id and the label; "" means "text", "id" and
	// "label". CSV headers match them ignoring case and surrounding space.
	TextField, IDField, LabelField string
	// RowIDs makes a missing or empty id the record's number in the
	// input (1, 2, 3…, counting records, bad ones included, not lines;
	// a quoted CSV field may span lines) instead of "<name>:<line>", so
	// that output keyed by id lines up with the input's rows. ReadJSONL
	// and ReadCSV honour it.
	RowIDs bool
}

// fieldNames returns the names of the text, id and label fields.
func (o ReadOptions) fieldNames() (text, id, label string) {
	text, id, label = o.TextField, o.IDField, o.LabelField
	if text == "" {
		text = "text"
	}
	if id == "" {
		id = "id"
	}
	if label == "" {
		label = "label"
	}
	return text, id, label
}

const defaultMaxTextBytes = 1 << 20

// lineSlack is what a JSON Lines line may hold beyond its escaped text:
// the id, label and metadata fields.
const lineSlack = 64 << 10

// checker validates examples and remembers the IDs and texts seen so far.
type checker struct {
	o      ReadOptions
	name   string
	max    int
	labels map[Label]bool  // nil: any label
	want   string          // "a, b, c" for error messages
	ids    map[string]int  // id -> line
	texts  map[string]seen // trimmed text -> first occurrence

	// text, id and label are the names of those fields.
	text, id, label string
	// row is the number of the record being read, for RowIDs.
	row int
}

type seen struct {
	line int
	id   string
}

func newChecker(o ReadOptions) *checker {
	c := &checker{o: o, name: o.Name, max: o.MaxTextBytes}
	c.text, c.id, c.label = o.fieldNames()
	if c.name == "" {
		c.name = "<input>"
	}
	if c.max <= 0 {
		c.max = defaultMaxTextBytes
	}
	if o.Labels != nil {
		c.labels = make(map[Label]bool, len(o.Labels))
		for _, l := range o.Labels {
			c.labels[l] = true
		}
		c.want = joinLabels(o.Labels)
	}
	if !o.AllowDuplicates {
		c.ids = make(map[string]int)
		c.texts = make(map[string]seen)
	}
	return c
}

func (c *checker) errAt(line int, field string, err error) *Error {
	return &Error{File: c.name, Line: line, Field: field, Err: err}
}

// maxLine is the longest JSON Lines line accepted: a text of MaxTextBytes
// may take up to six times as many bytes when every rune is \u-escaped.
func (c *checker) maxLine() int {
	if c.max > (math.MaxInt-lineSlack)/6 {
		return math.MaxInt
	}
	return 6*c.max + lineSlack
}

// check validates ex, read from the given line, fills in a missing ID, and
// records the ID and text for duplicate detection. It returns every
// problem found.
func (c *checker) check(ex *Example, line int) []error {
	var errs []error
	switch {
	case ex.ID != "":
	case c.o.RowIDs:
		ex.ID = strconv.Itoa(c.row)
	default:
		ex.ID = c.name + ":" + strconv.Itoa(line)
	}
	trimmed := strings.TrimSpace(ex.Text)
	switch {
	case trimmed == "":
		errs = append(errs, c.errAt(line, c.text, ErrEmptyText))
	case len(ex.Text) > c.max:
		errs = append(errs, c.errAt(line, c.text,
			fmt.Errorf("%w: %d bytes (max %d)", ErrTooLong, len(ex.Text), c.max)))
	}
	if ex.Label == "" && c.label == "label" && ex.Meta["stance"] != "" {
		// A file of stance labels may name its column after the task.
		ex.Label = Label(ex.Meta["stance"])
	}
	if c.labels != nil && !c.labels[ex.Label] {
		if l, ok := MatchLabel(ex.Label, c.o.Labels); ok {
			ex.Label = l
		}
	}
	switch {
	case ex.Label == "":
		if !c.o.AllowUnlabeled {
			errs = append(errs, c.errAt(line, c.label, ErrMissingLabel))
		}
	case c.labels != nil && !c.labels[ex.Label]:
		errs = append(errs, c.errAt(line, c.label,
			fmt.Errorf("%w %q (want one of %s)", ErrUnknownLabel, ex.Label, c.want)))
	}
	if c.ids != nil {
		if first, ok := c.ids[ex.ID]; ok {
			errs = append(errs, c.errAt(line, c.id,
				fmt.Errorf("%w %q (first seen on line %d)", ErrDuplicateID, ex.ID, first)))
		} else {
			c.ids[ex.ID] = line
		}
		if trimmed != "" {
			if first, ok := c.texts[trimmed]; ok {
				errs = append(errs, c.errAt(line, c.text,
					fmt.Errorf("%w (first seen on line %d, id %q)", ErrDuplicateText, first.line, first.id)))
			} else {
				c.texts[trimmed] = seen{line, ex.ID}
			}
		}
	}
	return errs
}

// report yields errs and says whether reading should go on: it stops after
// the first error unless KeepGoing is set, and whenever yield returns false.
func (c *checker) report(yield func(Example, error) bool, errs ...error) bool {
	for _, err := range errs {
		if !yield(Example{}, err) || !c.o.KeepGoing {
			return false
		}
	}
	return true
}

// emit yields ex if it has no problems, or its problems otherwise.
func (c *checker) emit(yield func(Example, error) bool, ex Example, errs []error) bool {
	if len(errs) > 0 {
		return c.report(yield, errs...)
	}
	return yield(ex, nil)
}

var bom = []byte("\xEF\xBB\xBF")

// newReader returns a buffered reader for r that skips a leading UTF-8 BOM.
func newReader(r io.Reader) *bufio.Reader {
	br := bufio.NewReader(r)
	if b, err := br.Peek(len(bom)); err == nil && bytes.Equal(b, bom) {
		br.Discard(len(bom))
	}
	return br
}

// lineReader reads lines of bounded length.
type lineReader struct {
	r   *bufio.Reader
	max int
	buf []byte
}

// next returns the next line without its line terminator. If the line is
// longer than max bytes, its contents are discarded and tooLong is true.
// At the end of the input err is io.EOF and line is empty; any other error
// is a read error.
func (lr *lineReader) next() (line []byte, tooLong bool, err error) {
	lr.buf = lr.buf[:0]
	for {
		frag, err := lr.r.ReadSlice('\n')
		if !tooLong {
			if len(lr.buf)+len(frag) > lr.max {
				tooLong = true
				lr.buf = lr.buf[:0]
			} else {
				lr.buf = append(lr.buf, frag...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && (len(lr.buf) > 0 || tooLong):
			// The last line has no terminator.
			return lr.buf, tooLong, nil
		case err != nil:
			return nil, false, err
		}
		line = bytes.TrimSuffix(lr.buf, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		return line, tooLong, nil
	}
}

// ReadJSONL returns an iterator over the examples in r, which holds JSON
// Lines: one JSON object per line. Blank lines are skipped and a leading
// UTF-8 BOM is ignored.
//
// The fields "id", "text" and "label" (or those ReadOptions names) fill the
// Example; every other field goes to Meta. "text" and "label" must be
// strings, and "id" a string or a number; a null field counts as missing.
// A missing id is generated as "<name>:<line>".
//
// The iterator yields (example, nil) for each valid line and (Example{},
// err) for each problem, where err is an [*Error]; see [ReadOptions] for
// what is checked and when iteration stops. A read error from r is yielded
// as an [*Error] too. The iterator reads r as it goes, so it can be
// iterated only once.
func ReadJSONL(r io.Reader, o ReadOptions) iter.Seq2[Example, error] {
	return func(yield func(Example, error) bool) {
		c := newChecker(o)
		lr := &lineReader{r: newReader(r), max: c.maxLine()}
		for n := 1; ; n++ {
			line, tooLong, err := lr.next()
			if err == io.EOF {
				return
			}
			if err != nil {
				c.report(yield, c.errAt(n, "", fmt.Errorf("read: %w", err)))
				return
			}
			if tooLong {
				c.row++
				err := c.errAt(n, "", fmt.Errorf("%w: line longer than %d bytes", ErrTooLong, lr.max))
				if !c.report(yield, err) {
					return
				}
				continue
			}
			line = bytes.TrimSpace(line)
			if len(line) == 0 {
				continue
			}
			c.row++
			ex, err := c.parseJSON(line, n)
			if err != nil {
				if !c.report(yield, err) {
					return
				}
				continue
			}
			if !c.emit(yield, ex, c.check(&ex, n)) {
				return
			}
		}
	}
}

// parseJSON decodes one non-blank JSON Lines line into an Example, without
// validating its content.
func (c *checker) parseJSON(line []byte, n int) (Example, error) {
	if line[0] != '{' {
		msg := "line is not a JSON object"
		if line[0] == '[' {
			msg = "line is a JSON array; want one JSON object per line"
		}
		return Example{}, c.errAt(n, "", fmt.Errorf("%w: %s", ErrSyntax, msg))
	}
	if c.text == "text" && c.id == "id" && c.label == "label" {
		if ex, ok := parseFlatJSON(line); ok {
			return ex, nil
		}
	}
	return c.parseJSONSlow(line, n)
}

// parseJSONSlow decodes a JSON object line with encoding/json.
func (c *checker) parseJSONSlow(line []byte, n int) (Example, error) {
	fields, err := c.decodeJSONObject(line, n)
	if err != nil {
		return Example{}, err
	}
	var ex Example
	for _, k := range slices.Sorted(maps.Keys(fields)) {
		if err := c.setJSONField(&ex, k, bytes.TrimSpace(fields[k]), len(fields), n); err != nil {
			return Example{}, err
		}
	}
	if _, ok := fields[c.text]; !ok {
		return Example{}, c.errAt(n, c.text, fmt.Errorf("%w (no %q field)", ErrEmptyText, c.text))
	}
	return ex, nil
}

// decodeJSONObject splits a JSON object line into its raw members, first
// rejecting what encoding/json would accept silently: a repeated key (it
// keeps the last) and invalid UTF-8 (it substitutes U+FFFD).
func (c *checker) decodeJSONObject(line []byte, n int) (map[string]json.RawMessage, error) {
	// encoding/json keeps the last of repeated keys without a word; a
	// record with two labels must not lose one silently.
	if key, ok := duplicateKey(line); ok {
		return nil, c.errAt(n, key, fmt.Errorf("%w: key %q appears twice", ErrSyntax, key))
	}
	var fields map[string]json.RawMessage
	decodeErr := json.Unmarshal(line, &fields)
	if !utf8.Valid(line) {
		// encoding/json would silently replace the bad bytes; find the
		// field that holds them, if the line decodes at all.
		field := ""
		if decodeErr == nil {
			for _, k := range slices.Sorted(maps.Keys(fields)) {
				if !utf8.Valid(fields[k]) {
					field = k
					break
				}
			}
		}
		return nil, c.errAt(n, field, ErrInvalidUTF8)
	}
	if decodeErr != nil {
		return nil, c.errAt(n, "", fmt.Errorf("%w: %v", ErrSyntax, decodeErr))
	}
	return fields, nil
}

// setJSONField stores the trimmed raw value v of member k in ex: id, text and
// label by the checker's field names, with the types each accepts, and any
// other member as metadata (a string's contents, or other JSON compacted).
// nfields sizes the metadata map once, as the record has at most that many.
func (c *checker) setJSONField(ex *Example, k string, v []byte, nfields, n int) error {
	switch k {
	case c.id:
		switch {
		case isNull(v):
		case v[0] == '"':
			var s string
			if err := json.Unmarshal(v, &s); err != nil {
				return c.errAt(n, k, fmt.Errorf("%w: %v", ErrSyntax, err))
			}
			ex.ID = strings.TrimSpace(s)
		case v[0] == '-' || '0' <= v[0] && v[0] <= '9':
			ex.ID = string(v)
		default:
			return c.errAt(n, k,
				fmt.Errorf("%w: id is a JSON %s; want a string or number", ErrSyntax, jsonKind(v)))
		}
	case c.text, c.label:
		if isNull(v) {
			return nil // a null text is empty; a null label is missing
		}
		if v[0] != '"' {
			return c.errAt(n, k,
				fmt.Errorf("%w: %s is a JSON %s; want a string", ErrSyntax, k, jsonKind(v)))
		}
		var s string
		if err := json.Unmarshal(v, &s); err != nil {
			return c.errAt(n, k, fmt.Errorf("%w: %v", ErrSyntax, err))
		}
		if k == c.text {
			ex.Text = s
		} else {
			ex.Label = Label(strings.TrimSpace(s))
		}
	default:
		if ex.Meta == nil {
			ex.Meta = make(map[string]string, nfields)
		}
		if v[0] == '"' {
			var s string
			if err := json.Unmarshal(v, &s); err != nil {
				return c.errAt(n, k, fmt.Errorf("%w: %v", ErrSyntax, err))
			}
			ex.Meta[k] = s
			return nil
		}
		var buf bytes.Buffer
		if err := json.Compact(&buf, v); err != nil {
			return c.errAt(n, k, fmt.Errorf("%w: %v", ErrSyntax, err))
		}
		ex.Meta[k] = buf.String()
	}
	return nil
}

func isNull(v []byte) bool { return string(v) == "null" }

// duplicateKey reports the first top-level key of a JSON object that occurs
// twice. Malformed input reports none: the decoder that follows names it.
func duplicateKey(line []byte) (string, bool) {
	dec := json.NewDecoder(bytes.NewReader(line))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return "", false
	}
	seen := map[string]bool{}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return "", false
		}
		key, ok := t.(string)
		if !ok {
			return "", false
		}
		if seen[key] {
			return key, true
		}
		seen[key] = true
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return "", false
		}
	}
	return "", false
}

// jsonKind names the kind of the JSON value v for error messages.
func jsonKind(v []byte) string {
	switch v[0] {
	case '{':
		return "object"
	case '[':
		return "array"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	case '"':
		return "string"
	default:
		return "number"
	}
}

// ReadCSV returns an iterator over the examples in r, which holds CSV with
// a header row (or another delimiter given by ReadOptions.Comma). The
// header must name a "text" column and, unless AllowUnlabeled is set, a
// "label" column; an "id" column is optional (ReadOptions may name other
// columns for the three). These three names are
// matched ignoring case and surrounding space. Every other column goes to
// Meta under its header name, so a "tags" column written as "a;b" is read
// back by [Example.Tags]. A missing or empty id is generated as
// "<name>:<line>", where line is the line on which the record starts, or
// with ReadOptions.RowIDs as the record's number.
//
// Quoting follows RFC 4180, as implemented by [encoding/csv]. Each record
// must have as many fields as the header. A leading UTF-8 BOM is ignored.
// Errors and stopping behave as for [ReadJSONL]; a malformed header always
// ends the iteration.
func ReadCSV(r io.Reader, o ReadOptions) iter.Seq2[Example, error] {
	return func(yield func(Example, error) bool) {
		c := newChecker(o)
		cr := csv.NewReader(newReader(r))
		cr.FieldsPerRecord = -1
		if o.Comma != 0 {
			cr.Comma = o.Comma
		}
		header, err := cr.Read()
		if err != nil {
			yield(Example{}, c.csvError(err, 1, "missing header row"))
			return
		}
		cols, err := c.parseHeader(header)
		if err != nil {
			yield(Example{}, err)
			return
		}
		for {
			offset := cr.InputOffset()
			rec, err := cr.Read()
			if err == io.EOF {
				return
			}
			c.row++
			if err != nil {
				var pe *csv.ParseError
				if !errors.As(err, &pe) {
					c.report(yield, c.csvError(err, 0, ""))
					return
				}
				if !c.report(yield, c.csvError(err, 0, "")) || cr.InputOffset() == offset {
					return
				}
				continue
			}
			n, _ := cr.FieldPos(0)
			ex, errs := c.parseRecord(rec, cols, n)
			if len(errs) == 0 {
				errs = c.check(&ex, n)
			}
			if !c.emit(yield, ex, errs) {
				return
			}
		}
	}
}

// columns describes a CSV header.
type columns struct {
	names           []string
	id, text, label int // -1 if absent
}

func (c *checker) parseHeader(header []string) (columns, error) {
	cols := columns{names: make([]string, len(header)), id: -1, text: -1, label: -1}
	seenCols := make(map[string]bool, len(header))
	for i, h := range header {
		if !utf8.ValidString(h) {
			return cols, c.errAt(1, "", fmt.Errorf("header: %w", ErrInvalidUTF8))
		}
		name := strings.TrimSpace(h)
		if name == "" {
			return cols, c.errAt(1, "", fmt.Errorf("%w: header: column %d has no name", ErrSyntax, i+1))
		}
		key := strings.ToLower(name)
		if seenCols[key] {
			return cols, c.errAt(1, "", fmt.Errorf("%w: header: duplicate column %q", ErrSyntax, name))
		}
		seenCols[key] = true
		cols.names[i] = name
		switch key {
		case strings.ToLower(c.id):
			cols.id = i
			cols.names[i] = c.id
		case strings.ToLower(c.text):
			cols.text = i
			cols.names[i] = c.text
		case strings.ToLower(c.label):
			cols.label = i
			cols.names[i] = c.label
		}
	}
	if cols.text < 0 {
		return cols, c.errAt(1, "", fmt.Errorf("%w: header has no %q column", ErrSyntax, c.text))
	}
	if cols.label < 0 && !c.o.AllowUnlabeled {
		return cols, c.errAt(1, "", fmt.Errorf("%w: header has no %q column", ErrSyntax, c.label))
	}
	return cols, nil
}

// parseRecord turns a CSV record starting on line n into an Example,
// checking its shape and encoding but not its content.
func (c *checker) parseRecord(rec []string, cols columns, n int) (Example, []error) {
	if len(rec) != len(cols.names) {
		return Example{}, []error{c.errAt(n, "",
			fmt.Errorf("%w: record has %d fields, header has %d", ErrSyntax, len(rec), len(cols.names)))}
	}
	var errs []error
	for i, f := range rec {
		if !utf8.ValidString(f) {
			errs = append(errs, c.errAt(n, cols.names[i], ErrInvalidUTF8))
		}
	}
	if len(errs) > 0 {
		return Example{}, errs
	}
	ex := Example{Text: rec[cols.text]}
	if cols.id >= 0 {
		ex.ID = strings.TrimSpace(rec[cols.id])
	}
	if cols.label >= 0 {
		ex.Label = Label(strings.TrimSpace(rec[cols.label]))
	}
	for i, f := range rec {
		if i == cols.id || i == cols.text || i == cols.label {
			continue
		}
		if ex.Meta == nil {
			ex.Meta = make(map[string]string, len(rec))
		}
		ex.Meta[cols.names[i]] = f
	}
	return ex, nil
}

// csvError converts an error from encoding/csv into an *Error. io.EOF
// becomes a syntax error with message eofMsg on line eofLine.
func (c *checker) csvError(err error, eofLine int, eofMsg string) *Error {
	var pe *csv.ParseError
	switch {
	case err == io.EOF:
		return c.errAt(eofLine, "", fmt.Errorf("%w: %s", ErrSyntax, eofMsg))
	case errors.As(err, &pe):
		return c.errAt(pe.Line, "", fmt.Errorf("%w: %v (column %d)", ErrSyntax, pe.Err, pe.Column))
	default:
		return c.errAt(eofLine, "", fmt.Errorf("read: %w", err))
	}
}

// ReadFile returns an iterator over the examples in the named file. The
// format is chosen by extension: .jsonl, .json and .ndjson are read with
// [ReadJSONL], .csv with [ReadCSV] and .tsv with ReadCSV using a tab
// delimiter. A further .gz suffix (as in "leaders.jsonl.gz") means the file
// is gzip-compressed. ReadOptions.Name defaults to path.
//
// The file is opened when iteration starts and closed when it ends, so the
// iterator may be used more than once. Failure to open or decompress the
// file is yielded as an [*Error] with Line 0.
func ReadFile(path string, o ReadOptions) iter.Seq2[Example, error] {
	if o.Name == "" {
		o.Name = path
	}
	return func(yield func(Example, error) bool) {
		if !KnownFormat(path) {
			ReadNamed(nil, path, o)(yield) // reports the extension
			return
		}
		f, err := os.Open(path)
		if err != nil {
			yield(Example{}, &Error{File: o.Name, Err: err})
			return
		}
		defer f.Close()
		for ex, err := range ReadNamed(f, path, o) {
			if !yield(ex, err) {
				return
			}
		}
	}
}

// KnownFormat reports whether name's extension is one that [ReadNamed] and
// [ReadFile] read.
func KnownFormat(name string) bool {
	_, _, ok := format(name)
	return ok
}

func format(name string) (ext string, gz, ok bool) {
	base := strings.ToLower(name)
	gz = strings.HasSuffix(base, ".gz")
	ext = filepath.Ext(strings.TrimSuffix(base, ".gz"))
	switch ext {
	case ".jsonl", ".json", ".ndjson", ".csv", ".tsv":
		return ext, gz, true
	}
	return ext, gz, false
}

// ReadNamed reads examples from r in the format that name's extension gives,
// as [ReadFile] does for a file, for readers that do not come from the local
// file system (an HTTP body, a cloud bucket). ReadOptions.Name defaults to
// name. An unknown extension or a bad gzip header is yielded as an [*Error]
// with Line 0.
func ReadNamed(r io.Reader, name string, o ReadOptions) iter.Seq2[Example, error] {
	if o.Name == "" {
		o.Name = name
	}
	return func(yield func(Example, error) bool) {
		fail := func(err error) { yield(Example{}, &Error{File: o.Name, Err: err}) }
		ext, gz, ok := format(name)
		if !ok {
			fail(fmt.Errorf("unknown file extension %q (want .jsonl, .json, .ndjson, .csv or .tsv, optionally followed by .gz)", ext))
			return
		}
		read := ReadJSONL
		switch ext {
		case ".csv":
			read = ReadCSV
		case ".tsv":
			if o.Comma == 0 {
				o.Comma = '\t'
			}
			read = ReadCSV
		}
		if gz {
			zr, err := gzip.NewReader(r)
			if err != nil {
				fail(fmt.Errorf("gzip: %w", err))
				return
			}
			defer zr.Close()
			r = zr
		}
		for ex, err := range read(r, o) {
			if !yield(ex, err) {
				return
			}
		}
	}
}

// ReadAll collects the examples that seq yields without error, and joins
// every error it yields with [errors.Join]. The error is nil if there were
// none.
func ReadAll(seq iter.Seq2[Example, error]) ([]Example, error) {
	var exs []Example
	var errs []error
	for ex, err := range seq {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		exs = append(exs, ex)
	}
	return exs, errors.Join(errs...)
}
