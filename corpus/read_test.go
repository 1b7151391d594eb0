package corpus

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"iter"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readFixture reads testdata/name with o and returns what ReadAll returns,
// along with the individual errors yielded.
func readFixture(t *testing.T, name string, o ReadOptions) ([]Example, []error) {
	t.Helper()
	var exs []Example
	var errs []error
	for ex, err := range ReadFile("testdata/"+name, o) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		exs = append(exs, ex)
	}
	return exs, errs
}

func TestReadErrors(t *testing.T) {
	leaders := ReadOptions{Labels: LeaderLabels()}
	tests := []struct {
		file   string
		opts   ReadOptions
		target error
		line   int
		field  string
		msg    string // the whole message, or its start if it ends in "..."
		before int    // valid examples yielded before the error
	}{
		// JSON Lines.
		{"syntax.jsonl", leaders, ErrSyntax, 2, "",
			"testdata/syntax.jsonl:2: malformed record: invalid character...", 1},
		{"not_object.jsonl", leaders, ErrSyntax, 3, "",
			"testdata/not_object.jsonl:3: malformed record: line is a JSON array; want one JSON object per line", 1},
		{"text_not_string.jsonl", leaders, ErrSyntax, 2, "text",
			"testdata/text_not_string.jsonl:2: text: malformed record: text is a JSON number; want a string", 1},
		{"label_not_string.jsonl", leaders, ErrSyntax, 3, "label",
			"testdata/label_not_string.jsonl:3: label: malformed record: label is a JSON array; want a string", 2},
		{"id_bool.jsonl", leaders, ErrSyntax, 2, "id",
			"testdata/id_bool.jsonl:2: id: malformed record: id is a JSON boolean; want a string or number", 1},
		{"invalid_utf8.jsonl", leaders, ErrInvalidUTF8, 2, "text",
			"testdata/invalid_utf8.jsonl:2: text: invalid UTF-8", 1},
		{"empty_text.jsonl", leaders, ErrEmptyText, 3, "text",
			"testdata/empty_text.jsonl:3: text: empty text", 2},
		{"no_text.jsonl", leaders, ErrEmptyText, 2, "text",
			`testdata/no_text.jsonl:2: text: empty text (no "text" field)`, 1},
		{"missing_label.jsonl", leaders, ErrMissingLabel, 2, "label",
			"testdata/missing_label.jsonl:2: label: missing label", 1},
		{"null_label.jsonl", leaders, ErrMissingLabel, 2, "label",
			"testdata/null_label.jsonl:2: label: missing label", 1},
		{"unknown_label.jsonl", ReadOptions{Name: "leaders.jsonl", Labels: LeaderLabels()}, ErrUnknownLabel, 3, "label",
			`leaders.jsonl:3: label: unknown label "favor" (want one of recognising, withholding, hostile)`, 2},
		{"duplicate_id.jsonl", ReadOptions{Name: "x.jsonl"}, ErrDuplicateID, 3, "id",
			`x.jsonl:3: id: duplicate id "a1" (first seen on line 1)`, 2},
		{"duplicate_text.jsonl", leaders, ErrDuplicateText, 3, "text",
			`testdata/duplicate_text.jsonl:3: text: duplicate text (first seen on line 1, id "a1")`, 1},
		{"too_long.jsonl", ReadOptions{MaxTextBytes: 50}, ErrTooLong, 2, "text",
			"testdata/too_long.jsonl:2: text: text too long: 100 bytes (max 50)", 1},
		{"long_line.jsonl", ReadOptions{MaxTextBytes: 1000}, ErrTooLong, 2, "",
			"testdata/long_line.jsonl:2: text too long: line longer than 71536 bytes", 1},

		// CSV.
		{"bad_quote.csv", leaders, ErrSyntax, 3, "",
			`testdata/bad_quote.csv:3: malformed record: bare " in non-quoted-field (column 8)`, 1},
		{"field_count.csv", leaders, ErrSyntax, 3, "",
			"testdata/field_count.csv:3: malformed record: record has 4 fields, header has 3", 1},
		{"no_text_column.csv", leaders, ErrSyntax, 1, "",
			`testdata/no_text_column.csv:1: malformed record: header has no "text" column`, 0},
		{"no_label_column.csv", leaders, ErrSyntax, 1, "",
			`testdata/no_label_column.csv:1: malformed record: header has no "label" column`, 0},
		{"dup_column.csv", leaders, ErrSyntax, 1, "",
			`testdata/dup_column.csv:1: malformed record: header: duplicate column "Text"`, 0},
		{"empty.csv", leaders, ErrSyntax, 1, "",
			"testdata/empty.csv:1: malformed record: missing header row", 0},
		{"invalid_utf8.csv", leaders, ErrInvalidUTF8, 3, "country",
			"testdata/invalid_utf8.csv:3: country: invalid UTF-8", 1},
		{"unknown_label.csv", leaders, ErrUnknownLabel, 3, "label",
			`testdata/unknown_label.csv:3: label: unknown label "favor" (want one of recognising, withholding, hostile)`, 1},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			exs, errs := readFixture(t, tt.file, tt.opts)
			require.Len(t, errs, 1, "the reader must stop after the first error")
			err := errs[0]
			assert.ErrorIs(t, err, tt.target)
			var e *Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tt.line, e.Line, "line")
			assert.Equal(t, tt.field, e.Field, "field")
			if prefix, ok := strings.CutSuffix(tt.msg, "..."); ok {
				assert.True(t, strings.HasPrefix(err.Error(), prefix), "message %q does not start with %q", err, prefix)
			} else {
				assert.Equal(t, tt.msg, err.Error())
			}
			assert.Len(t, exs, tt.before)
		})
	}
}

