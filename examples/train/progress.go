package main

import (
	"fmt"
	"iter"
	"os"
	"time"

	"github.com/stancekit/stancekit/corpus"
)

// progress prints a one-line counter of statements read, and their rate,
// on standard error when it is a terminal; elsewhere it prints nothing.
type progress struct {
	on    bool
	w     *os.File
	start time.Time
	last  time.Time
	n     int
}

func newProgress(w *os.File) *progress {
	fi, err := w.Stat()
	return &progress{on: err == nil && fi.Mode()&os.ModeCharDevice != 0, w: w, start: time.Now()}
}

// count passes seq through, updating the line at most five times a second.
func (p *progress) count(seq iter.Seq2[corpus.Example, error]) iter.Seq2[corpus.Example, error] {
	if !p.on {
		return seq
	}
	return func(yield func(corpus.Example, error) bool) {
		for e, err := range seq {
			p.n++
			if p.n%4096 == 0 {
				if now := time.Now(); now.Sub(p.last) > 200*time.Millisecond {
					p.last = now
					p.print()
				}
			}
			if !yield(e, err) {
				return
			}
		}
	}
}

func (p *progress) print() {
	el := time.Since(p.start).Seconds()
	fmt.Fprintf(p.w, "\rtrain: %d statements read, %.0f/s, %.1fs", p.n, float64(p.n)/max(el, 1e-9), el)
}

func (p *progress) done() {
	if p.on && p.n > 0 {
		p.print()
		fmt.Fprintln(p.w)
	}
}
