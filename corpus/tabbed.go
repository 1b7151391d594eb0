package corpus

import (
	"bytes"
	"fmt"
	"io"
	"iter"
	"slices"
	"strings"
	"unicode/utf8"
)

// The two tab-separated formats below are plain text split on tabs, not
// CSV: nothing is quoted, so a text may begin with a quotation mark (many
// benchmark texts do, and encoding/csv would take such a field for a
// quoted one even with LazyQuotes).

// ReadLabelTSV returns an iterator over the examples in r, which holds the
// headerless tab-separated format of the sentiment benchmarks (MR, SUBJ,
// UCI Sentiment Labelled Sentences): one example per line, either
// "label<TAB>text" or "label<TAB>text<TAB>group". The group, when present,
// goes to Meta["group"]. IDs are generated as "<name>:<line>". Blank lines
// are skipped, a leading UTF-8 BOM is ignored and a CR before the LF is
// dropped.
//
// Errors and stopping behave as for [ReadJSONL]; a line with fewer than two
// or more than three fields is an error wrapping [ErrSyntax].
func ReadLabelTSV(r io.Reader, o ReadOptions) iter.Seq2[Example, error] {
	return func(yield func(Example, error) bool) {
		c := newChecker(o)
		c.eachLine(r, yield, func(n int, line string) bool {
			f := strings.Split(line, "\t")
			if len(f) < 2 || len(f) > 3 {
				return c.report(yield, c.errAt(n, "", fmt.Errorf("%w: %d tab-separated fields, want label<TAB>text[<TAB>group]", ErrSyntax, len(f))))
			}
			ex := Example{Label: Label(strings.TrimSpace(f[0])), Text: f[1]}
			if len(f) == 3 {
				ex.Meta = map[string]string{"group": strings.TrimSpace(f[2])}
			}
			return c.emit(yield, ex, c.check(&ex, n))
		})
	}
}

// eachLine calls fn with every non-blank line of r and its number, for the
// tab-separated readers. A line that is too long or not UTF-8 is reported
// to yield instead, and reading goes on or stops as [checker.report]
// decides; a read error ends it. eachLine returns true when it read r to
// the end, false when it stopped early.
func (c *checker) eachLine(r io.Reader, yield func(Example, error) bool, fn func(n int, line string) bool) bool {
	lr := &lineReader{r: newReader(r), max: c.max + lineSlack}
	for n := 1; ; n++ {
		line, tooLong, err := lr.next()
		var problem error
		switch {
		case err == io.EOF:
			return true
		case err != nil:
			c.report(yield, c.errAt(n, "", fmt.Errorf("read: %w", err)))
			return false
		case tooLong:
			problem = c.errAt(n, "", fmt.Errorf("%w: line longer than %d bytes", ErrTooLong, lr.max))
		case !utf8.Valid(line):
			problem = c.errAt(n, "", fmt.Errorf("%w at byte %d", ErrInvalidUTF8, firstInvalid(line)))
		}
		switch {
		case problem != nil:
			if !c.report(yield, problem) {
				return false
			}
		case len(bytes.TrimSpace(line)) == 0:
		case !fn(n, string(line)):
			return false
		}
	}
}

// firstInvalid returns the offset of the first byte of b that is not part
// of valid UTF-8, or -1.
func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, w := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && w <= 1 {
			return i
		}
		i += w
	}
	return -1
}

// semEvalColumns are the columns of SemEval-2016 Task 6's files.
var semEvalColumns = []string{"ID", "Target", "Tweet", "Stance"}

// semEvalMojibake is a dash that went through a wrong decoding somewhere
// upstream of SemEval-2016 Task 6's training file ("me."Í¢‘„‘îChristopher
// Hitchens"). ReadSemEval replaces it with a spaced em dash so that it
// neither glues onto the next word nor makes letter tokens of its own.
const semEvalMojibake = "Í¢‘„‘î"

// ReadSemEval returns an iterator over the examples in r, which holds a
// file of SemEval-2016 Task 6 (Mohammad et al. 2016, "Detecting Stance in
// Tweets"): a header line naming the tab-separated columns ID, Target,
// Tweet and Stance in any order, then one tweet per line. ID, Tweet and
// Stance fill the Example; Target goes to Meta["target"] and any other
// column to Meta under its header name. A known mojibake dash of the
// task's training file is repaired. Blank lines are skipped, a leading BOM
// is ignored and a CR before the LF is dropped.
//
// Errors and stopping behave as for [ReadJSONL]; a missing header column
// always ends the iteration, and an empty ID or Target is an error.
func ReadSemEval(r io.Reader, o ReadOptions) iter.Seq2[Example, error] {
	return func(yield func(Example, error) bool) {
		c := newChecker(o)
		var header []string
		col := map[string]int{}
		complete := c.eachLine(r, yield, func(n int, line string) bool {
			if header == nil {
				header = strings.Split(line, "\t")
				if err := semEvalHeader(header, col); err != nil {
					yield(Example{}, c.errAt(n, "", err))
					return false
				}
				return true
			}
			ex, errs := c.semEvalRecord(strings.Split(line, "\t"), header, col, n)
			if len(errs) == 0 {
				errs = c.check(&ex, n)
			}
			return c.emit(yield, ex, errs)
		})
		if complete && header == nil {
			yield(Example{}, c.errAt(0, "", fmt.Errorf("%w: empty input, want a header line", ErrSyntax)))
		}
	}
}

// semEvalHeader fills col with the index of every column name.
func semEvalHeader(header []string, col map[string]int) error {
	for i, h := range header {
		col[strings.TrimSpace(h)] = i
	}
	for _, name := range semEvalColumns {
		if _, ok := col[name]; !ok {
			return fmt.Errorf("%w: header %q lacks column %s (want %s)", ErrSyntax,
				strings.Join(header, "\t"), name, strings.Join(semEvalColumns, ", "))
		}
	}
	return nil
}

// semEvalRecord turns the fields of line n into an Example.
func (c *checker) semEvalRecord(f, header []string, col map[string]int, n int) (Example, []error) {
	if len(f) != len(header) {
		return Example{}, []error{c.errAt(n, "", fmt.Errorf("%w: %d tab-separated fields, want %d", ErrSyntax, len(f), len(header)))}
	}
	ex := Example{
		ID:    strings.TrimSpace(f[col["ID"]]),
		Text:  strings.ReplaceAll(f[col["Tweet"]], semEvalMojibake, " — "),
		Label: Label(strings.TrimSpace(f[col["Stance"]])),
		Meta:  map[string]string{"target": strings.TrimSpace(f[col["Target"]])},
	}
	for i, h := range header {
		if name := strings.TrimSpace(h); !slices.Contains(semEvalColumns, name) {
			ex.Meta[name] = f[i]
		}
	}
	var errs []error
	if ex.ID == "" {
		errs = append(errs, c.errAt(n, "ID", fmt.Errorf("%w: empty", ErrSyntax)))
	}
	if ex.Meta["target"] == "" {
		errs = append(errs, c.errAt(n, "Target", fmt.Errorf("%w: empty", ErrSyntax)))
	}
	return ex, errs
}