func TestReadJSONL(t *testing.T) {
	exs, errs := readFixture(t, "ok.jsonl", ReadOptions{Labels: LeaderLabels()})
	require.Empty(t, errs)
	want := []Example{
		{ID: "a1", Text: "We congratulate the winner.", Label: "recognising"},
		{ID: "7", Text: "Too early to say.", Label: "withholding", Meta: map[string]string{
			"election": "2031 Freedonia presidential",
			"tags":     `["hedged","negation"]`,
			"score":    "0.5",
			"extra":    `{"a":[1,2]}`,
			"note":     "null",
		}},
		{ID: "testdata/ok.jsonl:4", Text: "The vote was a farce.", Label: "hostile"},
	}
	assert.Equal(t, want, exs)
	assert.Equal(t, []string{"hedged", "negation"}, exs[1].Tags())
	assert.Equal(t, "2031 Freedonia presidential", exs[1].Election())
}

func TestReadJSONLLongLine(t *testing.T) {
	// A line far longer than bufio's buffer is read whole.
	exs, errs := readFixture(t, "long_line.jsonl", ReadOptions{})
	require.Empty(t, errs)
	require.Len(t, exs, 3)
	assert.Equal(t, strings.Repeat("y", 200000), exs[1].Text)

	// A line longer than the limit is reported and skipped; reading goes on.
	exs, errs = readFixture(t, "long_line.jsonl", ReadOptions{MaxTextBytes: 1000, KeepGoing: true})
	require.Len(t, errs, 1)
	assert.ErrorIs(t, errs[0], ErrTooLong)
	require.Len(t, exs, 2)
	assert.Equal(t, []string{"a1", "a2"}, ids(exs))
}

func ids(exs []Example) []string {
	var s []string
	for _, ex := range exs {
		s = append(s, ex.ID)
	}
	return s
}

func TestReadCSVQuoted(t *testing.T) {
	exs, errs := readFixture(t, "quoted.csv", ReadOptions{Labels: LeaderLabels()})
	require.Empty(t, errs)
	want := []Example{
		{ID: "c1", Text: "We congratulate the winner, warmly.", Label: "recognising", Meta: map[string]string{
			"election": "2031 Freedonia presidential", "tags": "grudging;negation", "notes": "",
		}},
		{ID: "c2", Text: "He said \"wait\" and then:\nwe wait for the count.", Label: "withholding", Meta: map[string]string{
			"election": "2031 Freedonia presidential", "tags": "reported-speech", "notes": "multi, comma",
		}},
		// The previous record spans lines 3 and 4, so this one starts on line 5.
		{ID: "testdata/quoted.csv:5", Text: "A farce.", Label: "hostile", Meta: map[string]string{
			"election": "2032 Ruritania parliamentary", "tags": "", "notes": "",
		}},
	}
	assert.Equal(t, want, exs)
	assert.Equal(t, []string{"grudging", "negation"}, exs[0].Tags())
	assert.Nil(t, exs[2].Tags())
}

