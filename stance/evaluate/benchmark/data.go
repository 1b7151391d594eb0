package benchmark

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/stancekit/stancekit/corpus"
)

// Format is the format of a data file.
type Format string

// The formats ReadData recognises.
const (
	// LabelTSV is the headerless "label<TAB>text[<TAB>group]" of the
	// sentiment benchmarks (corpus.ReadLabelTSV).
	LabelTSV Format = "label-tsv"
	// SemEval is SemEval-2016 Task 6's tab-separated file with the header
	// ID, Target, Tweet, Stance (corpus.ReadSemEval).
	SemEval Format = "semeval"
	// Corpus is one of the corpus package's own formats, JSON Lines, or
	// CSV/TSV with a header naming text and label (corpus.ReadFile).
	Corpus Format = "corpus"
)

// Data is a labelled data set read from a file.
type Data struct {
	// Path is the file it was read from.
	Path   string
	Format Format
	// Examples are in file order.
	Examples []corpus.Example
	// FoldFile is the fold file found beside the data (see ReadData), and
	// Folds the folds it gives; both are empty when there is none.
	FoldFile string
	Folds    []corpus.Fold
}

// ReadData reads a labelled data file. A .tsv file is SemEval's format when
// its first line is SemEval's header, a corpus TSV when its first line
// names text and label columns, and the sentiment benchmarks' headerless
// label/text format otherwise; every other extension is read by
// corpus.ReadFile. Duplicate texts are accepted in label/text files, as
// every published use of those benchmarks keeps them.
//
// When a fold file folds/NAME.folds lies beside the data (NAME being the
// file's name without its extension), its folds are read too: one fold
// number per line, line i for example i (corpus.ReadFoldIDs).
func ReadData(path string) (*Data, error) {
	format, err := sniff(path)
	if err != nil {
		return nil, err
	}
	d := &Data{Path: path, Format: format}
	seq := corpus.ReadFile(path, corpus.ReadOptions{})
	if format != Corpus {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		o := corpus.ReadOptions{Name: path}
		if format == SemEval {
			seq = corpus.ReadSemEval(bufio.NewReader(f), o)
		} else {
			o.AllowDuplicates = true
			seq = corpus.ReadLabelTSV(bufio.NewReader(f), o)
		}
	}
	if d.Examples, err = corpus.ReadAll(seq); err != nil {
		return nil, err
	}
	if len(d.Examples) == 0 {
		return nil, fmt.Errorf("%s: no examples", path)
	}
	if err := d.readFolds(); err != nil {
		return nil, err
	}
	return d, nil
}

// sniff tells the format of a data file from its extension and, for .tsv,
// its first line.
func sniff(path string) (Format, error) {
	if !strings.EqualFold(filepath.Ext(path), ".tsv") {
		return Corpus, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	line, err := bufio.NewReader(f).ReadString('\n')
	if err != nil && line == "" {
		return "", fmt.Errorf("%s: empty file", path)
	}
	var cols []string
	for _, c := range strings.Split(strings.TrimPrefix(strings.TrimRight(line, "\r\n"), "\uFEFF"), "\t") {
		cols = append(cols, strings.ToLower(strings.TrimSpace(c)))
	}
	switch {
	case slices.Contains(cols, "tweet") && slices.Contains(cols, "stance") && slices.Contains(cols, "target"):
		return SemEval, nil
	case slices.Contains(cols, "text") && slices.Contains(cols, "label"):
		return Corpus, nil
	}
	return LabelTSV, nil
}

// FoldFileOf returns where the fold file of a data file lies:
// DIR/folds/NAME.folds for DIR/NAME.EXT.
func FoldFileOf(path string) string {
	base := filepath.Base(path)
	return filepath.Join(filepath.Dir(path), "folds", strings.TrimSuffix(base, filepath.Ext(base))+".folds")
}

// readFolds reads the fold file beside the data, if there is one.
func (d *Data) readFolds() error {
	name := FoldFileOf(d.Path)
	f, err := os.Open(name)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	ids, err := corpus.ReadFoldIDs(f, name)
	if err != nil {
		return err
	}
	if len(ids) != len(d.Examples) {
		return fmt.Errorf("%s: %d folds for the %d examples of %s", name, len(ids), len(d.Examples), d.Path)
	}
	if d.Folds, err = corpus.FoldsFromIDs(ids); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	d.FoldFile = name
	return nil
}

// Task returns the task of the data: SemEvalTask for SemEval's format,
// DataTask otherwise.
func (d *Data) Task() Task {
	if d.Format == SemEval {
		return SemEvalTask()
	}
	return DataTask(d.Examples)
}
