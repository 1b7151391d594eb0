package record

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/stance"
)

// statementsCSV returns n CSV rows with a header, each text holding a
// quoted comma, some doubled quotes, and every seventh a quoted line break, with an id column
// ("s<i>") or none; and the texts in order.
func statementsCSV(n int, ids bool) (string, []string) {
	texts := []string{"We congratulate the winner, warmly.", "We take note.\nWe will wait for the courts.",
		"This election was a fraud, \"rigged\" from the start.", "We await the final results, calmly."}
	var b strings.Builder
	if ids {
		b.WriteString("id,")
	}
	b.WriteString("text,winner\n")
	var want []string
	for i := range n {
		text := fmt.Sprintf("%s (%d)", texts[i%len(texts)], i)
		if i%7 == 0 {
			text += "\nSecond line."
		}
		want = append(want, text)
		if ids {
			fmt.Fprintf(&b, "s%d,", i+1)
		}
		fmt.Fprintf(&b, "\"%s\",Ruto\n", strings.ReplaceAll(text, `"`, `""`))
	}
	return b.String(), want
}

func TestClassify(t *testing.T) {
	m, err := stance.Default()
	require.NoError(t, err)
	for _, tc := range []struct {
		name    string
		n       int
		ids     bool
		workers int
	}{
		{"500 rows with ids", 500, true, 3},
		{"500 rows without ids", 500, false, 2},
		{"several batches", 5000, false, 3},
		{"one worker", 50, true, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in, texts := statementsCSV(tc.n, tc.ids)
			var out bytes.Buffer
			w, err := NewWriter(&out, WriteOptions{Format: CSV, Tasks: []Task{{Labels: m.Labels()}}, Echo: true})
			require.NoError(t, err)
			err = Classify(Read(strings.NewReader(in), ReadOptions{Name: "s.csv"}), tc.workers,
				func(s Statement) stance.Prediction { return m.Predict(s.Text) },
				func(s Statement, p stance.Prediction) error { return w.Write(s, p) })
			require.NoError(t, err)
			require.NoError(t, w.Flush())

			rows, err := csv.NewReader(&out).ReadAll()
			require.NoError(t, err)
			require.Len(t, rows, tc.n+1, "a header and one row per record")
			assert.Equal(t, []string{"id", "text", "label", "probability"}, rows[0][:4])
			for i, row := range rows[1:] {
				id := strconv.Itoa(i + 1)
				if tc.ids {
					id = "s" + id
				}
				p := m.Predict(texts[i])
				require.Equal(t, []string{id, texts[i], string(p.Label), ftoa(p.Probability)}, row[:4], "row %d", i+1)
			}
		})
	}
}

func TestClassifyErrors(t *testing.T) {
	predict := func(s Statement) stance.Prediction { return stance.Prediction{} }
	for _, tc := range []struct {
		name, in string
		o        ReadOptions
		want     string
		emitted  int
	}{
		{"unknown text field", "id,body\n1,We accept.\n", ReadOptions{Name: "s.csv"}, `s.csv:1: malformed record: header has no "text" column`, 0},
		{"invalid UTF-8", "id,text\n1,We accept.\n2,\"bad\n\xff\"\n3,fine\n", ReadOptions{Name: "s.csv"}, "s.csv:3: text: invalid UTF-8", 1},
		{"empty text", "{\"text\":\"ok\"}\n{\"text\":\" \"}\n", ReadOptions{Name: "s.jsonl"}, "s.jsonl:2: text: empty text", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			emitted := 0
			err := Classify(Read(strings.NewReader(tc.in), tc.o), 2, predict,
				func(Statement, stance.Prediction) error { emitted++; return nil })
			assert.EqualError(t, err, tc.want)
			assert.Equal(t, tc.emitted, emitted, "the statements before the error")
		})
	}
	err := Classify(Read(strings.NewReader("a\nb\n"), ReadOptions{}), 2, predict,
		func(s Statement, _ stance.Prediction) error { return fmt.Errorf("emit %s", s.ID) })
	assert.EqualError(t, err, "emit 1", "emit's error stops it")
}
