package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

func classify(t *testing.T, cfg config, args []string, stdin string) (string, string, error) {
	t.Helper()
	if cfg.workers == 0 {
		cfg.workers = 2
	}
	if cfg.maxLine == 0 {
		cfg.maxLine = 16 << 20
	}
	var out, errw bytes.Buffer
	err := run(cfg, args, strings.NewReader(stdin), &out, &errw)
	return out.String(), errw.String(), err
}

func TestArgumentsAndFormat(t *testing.T) {
	out, _, err := classify(t, config{}, []string{"We are not ready to recognise the new president.", "Warm congratulations to the president-elect!"}, "")
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 2)
	for i, want := range []string{"withholding", "recognising"} {
		label, prob, ok := strings.Cut(lines[i], "\t")
		require.True(t, ok, lines[i])
		assert.Equal(t, want, label)
		assert.Regexp(t, `^[01]\.\d{4}$`, prob)
	}
}

// Standard input keeps its order through the parallel workers, across many
// batches, and every line, empty or not, gets an output line.
func TestStdinOrderAndEmptyLines(t *testing.T) {
	m, err := stance.Default()
	require.NoError(t, err)
	var in strings.Builder
	var want []string
	texts := []string{"We congratulate the winner.", "", "This election was a fraud.", "We await the final results."}
	const n = 3*2048 + 7 // several of Ordered's batches
	for i := range n {
		text := texts[i%len(texts)]
		in.WriteString(text + "\r\n")
		p := m.Predict(text)
		want = append(want, fmt.Sprintf("%s\t%.4f", p.Label, p.Probability))
	}
	out, errs, err := classify(t, config{workers: 3}, nil, in.String())
	require.NoError(t, err)
	assert.Equal(t, want, strings.Split(strings.TrimSuffix(out, "\n"), "\n"))
	assert.Contains(t, errs, "line 2: empty statement")
	assert.Equal(t, (n+2)/4, strings.Count(errs, "empty statement"))
}

func TestJSON(t *testing.T) {
	out, _, err := classify(t, config{json: true, explain: 3}, nil, "We are not ready to recognise him.\nbad \xff byte\n")
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 2)
	var j jsonLine
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &j))
	assert.Equal(t, "We are not ready to recognise him.", j.Text)
	assert.Equal(t, corpus.Withholding, j.Label)
	assert.Len(t, j.Probabilities, 3)
	assert.NotEmpty(t, j.Explanation)
	require.NoError(t, json.Unmarshal([]byte(lines[1]), &j))
	assert.Equal(t, "bad \uFFFD byte", j.Text, "invalid UTF-8 is replaced in the JSON, not dropped")
}

func TestLongLineIsClassifiedNotSkipped(t *testing.T) {
	long := strings.Repeat("fraud ", 50_000) // 300 kB
	out, errs, err := classify(t, config{maxLine: 1000}, nil, "ok then\n"+long+"\nlast line\n")
	require.NoError(t, err)
	assert.Len(t, strings.Split(strings.TrimSuffix(out, "\n"), "\n"), 3)
	assert.Contains(t, errs, "line 2: 300000 bytes, classified on its first 1000")
}

func TestExplainText(t *testing.T) {
	out, _, err := classify(t, config{explain: 2}, []string{"We are not ready to recognise him."}, "")
	require.NoError(t, err)
	assert.Contains(t, out, "withholding rather than hostile, by ")
	assert.Contains(t, out, "(negated)")
}

func TestModelFileErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"format":"stancekit-model","version":99}`), 0o644))
	_, _, err := classify(t, config{model: bad}, []string{"x"}, "")
	require.ErrorIs(t, err, stance.ErrVersion)
	assert.Contains(t, err.Error(), bad)
	_, _, err = classify(t, config{model: filepath.Join(dir, "missing.json")}, []string{"x"}, "")
	require.Error(t, err)

	m, err := stance.Default()
	require.NoError(t, err)
	good := filepath.Join(dir, "m.json.gz")
	require.NoError(t, m.SaveFile(good))
	out, _, err := classify(t, config{model: good}, []string{"Congratulations!"}, "")
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(out, "recognising\t"), out)
}

func TestAbstentionFlag(t *testing.T) {
	out, _, err := classify(t, config{json: true, minProb: 0.999999}, []string{"Well."}, "")
	require.NoError(t, err)
	var j jsonLine
	require.NoError(t, json.Unmarshal([]byte(out), &j))
	assert.True(t, j.Abstained)
}

func TestInformative(t *testing.T) {
	out, _, err := classify(t, config{informative: 2}, nil, "")
	require.NoError(t, err)
	for _, l := range corpus.LeaderLabels() {
		assert.Contains(t, out, string(l)+"\n")
	}
	assert.Equal(t, 3+3*2, strings.Count(out, "\n"))
}

func TestLongLineCutAtCharacterBoundary(t *testing.T) {
	line := strings.Repeat("é", 600) // 1200 bytes
	_, errs, err := classify(t, config{maxLine: 1001}, nil, line+"\n")
	require.NoError(t, err)
	assert.NotContains(t, errs, "invalid UTF-8")
	assert.Contains(t, errs, "line 1: 1200 bytes, classified on its first 1001")
}

func TestInformativeJSON(t *testing.T) {
	out, _, err := classify(t, config{informative: 2, json: true}, nil, "")
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 3)
	for i, l := range corpus.LeaderLabels() {
		var j jsonInformative
		require.NoError(t, json.Unmarshal([]byte(lines[i]), &j))
		assert.Equal(t, l, j.Label)
		require.Len(t, j.Features, 2)
		assert.NotEmpty(t, j.Features[0].Feature)
		assert.GreaterOrEqual(t, j.Features[0].LogRatio, j.Features[1].LogRatio)
		assert.GreaterOrEqual(t, j.Features[0].Total, uint64(3))
	}
}

func TestArgumentWarningsAndFlagErrors(t *testing.T) {
	_, errs, err := classify(t, config{}, []string{"fine words", " ", "bad \xff"}, "")
	require.NoError(t, err)
	assert.Equal(t, "classify: argument 2: empty statement, label from the prior alone\n"+
		"classify: argument 3: invalid UTF-8, bad bytes read as spaces\n", errs)
	_, errs, err = classify(t, config{quiet: true}, []string{" "}, "")
	require.NoError(t, err)
	assert.Empty(t, errs)
	err = run(config{workers: 0, maxLine: 10}, nil, strings.NewReader(""), io.Discard, io.Discard)
	assert.ErrorContains(t, err, "-workers 0")
}

// statementsCSV writes a CSV of n statements with a header, quoted commas,
// doubled quotes and quoted line breaks, with an id column ("s<i>") or
// none, and returns its path and the texts in order.
func statementsCSV(t *testing.T, n int, ids bool) (string, []string) {
	t.Helper()
	texts := []string{"We congratulate the winner, warmly.", "We take note.\nWe will wait for the courts.",
		"This election was a fraud, \"rigged\" from the start.", "We await the final results, calmly."}
	var b strings.Builder
	if ids {
		b.WriteString("id,")
	}
	b.WriteString("country,text\n")
	var want []string
	for i := range n {
		text := fmt.Sprintf("%s (%d)", texts[i%len(texts)], i)
		want = append(want, text)
		if ids {
			fmt.Fprintf(&b, "s%d,", i+1)
		}
		fmt.Fprintf(&b, "\"Kenya, Nairobi\",\"%s\"\n", strings.ReplaceAll(text, `"`, `""`))
	}
	path := filepath.Join(t.TempDir(), "statements.csv")
	require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	return path, want
}

