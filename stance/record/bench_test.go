package record

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// BenchmarkClassify labels the same texts read from a CSV file through
// Classify and a Writer, and read as plain lines through stance.ReadLines
// and stance.Ordered, so that the cost of the records shows beside the
// cost of the labelling. Run it with -benchmem.
func BenchmarkClassify(b *testing.B) {
	m, err := stance.Default()
	if err != nil {
		b.Fatal(err)
	}
	const n = 20000
	var csvIn, linesIn bytes.Buffer
	csvIn.WriteString("id,text,winner\n")
	leaders := corpus.Leaders()
	for i := range n {
		text := strings.Join(strings.Fields(leaders[i%len(leaders)].Text), " ")
		fmt.Fprintf(&csvIn, "r%d,\"%s\",Ruto\n", i, strings.ReplaceAll(text, `"`, `""`))
		linesIn.WriteString(text + "\n")
	}
	predict := func(s Statement) stance.Prediction { return m.Predict(s.Text) }
	for _, bc := range []struct {
		name string
		run  func() (int, error)
	}{
		{"csv", func() (int, error) {
			w, err := NewWriter(io.Discard, WriteOptions{Format: CSV, Tasks: []Task{{Labels: m.Labels()}}})
			if err != nil {
				return 0, err
			}
			count := 0
			err = Classify(Read(bytes.NewReader(csvIn.Bytes()), ReadOptions{Name: "b.csv"}), 0, predict,
				func(s Statement, p stance.Prediction) error { count++; return w.Write(s, p) })
			if err != nil {
				return count, err
			}
			return count, w.Flush()
		}},
		{"lines", func() (int, error) {
			count := 0
			err := stance.Ordered(stance.ReadLines(bytes.NewReader(linesIn.Bytes()), 1<<20), 0,
				func(l stance.Line, out *[]byte) error {
					p := m.Predict(l.Text)
					b := append(append((*out)[:0], p.Label...), '\t')
					*out = append(strconv.AppendFloat(b, p.Probability, 'f', 4, 64), '\n')
					return nil
				},
				func(_ stance.Line, out *[]byte) error { count++; _, err := io.Discard.Write(*out); return err })
			return count, err
		}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				count, err := bc.run()
				if err != nil || count != n {
					b.Fatalf("%d records, %v", count, err)
				}
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
		})
	}
}
