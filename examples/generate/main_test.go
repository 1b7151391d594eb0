package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/corpus"
)

// With -unique every text is new and the JSONL passes corpus's duplicate
// checks; without it texts repeat (the load-test default, unchanged).
func TestUnique(t *testing.T) {
	for _, tc := range []struct {
		name       string
		unique     bool
		wantRepeat bool
	}{
		{"plain", false, true},
		{"unique", true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := generate(&b, options{n: 3000, seed: 1, jsonl: true, unique: tc.unique}); err != nil {
				t.Fatal(err)
			}
			exs, err := corpus.ReadAll(corpus.ReadJSONL(&b, corpus.ReadOptions{Labels: corpus.LeaderLabels()}))
			if repeated := errors.Is(err, corpus.ErrDuplicateText); repeated != tc.wantRepeat {
				t.Fatalf("duplicate texts: %v, want %v (err %v)", repeated, tc.wantRepeat, err)
			}
			if !tc.wantRepeat && len(exs) != 3000 {
				t.Fatalf("read %d statements, want 3000", len(exs))
			}
		})
	}
}

// The output is a pure function of the options.
func TestDeterministic(t *testing.T) {
	for _, unique := range []bool{false, true} {
		var a, b bytes.Buffer
		o := options{n: 500, seed: 7, unique: unique}
		if err := generate(&a, o); err != nil {
			t.Fatal(err)
		}
		if err := generate(&b, o); err != nil {
			t.Fatal(err)
		}
		if a.String() != b.String() || strings.Count(a.String(), "\n") != 500 {
			t.Fatalf("unique=%v: two runs differ or miss lines", unique)
		}
	}
}

// Asking for more unique texts than the clauses make is an error up front,
// naming the limit; exactly the limit is reached, every label used up.
func TestUniqueCapacity(t *testing.T) {
	g := newGenerator(options{unique: true})
	capacity := g.capacity()
	err := generate(&bytes.Buffer{}, options{n: capacity + 1, unique: true})
	if !errors.Is(err, errTooMany) || !strings.Contains(err.Error(), "distinct texts") {
		t.Fatalf("n = capacity+1: got %v, want errTooMany", err)
	}
	// A small pool, so that drawing it dry is quick.
	small := newGenerator(options{unique: true})
	for _, l := range small.labels {
		small.clauses[l] = small.clauses[l][:3]
	}
	seen := map[string]bool{}
	for range small.capacity() {
		text, _ := small.next()
		if seen[text] {
			t.Fatalf("repeated %q", text)
		}
		seen[text] = true
	}
	if len(seen) != 3*(3+9) {
		t.Fatalf("%d texts, want %d", len(seen), 3*(3+9))
	}
}