// Files in, files out: every record comes back once, in order, with its
// id or row number, in the format asked for.
func TestFiles(t *testing.T) {
	m, err := stance.Default()
	require.NoError(t, err)
	withIDs, texts := statementsCSV(t, 500, true)
	withoutIDs, _ := statementsCSV(t, 500, false)
	dir := t.TempDir()
	jsonlIn := filepath.Join(dir, "in.jsonl")
	var jl strings.Builder
	for i, text := range texts {
		b, _ := json.Marshal(map[string]any{"ref": i + 1, "body": text, "winner": "Ruto"})
		jl.Write(append(b, '\n'))
	}
	require.NoError(t, os.WriteFile(jsonlIn, []byte(jl.String()), 0o644))
	wantID := func(prefix string) func(int) string { return func(i int) string { return fmt.Sprint(prefix, i+1) } }
	for _, tc := range []struct {
		name   string
		cfg    config
		read   string // the output file, "" for standard output
		jsonl  bool
		wantID func(int) string
	}{
		{"csv with ids", config{in: withIDs}, "", false, wantID("s")},
		{"csv without ids", config{in: withoutIDs, workers: 3}, "", false, wantID("")},
		{"jsonl in, jsonl out", config{in: jsonlIn, textField: "body", idField: "ref"}, "", true, wantID("")},
		{"csv in, -out jsonl", config{in: withIDs, out: filepath.Join(dir, "out.jsonl")}, filepath.Join(dir, "out.jsonl"), true, wantID("s")},
		{"csv in, -json", config{in: withIDs, json: true}, "", true, wantID("s")},
		{"csv in, -out tsv", config{in: withoutIDs, out: filepath.Join(dir, "out.tsv")}, filepath.Join(dir, "out.tsv"), false, wantID("")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, _, err := classify(t, tc.cfg, nil, "")
			require.NoError(t, err)
			if tc.read != "" {
				require.Empty(t, out, "all of it goes to -out")
				b, err := os.ReadFile(tc.read)
				require.NoError(t, err)
				out = string(b)
			}
			rows := parseOutput(t, out, tc.jsonl, strings.HasSuffix(tc.read, ".tsv"))
			require.Len(t, rows, len(texts), "one record out per record in")
			for i, r := range rows {
				p := m.Predict(texts[i])
				require.Equal(t, [3]string{tc.wantID(i), string(p.Label), fmt.Sprint(p.Probability)}, r, "record %d", i+1)
			}
		})
	}
}

// parseOutput returns each output record's id, label and probability.
func parseOutput(t *testing.T, out string, jsonl, tsv bool) [][3]string {
	t.Helper()
	var rows [][3]string
	if jsonl {
		for line := range strings.Lines(out) {
			var j struct {
				ID    string       `json:"id"`
				Label corpus.Label `json:"label"`
				P     float64      `json:"probability"`
			}
			require.NoError(t, json.Unmarshal([]byte(line), &j), line)
			rows = append(rows, [3]string{j.ID, string(j.Label), fmt.Sprint(j.P)})
		}
		return rows
	}
	r := csv.NewReader(strings.NewReader(out))
	if tsv {
		r.Comma = '\t'
	}
	recs, err := r.ReadAll()
	require.NoError(t, err)
	header := []string{"id", "label", "probability", "p_recognising", "p_withholding", "p_hostile", "abstained"}
	if len(recs[0]) > len(header) { // routed by language: these English statements are English
		header = append(header, "lang", "unsupported_language")
		for _, rec := range recs[1:] {
			require.Equal(t, []string{"en", "false"}, rec[len(rec)-2:], rec)
		}
	}
	require.Equal(t, header, recs[0])
	for _, rec := range recs[1:] {
		rows = append(rows, [3]string{rec[0], rec[1], rec[2]})
	}
	return rows
}

func TestAbstentionMarkInText(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  config
		want []string // the third column of each line, "" for none
	}{
		{"no threshold", config{}, []string{"", ""}},
		{"min-prob", config{minProb: 0.9}, []string{"", "abstained"}},
		{"min-margin", config{minMargin: 0.5}, []string{"", "abstained"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, _, err := classify(t, tc.cfg, []string{"Warm congratulations to the president-elect, we recognise his victory!", "Hmm."}, "")
			require.NoError(t, err)
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			require.Len(t, lines, 2)
			for i, line := range lines {
				f := strings.Split(line, "\t")
				require.True(t, len(f) == 2 || len(f) == 3, line)
				third := ""
				if len(f) == 3 {
					third = f[2]
				}
				assert.Equal(t, tc.want[i], third, line)
			}
		})
	}
}

func TestBadFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		path := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
		return path
	}
	csvFile := write("s.csv", "id,text\n1,\"We accept, warmly.\"\n2,\"bad\n\xff byte\"\n3,fine\n")
	jsonlFile := write("s.jsonl", "{\"text\":\"We accept.\"}\n")
	for _, tc := range []struct {
		name string
		cfg  config
		want string
	}{
		{"unknown -text-field in CSV", config{in: csvFile, textField: "body"}, csvFile + `:1: malformed record: header has no "body" column`},
		{"unknown -text-field in JSONL", config{in: jsonlFile, textField: "body"}, jsonlFile + `:1: body: empty text (no "body" field)`},
		{"invalid UTF-8 row", config{in: csvFile}, csvFile + ":3: text: invalid UTF-8"},
		{"missing file", config{in: filepath.Join(dir, "none.csv")}, "none.csv: open"},
		{"-json with -out csv", config{in: csvFile, json: true, out: filepath.Join(dir, "o.csv")}, "-json writes JSON"},
		{"-explain with records", config{in: csvFile, explain: 2}, "-explain prints text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := classify(t, tc.cfg, nil, "")
			assert.ErrorContains(t, err, tc.want)
		})
	}
}

// Plain text in (-in FILE) gives plain lines out, as standard input does;
// a CSV can be written from standard input too, with line numbers as ids.
func TestPlainTextFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "s.txt")
	require.NoError(t, os.WriteFile(path, []byte("We accept.\nThis was a fraud.\n"), 0o644))
	fromFile, _, err := classify(t, config{in: path}, nil, "")
	require.NoError(t, err)
	fromStdin, _, err := classify(t, config{}, nil, "We accept.\nThis was a fraud.\n")
	require.NoError(t, err)
	assert.Equal(t, fromStdin, fromFile)
	dash, _, err := classify(t, config{in: "-"}, nil, "We accept.\nThis was a fraud.\n")
	require.NoError(t, err)
	assert.Equal(t, fromStdin, dash, "-in - is standard input")

	out := filepath.Join(dir, "o.csv")
	_, _, err = classify(t, config{out: out, echo: true}, nil, "We accept.\nThis was a fraud.\n")
	require.NoError(t, err)
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	require.NoError(t, err)
	require.Len(t, recs, 3)
	assert.Equal(t, []string{"1", "We accept."}, recs[1][:2])
	assert.Equal(t, []string{"2", "This was a fraud."}, recs[2][:2])

	// Records in, lines out: one line per record, a multi-line field too.
	csvIn, texts := statementsCSV(t, 20, true)
	txt := filepath.Join(dir, "o.txt")
	_, _, err = classify(t, config{in: csvIn, out: txt}, nil, "")
	require.NoError(t, err)
	b, err = os.ReadFile(txt)
	require.NoError(t, err)
	assert.Len(t, strings.Split(strings.TrimSuffix(string(b), "\n"), "\n"), len(texts))
}

// -winner and -rivals give the election context; a record's own fields
// override them.
func TestContextFlags(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Nicolás Maduro", "Maduro"}, Rivals: []string{"Edmundo González", "González"}}
	text := "We congratulate Edmundo González on his victory."
	m, err := stance.Default()
	require.NoError(t, err)
	out, _, err := classify(t, config{ctx: ctx}, []string{text}, "")
	require.NoError(t, err)
	p := m.PredictIn(ctx, text)
	assert.Equal(t, fmt.Sprintf("%s\t%.4f\n", p.Label, p.Probability), out)
	assert.Equal(t, "hostile", string(p.Label), "congratulating the rival")

	dir := t.TempDir()
	in := filepath.Join(dir, "in.csv")
	require.NoError(t, os.WriteFile(in, []byte("text,winner,rivals\n\""+text+"\",,\n\""+text+"\",Edmundo González|González,Nicolás Maduro|Maduro\n"), 0o644))
	out, _, err = classify(t, config{ctx: ctx, in: in, out: filepath.Join(dir, "out.csv")}, nil, "")
	require.NoError(t, err)
	got, err := os.ReadFile(filepath.Join(dir, "out.csv"))
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(string(got)), "\n")
	require.Len(t, lines, 3)
	assert.True(t, strings.HasPrefix(lines[1], "1,hostile,"), "row 1 takes the flags: %s", lines[1])
	assert.True(t, strings.HasPrefix(lines[2], "2,recognising,"), "row 2 names González the winner: %s", lines[2])
}