func TestReadFileFormats(t *testing.T) {
	exs, errs := readFixture(t, "ok.tsv", ReadOptions{Labels: LeaderLabels()})
	require.Empty(t, errs)
	assert.Equal(t, []Example{{ID: "t1", Text: "We take note of the results.", Label: "withholding",
		Meta: map[string]string{"register": "formal statement"}}}, exs)

	exs, errs = readFixture(t, "ok.jsonl.gz", ReadOptions{Labels: LeaderLabels()})
	require.Empty(t, errs)
	assert.Equal(t, []string{"a1", "a2"}, ids(exs))

	_, errs = readFixture(t, "missing.jsonl", ReadOptions{})
	require.Len(t, errs, 1)
	assert.ErrorIs(t, errs[0], fs.ErrNotExist)
	var e *Error
	require.ErrorAs(t, errs[0], &e)
	assert.Equal(t, "testdata/missing.jsonl", e.File)
	assert.Zero(t, e.Line)

	_, errs = readFixture(t, "ok.txt", ReadOptions{})
	require.Len(t, errs, 1)
	assert.Contains(t, errs[0].Error(), `unknown file extension ".txt"`)

	_, errs = readFixture(t, "ok.jsonl", ReadOptions{Name: "custom"}) // Name overrides the path
	assert.Empty(t, errs)
}

func TestKeepGoing(t *testing.T) {
	o := ReadOptions{Labels: LeaderLabels()}
	exs, errs := readFixture(t, "many_errors.jsonl", o)
	assert.Equal(t, []string{"a1"}, ids(exs))
	require.Len(t, errs, 1)
	assert.ErrorIs(t, errs[0], ErrUnknownLabel)

	o.KeepGoing = true
	exs, errs = readFixture(t, "many_errors.jsonl", o)
	assert.Equal(t, []string{"a1", "b4", "6"}, ids(exs))
	type want struct {
		line   int
		field  string
		target error
	}
	wants := []want{
		{2, "label", ErrUnknownLabel},
		{3, "", ErrSyntax},
		{5, "text", ErrEmptyText},
		{5, "label", ErrMissingLabel},
		{5, "id", ErrDuplicateID},
	}
	require.Len(t, errs, len(wants))
	for i, w := range wants {
		var e *Error
		require.ErrorAs(t, errs[i], &e)
		assert.Equal(t, w.line, e.Line, "error %d: %v", i, errs[i])
		assert.Equal(t, w.field, e.Field, "error %d: %v", i, errs[i])
		assert.ErrorIs(t, errs[i], w.target, "error %d", i)
	}

	// ReadAll joins them all.
	all, err := ReadAll(ReadFile("testdata/many_errors.jsonl", o))
	assert.Len(t, all, 3)
	for _, w := range wants {
		assert.ErrorIs(t, err, w.target)
	}
	assert.Contains(t, err.Error(), `testdata/many_errors.jsonl:5: id: duplicate id "a1" (first seen on line 1)`)
}

func TestReadOptions(t *testing.T) {
	const in = `{"id": "x", "text": "Same text.", "label": "hostile"}
{"id": "x", "text": "Same text.  "}
{"text": "No label."}
`
	tests := []struct {
		name string
		opts ReadOptions
		ids  []string
		errs []error
	}{
		{"strict", ReadOptions{KeepGoing: true}, []string{"x"},
			[]error{ErrMissingLabel, ErrDuplicateID, ErrDuplicateText, ErrMissingLabel}},
		{"unlabeled", ReadOptions{KeepGoing: true, AllowUnlabeled: true}, []string{"x", "<input>:3"},
			[]error{ErrDuplicateID, ErrDuplicateText}},
		{"duplicates", ReadOptions{KeepGoing: true, AllowUnlabeled: true, AllowDuplicates: true},
			[]string{"x", "x", "<input>:3"}, nil},
		{"labels", ReadOptions{KeepGoing: true, AllowUnlabeled: true, AllowDuplicates: true, Labels: []Label{"pro"}},
			[]string{"x", "<input>:3"}, []error{ErrUnknownLabel}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			var errs []error
			for ex, err := range ReadJSONL(strings.NewReader(in), tt.opts) {
				if err != nil {
					errs = append(errs, err)
				} else {
					got = append(got, ex.ID)
				}
			}
			assert.Equal(t, tt.ids, got)
			require.Len(t, errs, len(tt.errs), "%v", errs)
			for i := range errs {
				assert.ErrorIs(t, errs[i], tt.errs[i])
				assert.True(t, strings.HasPrefix(errs[i].Error(), "<input>:"), errs[i].Error())
			}
		})
	}
}

func TestReadCSVUnlabeled(t *testing.T) {
	in := "\xEF\xBB\xBFText , Country\nWe take note.,Elbonia\n"
	exs, err := ReadAll(ReadCSV(strings.NewReader(in), ReadOptions{Name: "in.csv", AllowUnlabeled: true}))
	require.NoError(t, err)
	assert.Equal(t, []Example{{ID: "in.csv:2", Text: "We take note.", Meta: map[string]string{"Country": "Elbonia"}}}, exs)
}

