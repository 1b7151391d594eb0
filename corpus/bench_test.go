package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"
)

// benchData returns the embedded corpus repeated n times as JSON Lines and
// as CSV, with unique ids and texts.
func benchData(b *testing.B, n int) (jsonl, csvData []byte) {
	b.Helper()
	var j, c bytes.Buffer
	c.WriteString("id,text,label,election\n")
	for r := range n {
		for _, e := range Leaders() {
			text := fmt.Sprintf("%s (%d)", e.Text, r)
			line, err := json.Marshal(map[string]string{"id": fmt.Sprintf("%s-%d", e.ID, r), "text": text, "label": string(e.Label), "election": e.Election()})
			if err != nil {
				b.Fatal(err)
			}
			j.Write(line)
			j.WriteByte('\n')
			fmt.Fprintf(&c, "%s-%d,%q,%s,%s\n", e.ID, r, text, e.Label, e.Election())
		}
	}
	return j.Bytes(), c.Bytes()
}

// BenchmarkRead reads the corpus ten times over (18,000 records per op).
func BenchmarkRead(b *testing.B) {
	jsonl, csvData := benchData(b, 10)
	for _, bc := range []struct {
		name string
		data []byte
		read func(r *bytes.Reader) int
	}{
		{"jsonl", jsonl, func(r *bytes.Reader) int { return count(b, ReadJSONL(r, ReadOptions{})) }},
		{"csv", csvData, func(r *bytes.Reader) int { return count(b, ReadCSV(r, ReadOptions{})) }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.data)))
			b.ReportAllocs()
			for b.Loop() {
				if n := bc.read(bytes.NewReader(bc.data)); n != 18000 {
					b.Fatalf("%d records", n)
				}
			}
		})
	}
}

func count(b *testing.B, seq func(func(Example, error) bool)) int {
	n := 0
	for _, err := range seq {
		if err != nil {
			b.Fatal(err)
		}
		n++
	}
	return n
}
