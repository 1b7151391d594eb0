package record

import (
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

func readAll(t *testing.T, in string, o ReadOptions) ([]Statement, []error) {
	t.Helper()
	var out []Statement
	var errs []error
	for s, err := range Read(strings.NewReader(in), o) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, s)
	}
	return out, errs
}

func TestFormatOf(t *testing.T) {
	for name, want := range map[string]Format{"a.csv": CSV, "A.CSV.gz": CSV, "b.tsv": TSV, "c.jsonl": JSONL, "c.json": JSONL,
		"c.ndjson.gz": JSONL, "d.txt": Lines, "-": Lines, "noext": Lines} {
		assert.Equal(t, want, FormatOf(name), name)
	}
}

func TestReadCSV(t *testing.T) {
	// A header, quoted commas, a multi-line field, an id column under
	// another name and extra fields.
	in := "Row,Statement,winner,lang\n" +
		"r1,\"We congratulate the winner, warmly.\",Ruto,en\n" +
		"r2,\"We take note.\nWe will wait.\",Ruto,en\n" +
		"r3,\"He said \"\"never\"\".\",Odinga,en\n"
	got, errs := readAll(t, in, ReadOptions{Name: "s.csv", TextField: "statement", IDField: "row"})
	require.Empty(t, errs)
	require.Len(t, got, 3, "the multi-line field stays one record")
	assert.Equal(t, Statement{ID: "r1", Text: "We congratulate the winner, warmly.", Fields: map[string]string{"winner": "Ruto", "lang": "en"}}, got[0])
	assert.Equal(t, "We take note.\nWe will wait.", got[1].Text)
	assert.Equal(t, `He said "never".`, got[2].Text)

	// Without an id column the id is the row number, counting records.
	got, errs = readAll(t, "text,label\n\"a\nb\",x\nc,\n", ReadOptions{Name: "s.csv"})
	require.Empty(t, errs)
	require.Len(t, got, 2)
	assert.Equal(t, Statement{ID: "1", Text: "a\nb", Fields: map[string]string{"label": "x"}}, got[0], "a label is one of the fields")
	assert.Equal(t, Statement{ID: "2", Text: "c"}, got[1])
}

func TestReadJSONLAndTSV(t *testing.T) {
	got, errs := readAll(t, `{"id":7,"text":"We accept.","rivals":["a","b"]}`+"\n"+`{"text":"We accept."}`+"\n", ReadOptions{Name: "s.jsonl"})
	require.Empty(t, errs, "duplicate texts are fine")
	require.Len(t, got, 2)
	assert.Equal(t, Statement{ID: "7", Text: "We accept.", Fields: map[string]string{"rivals": `["a","b"]`}}, got[0])
	assert.Equal(t, "2", got[1].ID)

	got, errs = readAll(t, "id\ttext\n1\tWe accept, surely.\n", ReadOptions{Name: "s.tsv"})
	require.Empty(t, errs)
	assert.Equal(t, []Statement{{ID: "1", Text: "We accept, surely."}}, got)
}

func TestReadErrors(t *testing.T) {
	in := "id,text\n1,ok\n2,\n3,\"broken\n"
	_, errs := readAll(t, in, ReadOptions{Name: "s.csv"})
	require.Len(t, errs, 1, "the first error stops")
	assert.EqualError(t, errs[0], "s.csv:3: text: empty text")
	var ce *corpus.Error
	assert.True(t, errors.As(errs[0], &ce))

	got, errs := readAll(t, in, ReadOptions{Name: "s.csv", KeepGoing: true})
	assert.Len(t, got, 1)
	assert.Len(t, errs, 2)

	_, errs = readAll(t, "x", ReadOptions{Format: "xml"})
	require.Len(t, errs, 1)
	assert.ErrorContains(t, errs[0], `unknown record format "xml"`)
}

func TestReadLines(t *testing.T) {
	in := "\uFEFFWe accept.\r\n\n  \nbad \xff byte\nlast without newline"
	got, errs := readAll(t, in, ReadOptions{Name: "s.txt"})
	require.Empty(t, errs)
	assert.Equal(t, []Statement{{ID: "1", Text: "We accept."}, {ID: "2", Text: ""}, {ID: "3", Text: "  "},
		{ID: "4", Text: "bad \xff byte"}, {ID: "5", Text: "last without newline"}}, got, "every line, as it is")

	long := strings.Repeat("x", 20)
	got, errs = readAll(t, "short\n"+long+"\nafter\n", ReadOptions{Name: "s.txt", MaxTextBytes: 10, KeepGoing: true})
	require.Len(t, errs, 1)
	assert.EqualError(t, errs[0], "s.txt:2: text: text too long: line longer than 10 bytes")
	assert.True(t, errors.Is(errs[0], corpus.ErrTooLong))
	assert.Equal(t, []Statement{{ID: "1", Text: "short"}, {ID: "3", Text: "after"}}, got)
	got, _ = readAll(t, strings.Repeat("y", 10)+"\r\n", ReadOptions{MaxTextBytes: 10})
	assert.Len(t, got, 1, "the line end does not count")
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "s.csv.gz")
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte("id,text\n1,We accept.\n"))
	require.NoError(t, zw.Close())
	require.NoError(t, os.WriteFile(path, b.Bytes(), 0o644))
	var got []Statement
	for s, err := range ReadFile(path, ReadOptions{}) {
		require.NoError(t, err)
		got = append(got, s)
	}
	assert.Equal(t, []Statement{{ID: "1", Text: "We accept."}}, got)

	for s, err := range ReadFile(filepath.Join(dir, "missing.csv"), ReadOptions{}) {
		assert.Equal(t, Statement{}, s)
		assert.ErrorContains(t, err, "missing.csv: open")
	}
}