func TestReadCSVKeepGoing(t *testing.T) {
	exs, errs := readFixture(t, "bad_quote.csv", ReadOptions{KeepGoing: true})
	assert.Equal(t, []string{"c1", "c3"}, ids(exs))
	require.Len(t, errs, 1)
	assert.ErrorIs(t, errs[0], ErrSyntax)
}

func TestReadIOError(t *testing.T) {
	boom := errors.New("boom")
	tests := []struct {
		name string
		read func(io.Reader, ReadOptions) func(func(Example, error) bool)
		in   string
	}{
		{"jsonl", func(r io.Reader, o ReadOptions) func(func(Example, error) bool) { return ReadJSONL(r, o) },
			`{"text": "one", "label": "a"}` + "\n"},
		{"csv", func(r io.Reader, o ReadOptions) func(func(Example, error) bool) { return ReadCSV(r, o) },
			"text,label\none,a\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := io.MultiReader(strings.NewReader(tt.in), iotest.ErrReader(boom))
			exs, err := ReadAll(tt.read(r, ReadOptions{KeepGoing: true}))
			assert.Len(t, exs, 1)
			assert.ErrorIs(t, err, boom)
			var e *Error
			require.ErrorAs(t, err, &e)
			assert.Contains(t, e.Error(), "<input>:")
		})
	}
}

func TestReadStopsWhenAsked(t *testing.T) {
	in := strings.Repeat(`{"text": "x", "label": "a"}`+"\n", 5)
	n := 0
	for _, err := range ReadJSONL(strings.NewReader(in), ReadOptions{AllowDuplicates: true}) {
		require.NoError(t, err)
		n++
		if n == 2 {
			break
		}
	}
	assert.Equal(t, 2, n)
}

func TestReadJSONLEdgeCases(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		id     string
		target error
	}{
		{"numeric id", `{"id": -1.5e3, "text": "t", "label": "a"}`, "-1.5e3", nil},
		{"null id", `{"id": null, "text": "t", "label": "a"}`, "<input>:1", nil},
		{"null text", `{"text": null, "label": "a"}`, "", ErrEmptyText},
		{"trailing data", `{"text": "t", "label": "a"} {}`, "", ErrSyntax},
		{"null line", `null`, "", ErrSyntax},
		{"invalid UTF-8 in key", "{\"te\xffxt\": \"t\", \"text\": \"t\", \"label\": \"a\"}", "", ErrInvalidUTF8},
		{"no final newline", `{"text": "t", "label": "a"}`, "<input>:1", nil},
		{"escaped text", `{"text": "caf\u00e9 \ud83d\ude00", "label": "a"}`, "<input>:1", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			exs, err := ReadAll(ReadJSONL(strings.NewReader(tt.in), ReadOptions{}))
			if tt.target != nil {
				assert.ErrorIs(t, err, tt.target)
				assert.Empty(t, exs)
				return
			}
			require.NoError(t, err)
			require.Len(t, exs, 1)
			assert.Equal(t, tt.id, exs[0].ID)
		})
	}
}

func TestTags(t *testing.T) {
	tests := []struct {
		tags string
		want []string
	}{
		{"", nil},
		{"[]", nil},
		{`["negation","mixed"]`, []string{"negation", "mixed"}},
		{`["a", 1, " "]`, []string{"a", "1"}},
		{"negation;mixed", []string{"negation", "mixed"}},
		{" a ; ;b ", []string{"a", "b"}},
		{"single", []string{"single"}},
		{"[not json", []string{"[not json"}},
	}
	for _, tt := range tests {
		t.Run(tt.tags, func(t *testing.T) {
			assert.Equal(t, tt.want, Example{Meta: map[string]string{"tags": tt.tags}}.Tags())
		})
	}
	assert.Nil(t, Example{}.Tags())
	assert.Empty(t, Example{}.Election())
}

func TestErrorString(t *testing.T) {
	tests := []struct {
		err  *Error
		want string
	}{
		{&Error{File: "a.jsonl", Line: 3, Field: "label", Err: ErrMissingLabel}, "a.jsonl:3: label: missing label"},
		{&Error{File: "a.jsonl", Line: 3, Err: ErrSyntax}, "a.jsonl:3: malformed record"},
		{&Error{File: "a.jsonl", Err: fs.ErrNotExist}, "a.jsonl: file does not exist"},
		{&Error{File: "a.jsonl", Line: 1}, "a.jsonl:1: unknown error"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.err.Error())
	}
	assert.ErrorIs(t, tests[0].err, ErrMissingLabel)
}

