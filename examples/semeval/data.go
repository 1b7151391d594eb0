package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/stancekit/stancekit/corpus"
)

// The stance labels of SemEval-2016 Task 6, in report order.
const (
	Favor   = "FAVOR"
	Against = "AGAINST"
	None    = "NONE"
)

// Labels are the task's labels in report order.
var Labels = []string{Favor, Against, None}

// columns the task's files carry, in any order; others are kept in Meta.
var columns = []string{"ID", "Target", "Tweet", "Stance"}

// mojibake is a dash that went through a wrong decoding somewhere upstream
// of the task's training file ("me."Í¢‘„‘îChristopher Hitchens"). Read
// replaces it with a spaced em dash so that it neither glues onto the next
// word nor makes letter tokens of its own.
const mojibake = "Í¢‘„‘î"

// ReadTSV reads a SemEval-2016 Task 6 file: UTF-8, a header line naming the
// columns ID, Target, Tweet and Stance (tab-separated, any order), then one
// tweet per line. The format is plain tab-separated text, not CSV: quotes
// are part of the tweet. A byte-order mark, CR before LF and a missing
// final newline are accepted; blank lines are skipped. Every example has
// Meta["target"]. Errors name the input, the line and the column.
func ReadTSV(r io.Reader, name string) ([]corpus.Example, error) {
	br := bufio.NewReader(r)
	var out []corpus.Example
	var col map[string]int
	var header []string
	ids := map[string]int{}
	for n := 1; ; n++ {
		line, err := br.ReadString('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		if line == "" && err != nil {
			break
		}
		line = strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\uFEFF")
		}
		if !utf8.ValidString(line) {
			return nil, fmt.Errorf("%s:%d: invalid UTF-8 at byte %d", name, n, firstInvalid(line))
		}
		switch {
		case col == nil:
			header = strings.Split(line, "\t")
			col = map[string]int{}
			for i, h := range header {
				col[strings.TrimSpace(h)] = i
			}
			for _, c := range columns {
				if _, ok := col[c]; !ok {
					return nil, fmt.Errorf("%s:%d: header %q lacks column %s (want %s)", name, n, line, c, strings.Join(columns, ", "))
				}
			}
		case strings.TrimSpace(line) == "":
		default:
			f := strings.Split(line, "\t")
			if len(f) != len(header) {
				return nil, fmt.Errorf("%s:%d: %d tab-separated fields, want %d", name, n, len(f), len(header))
			}
			ex := corpus.Example{
				ID:    strings.TrimSpace(f[col["ID"]]),
				Text:  strings.ReplaceAll(f[col["Tweet"]], mojibake, " — "),
				Label: corpus.Label(strings.TrimSpace(f[col["Stance"]])),
				Meta:  map[string]string{"target": strings.TrimSpace(f[col["Target"]])},
			}
			for i, h := range header {
				if !isColumn(h) {
					ex.Meta[h] = f[i]
				}
			}
			switch {
			case ex.ID == "":
				return nil, fmt.Errorf("%s:%d: ID: empty", name, n)
			case ids[ex.ID] > 0:
				return nil, fmt.Errorf("%s:%d: ID: %q already on line %d", name, n, ex.ID, ids[ex.ID])
			case ex.Meta["target"] == "":
				return nil, fmt.Errorf("%s:%d: Target: empty", name, n)
			case strings.TrimSpace(ex.Text) == "":
				return nil, fmt.Errorf("%s:%d: Tweet: empty", name, n)
			case !slices.Contains(Labels, string(ex.Label)):
				return nil, fmt.Errorf("%s:%d: Stance: %q (want %s)", name, n, ex.Label, strings.Join(Labels, ", "))
			}
			ids[ex.ID] = n
			out = append(out, ex)
		}
		if err != nil {
			break
		}
	}
	if col == nil {
		return nil, fmt.Errorf("%s: empty file, want a header line", name)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no tweets after the header", name)
	}
	return out, nil
}

// ReadTSVFile reads the file at path with ReadTSV.
func ReadTSVFile(path string) ([]corpus.Example, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ReadTSV(bytes.NewReader(b), path)
}

func isColumn(h string) bool {
	for _, c := range columns {
		if strings.TrimSpace(h) == c {
			return true
		}
	}
	return false
}

func firstInvalid(s string) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, w := utf8.DecodeRuneInString(s[i:]); w <= 1 {
				return i
			}
		}
	}
	return -1
}

// Targets returns the distinct targets of ex in order of first appearance.
func Targets(ex []corpus.Example) []string {
	var out []string
	seen := map[string]bool{}
	for _, e := range ex {
		t := e.Meta["target"]
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

// ByTarget returns the examples of one target, in order.
func ByTarget(ex []corpus.Example, target string) []corpus.Example {
	var out []corpus.Example
	for _, e := range ex {
		if e.Meta["target"] == target {
			out = append(out, e)
		}
	}
	return out
}
