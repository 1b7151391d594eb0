// Command generate writes synthetic statements for load tests: each is one
// or two clauses drawn at random from statements of one label in the
// embedded leaders' corpus, so the vocabulary stays that of real statements
// (it grows with the corpus, not with the number generated) while no two
// outputs need repeat. With -unique no two do, so the output passes the
// duplicate checks of train and evaluate.
//
//	go run ./examples/generate -n 1000000 > statements.txt            # one statement per line
//	go run ./examples/generate -n 5000000 -jsonl | go run ./examples/train -out m.json -allow-duplicates -
//	go run ./examples/generate -n 2000 -jsonl -unique > g.jsonl && go run ./examples/evaluate -train g.jsonl
//
// The output is a pure function of -n, -seed and -unique.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strings"

	"github.com/stancekit/stancekit/corpus"
)

func main() {
	n := flag.Int("n", 1000, "number of statements")
	seed := flag.Uint64("seed", 1, "random seed")
	asJSONL := flag.Bool("jsonl", false, `write labelled JSON lines {"id","text","label"} instead of plain text`)
	unique := flag.Bool("unique", false, "never repeat a text (clauses found under two labels are left out); an error if -n exceeds the distinct texts possible")
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
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	err := generate(w, options{n: *n, seed: *seed, jsonl: *asJSONL, unique: *unique})
	// A bufio.Writer keeps its first error, so a failed write (a closed
	// pipe, a full disk) surfaces here.
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "generate:", err)
		os.Exit(1)
	}
}

type options struct {
	n      int
	seed   uint64
	jsonl  bool
	unique bool
}

// errTooMany is returned when -unique cannot give n distinct texts.
var errTooMany = errors.New("more statements than distinct texts")

// generate writes o.n statements to w.
func generate(w io.Writer, o options) error {
	g := newGenerator(o)
	if o.unique {
		if capacity := g.capacity(); o.n > capacity {
			return fmt.Errorf("%w: -n %d, but the corpus's clauses make %d distinct texts", errTooMany, o.n, capacity)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range o.n {
		text, label := g.next()
		if o.jsonl {
			if err := enc.Encode(struct {
				ID    string       `json:"id"`
				Text  string       `json:"text"`
				Label corpus.Label `json:"label"`
			}{fmt.Sprintf("g%d", i+1), text, label}); err != nil {
				return err
			}
			continue
		}
		if _, err := io.WriteString(w, text+"\n"); err != nil {
			return err
		}
	}
	return nil
}

// generator draws statements: a label, then one or two clauses of that
// label. With unique it keeps every text it gave and draws again on a
// repeat, and it stops drawing a label whose texts are all used.
type generator struct {
	r       *rand.Rand
	labels  []corpus.Label
	clauses map[corpus.Label][]string
	unique  bool
	seen    map[string]bool
	used    map[corpus.Label]int
	b       strings.Builder
}

func newGenerator(o options) *generator {
	g := &generator{
		r:       rand.New(rand.NewPCG(o.seed, o.seed^0x9E3779B97F4A7C15)),
		labels:  corpus.LeaderLabels(),
		clauses: map[corpus.Label][]string{},
		unique:  o.unique,
	}
	// Clauses per label: statements split at clause punctuation.
	for _, e := range corpus.Leaders() {
		for _, c := range strings.FieldsFunc(e.Text, func(r rune) bool { return strings.ContainsRune(".;:!?", r) }) {
			if c = strings.TrimSpace(c); len(strings.Fields(c)) >= 3 {
				g.clauses[e.Label] = append(g.clauses[e.Label], c)
			}
		}
	}
	if o.unique {
		g.distinctClauses()
		g.seen, g.used = map[string]bool{}, map[corpus.Label]int{}
	}
	return g
}

// distinctClauses keeps each clause once, and only under its one label: a
// clause found under two labels would give one text two labels. As no
// clause holds a full stop, distinct clause sequences are distinct texts.
func (g *generator) distinctClauses() {
	labelsOf := map[string]map[corpus.Label]bool{}
	for l, cs := range g.clauses {
		for _, c := range cs {
			if labelsOf[c] == nil {
				labelsOf[c] = map[corpus.Label]bool{}
			}
			labelsOf[c][l] = true
		}
	}
	for l, cs := range g.clauses {
		seen := map[string]bool{}
		var keep []string
		for _, c := range cs {
			if !seen[c] && len(labelsOf[c]) == 1 {
				keep = append(keep, c)
			}
			seen[c] = true
		}
		g.clauses[l] = keep
	}
}

// capacityOf is the number of distinct texts of label l: u one-clause and
// u² two-clause ones.
func (g *generator) capacityOf(l corpus.Label) int {
	u := len(g.clauses[l])
	return u + u*u
}

func (g *generator) capacity() int {
	total := 0
	for _, l := range g.labels {
		total += g.capacityOf(l)
	}
	return total
}

// next returns a statement and its label. Without unique the draws are
// those of earlier versions, so the output for a seed stays the same.
func (g *generator) next() (string, corpus.Label) {
	if !g.unique {
		label := g.labels[g.r.IntN(len(g.labels))]
		return g.draw(label), label
	}
	label := g.labels[g.r.IntN(len(g.labels))]
	for g.used[label] == g.capacityOf(label) {
		label = g.labels[g.r.IntN(len(g.labels))] // that label is used up
	}
	for {
		if text := g.draw(label); !g.seen[text] {
			g.seen[text] = true
			g.used[label]++
			return text, label
		}
	}
}

func (g *generator) draw(label corpus.Label) string {
	pool := g.clauses[label]
	g.b.Reset()
	for k := range 1 + g.r.IntN(2) {
		if k > 0 {
			g.b.WriteString(". ")
		}
		g.b.WriteString(pool[g.r.IntN(len(pool))])
	}
	g.b.WriteByte('.')
	return g.b.String()
}