func TestReadJSONLBufferBoundary(t *testing.T) {
	// Lines around bufio's default buffer size (4096) must all be read.
	var b bytes.Buffer
	var want []string
	for _, n := range []int{4000, 4050, 4096, 4097, 8192, 9000} {
		text := strings.Repeat("z", n)
		want = append(want, text)
		b.WriteString(`{"text": "` + text + `", "label": "a"}` + "\n")
	}
	exs, err := ReadAll(ReadJSONL(&b, ReadOptions{}))
	require.NoError(t, err)
	var got []string
	for _, ex := range exs {
		got = append(got, ex.Text)
	}
	assert.Equal(t, want, got)
}

func TestReadNamed(t *testing.T) {
	exs, err := ReadAll(ReadNamed(strings.NewReader("text,label\nhello,x\n"), "upload.csv", ReadOptions{}))
	require.NoError(t, err)
	require.Len(t, exs, 1)
	assert.Equal(t, "upload.csv:2", exs[0].ID)
	_, err = ReadAll(ReadNamed(strings.NewReader("x"), "notes.txt", ReadOptions{}))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `notes.txt: unknown file extension ".txt"`)
	_, err = ReadAll(ReadNamed(strings.NewReader("not gzip"), "a.jsonl.gz", ReadOptions{}))
	assert.ErrorContains(t, err, "a.jsonl.gz: gzip")
	assert.True(t, KnownFormat("A.TSV.gz"))
	assert.False(t, KnownFormat("a.txt"))
}

func TestDuplicateKeyIsAnError(t *testing.T) {
	_, err := ReadAll(ReadJSONL(strings.NewReader(`{"text":"a","label":"hostile","label":"recognising"}`+"\n"), ReadOptions{Name: "d.jsonl"}))
	require.ErrorIs(t, err, ErrSyntax)
	assert.Contains(t, err.Error(), `d.jsonl:1: label: malformed record: key "label" appears twice`)
}

// RowIDs numbers records, not lines: a multi-line CSV field, a blank JSON
// line and a bad record in between do not shift the numbers of the rest.
func TestRowIDs(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		read     func(io.Reader, ReadOptions) iter.Seq2[Example, error]
		want     []string
	}{
		{"csv", "text,id\n\"a\nb\",\nc,x\n\"d,e\",\nf,\n", ReadCSV, []string{"1", "x", "3", "4"}},
		{"csv with a bad record", "text,id\na,\n\"b\",,extra\nc,\n", ReadCSV, []string{"1", "3"}},
		{"jsonl", "{\"text\":\"a\"}\n\n{\"text\":\"b\",\"id\":\"y\"}\n{\"text\":\"c\"}\n", ReadJSONL, []string{"1", "y", "3"}},
		{"jsonl with a bad line", "{\"text\":\"a\"}\nnot json\n{\"text\":\"c\"}\n", ReadJSONL, []string{"1", "3"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ids []string
			for ex, err := range tc.read(strings.NewReader(tc.in), ReadOptions{AllowUnlabeled: true, KeepGoing: true, RowIDs: true}) {
				if err == nil {
					ids = append(ids, ex.ID)
				}
			}
			assert.Equal(t, tc.want, ids)
		})
	}
}

// Labels written another way by people outside the project are read as the
// allowed label they spell; anything else stays an unknown label, and a file
// of stance labels may call its column "stance".
func TestLabelSpellings(t *testing.T) {
	tests := []struct {
		line string
		want Label
		err  error
	}{
		{`{"text":"a","label":"Recognising"}`, Recognising, nil},
		{`{"text":"a","label":"recognizing"}`, Recognising, nil},
		{`{"text":"a","label":" HOSTILE "}`, Hostile, nil},
		{`{"text":"a","stance":"withholding"}`, Withholding, nil},
		{`{"text":"a","label":"hostile","stance":"withholding"}`, Hostile, nil},
		{`{"text":"a","label":"recognize"}`, "", ErrUnknownLabel},
		{`{"text":"a","label":"neutral"}`, "", ErrUnknownLabel},
		{`{"text":"a"}`, "", ErrMissingLabel},
	}
	for _, tt := range tests {
		exs, err := ReadAll(ReadJSONL(strings.NewReader(tt.line+"\n"), ReadOptions{Labels: LeaderLabels()}))
		if tt.err != nil {
			assert.ErrorIs(t, err, tt.err, tt.line)
			continue
		}
		require.NoError(t, err, tt.line)
		require.Len(t, exs, 1)
		assert.Equal(t, tt.want, exs[0].Label, tt.line)
	}
}
