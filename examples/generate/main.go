// Command generate writes synthetic statements for load tests: each is one
// or two clauses drawn at random from statements of one label in the
// embedded leaders' corpus, so the vocabulary stays that of real statements
// (it grows with the corpus, not with the number generated) while no two
// outputs need repeat.
//
//	go run ./examples/generate -n 1000000 > statements.txt            # one statement per line
//	go run ./examples/generate -n 5000000 -jsonl | go run ./examples/train -out m.json -allow-duplicates -
//
// The output is a pure function of -n and -seed.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"

	"github.com/stancekit/stancekit/corpus"
)

func main() {
	n := flag.Int("n", 1000, "number of statements")
	seed := flag.Uint64("seed", 1, "random seed")
	asJSONL := flag.Bool("jsonl", false, `write labelled JSON lines {"id","text","label"} instead of plain text`)
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: generate [flags]\n\nWrites synthetic statements for load tests on standard output, drawn from the embedded corpus.\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *n < 0 || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "generate: want -n ≥ 0 and no arguments")
		flag.Usage()
		os.Exit(2)
	}

	// Clauses per label: statements split at clause punctuation.
	clauses := map[corpus.Label][]string{}
	for _, e := range corpus.Leaders() {
		for _, c := range strings.FieldsFunc(e.Text, func(r rune) bool { return strings.ContainsRune(".;:!?", r) }) {
			if c = strings.TrimSpace(c); len(strings.Fields(c)) >= 3 {
				clauses[e.Label] = append(clauses[e.Label], c)
			}
		}
	}
	labels := corpus.LeaderLabels()
	r := rand.New(rand.NewPCG(*seed, *seed^0x9E3779B97F4A7C15))
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	var b strings.Builder
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range *n {
		label := labels[r.IntN(len(labels))]
		pool := clauses[label]
		b.Reset()
		for k := range 1 + r.IntN(2) {
			if k > 0 {
				b.WriteString(". ")
			}
			b.WriteString(pool[r.IntN(len(pool))])
		}
		b.WriteByte('.')
		if *asJSONL {
			enc.Encode(struct {
				ID    string       `json:"id"`
				Text  string       `json:"text"`
				Label corpus.Label `json:"label"`
			}{fmt.Sprintf("g%d", i+1), b.String(), label})
			continue
		}
		w.WriteString(b.String())
		w.WriteByte('\n')
	}
	// A bufio.Writer keeps its first error, so a failed write (a closed
	// pipe, a full disk) surfaces here.
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "generate:", err)
		os.Exit(1)
	}
}
