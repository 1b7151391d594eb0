package corpus

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ReadFoldIDs reads a fold file, the form in which benchmarks publish a
// fixed cross-validation split: one fold number (0, 1, …) per line, line i
// giving the fold whose test part holds example i of the data file. Blank
// lines are errors, since they would shift every later example; a final
// newline is optional. Errors name the file (name) and the line.
func ReadFoldIDs(r io.Reader, name string) ([]int, error) {
	sc := bufio.NewScanner(r)
	var ids []int
	for n := 1; sc.Scan(); n++ {
		s := strings.TrimSpace(sc.Text())
		id, err := strconv.Atoi(s)
		if err != nil || id < 0 {
			return nil, &Error{File: name, Line: n, Err: fmt.Errorf("%w: fold %q, want a number ≥ 0", ErrSyntax, s)}
		}
		ids = append(ids, id)
	}
	if err := sc.Err(); err != nil {
		return nil, &Error{File: name, Line: len(ids) + 1, Err: fmt.Errorf("read: %w", err)}
	}
	return ids, nil
}

// FoldsFromIDs returns the folds that per-example fold numbers describe:
// fold k tests the examples numbered k and trains on all the others. The
// numbers must be 0 to k−1 for some k ≥ 2, each of them used.
func FoldsFromIDs(ids []int) ([]Fold, error) {
	k := 0
	for _, id := range ids {
		k = max(k, id+1)
	}
	folds := make([]Fold, k)
	for i, id := range ids {
		if id < 0 {
			return nil, fmt.Errorf("corpus: example %d: fold %d < 0", i, id)
		}
		for f := range folds {
			if f == id {
				folds[f].Test = append(folds[f].Test, i)
			} else {
				folds[f].Train = append(folds[f].Train, i)
			}
		}
	}
	if k < 2 {
		return nil, fmt.Errorf("corpus: %d folds, want at least 2", k)
	}
	for f, fo := range folds {
		if len(fo.Test) == 0 {
			return nil, fmt.Errorf("corpus: fold %d of 0…%d tests no example", f, k-1)
		}
	}
	return folds, nil
}