var labels = []corpus.Label{"recognising", "withholding", "hostile"}

func prediction(probs ...float64) stance.Prediction {
	return stance.NewPrediction(labels, probs)
}

func TestWriteCSV(t *testing.T) {
	var out bytes.Buffer
	w, err := NewWriter(&out, WriteOptions{Format: CSV, Tasks: []Task{{Labels: labels}, {Name: "tone", Labels: []corpus.Label{"positive", "negative"}}}, Echo: true})
	require.NoError(t, err)
	tone := stance.NewPrediction([]corpus.Label{"positive", "negative"}, []float64{0.25, 0.75})
	abstained := prediction(0.4, 0.35, 0.25)
	abstained.Abstained = true
	require.NoError(t, w.Write(Statement{ID: "r1", Text: "We accept, \"warmly\".\nTruly."}, prediction(0.9, 0.1, 0), tone))
	require.NoError(t, w.Write(Statement{ID: "r2", Text: "Hmm."}, abstained, tone))
	require.NoError(t, w.Flush())

	rows, err := csv.NewReader(&out).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, [][]string{
		{"id", "text", "label", "probability", "p_recognising", "p_withholding", "p_hostile", "abstained",
			"tone", "tone_probability", "tone_p_positive", "tone_p_negative", "tone_abstained"},
		{"r1", "We accept, \"warmly\".\nTruly.", "recognising", "0.9", "0.9", "0.1", "0", "false", "negative", "0.75", "0.25", "0.75", "false"},
		{"r2", "Hmm.", "recognising", "0.4", "0.4", "0.35", "0.25", "true", "negative", "0.75", "0.25", "0.75", "false"},
	}, rows, "one row per statement, full precision, quoting as CSV needs")
}

func TestWriteJSONL(t *testing.T) {
	var out bytes.Buffer
	w, err := NewWriter(&out, WriteOptions{Format: JSONL, Tasks: []Task{{Labels: labels}}})
	require.NoError(t, err)
	p := prediction(1.0/3, 0.5, 1.0/6)
	p.Known = 4
	require.NoError(t, w.Write(Statement{ID: "<a&b>", Text: "not echoed"}, p))
	require.NoError(t, w.Flush())
	assert.Equal(t, `{"id":"<a&b>","label":"withholding","probability":0.5,"probabilities":{"hostile":0.16666666666666666,"recognising":0.3333333333333333,"withholding":0.5},"known":4,"no_features":false,"abstained":false}`+"\n", out.String())
	var back map[string]any
	require.NoError(t, json.Unmarshal(out.Bytes(), &back))

	assert.Error(t, w.Write(Statement{ID: "x"}), "one prediction per task")
	assert.ErrorContains(t, w.Write(Statement{ID: "nan"}, prediction(math.NaN(), 0.5, 0.5)), "record nan")
	out.Reset()
	require.NoError(t, w.Write(Statement{ID: "ok"}, p))
	require.NoError(t, w.Flush())
	assert.True(t, strings.HasPrefix(out.String(), `{"id":"ok",`), "a failed record leaves nothing behind: %s", out.String())
}

func TestWriterOptions(t *testing.T) {
	for _, o := range []WriteOptions{
		{Format: CSV},
		{Format: CSV, Tasks: []Task{{}}},
		{Format: CSV, Tasks: []Task{{Labels: labels}, {Labels: labels}}},
		{Format: Lines, Tasks: []Task{{Labels: labels}}},
	} {
		_, err := NewWriter(&bytes.Buffer{}, o)
		assert.Error(t, err, "%+v", o)
	}
	var out bytes.Buffer
	w, err := NewWriter(&out, WriteOptions{Format: TSV, Tasks: []Task{{Labels: labels[:2]}}})
	require.NoError(t, err)
	require.NoError(t, w.Flush())
	assert.Equal(t, "id\tlabel\tprobability\tp_recognising\tp_withholding\tabstained\n", out.String(), "the header even without records")
}
