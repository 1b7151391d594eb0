package stance

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"iter"
	"math"
	"strings"
	"unicode/utf8"
)

// Line is one line of text read by [ReadLines].
type Line struct {
	// Text is the line without its line end (\n or \r\n), cut to the
	// longest prefix of at most the reader's maximum length that ends at a
	// character boundary.
	Text string
	// No is the line's number, from 1.
	No int
	// Len is the line's length in bytes without its line end: more than
	// len(Text) when the line was cut.
	Len int
}

// Cut reports whether the line was longer than the reader's maximum
// length, so that Text holds only its beginning.
func (l Line) Cut() bool { return l.Len > len(l.Text) }

// ReadLines reads r line by line, for one statement per line. Lines end at
// \n or \r\n; the last line needs no line end. A line longer than maxLen
// bytes (maxLen ≤ 0: no limit) is cut, not skipped, and its full length is
// reported, so that a stray megabyte-long line cannot exhaust memory and
// every line still gets an answer. Bytes are passed on as read, valid UTF-8
// or not. A read error ends the sequence, naming the line it interrupted;
// the end of r is not an error.
//
// Lines share memory in blocks of about 64 kB and allocate none of their
// own, so a program that classifies a large file line by line allocates
// per block, not per line. A Line kept long after reading keeps its block
// alive: copy its Text with strings.Clone to keep it alone.
func ReadLines(r io.Reader, maxLen int) iter.Seq2[Line, error] {
	if maxLen <= 0 {
		maxLen = math.MaxInt
	}
	return readLines(r, maxLen, 1<<20)
}

// readLines is ReadLines with maxLen > 0 and the size of its read buffer.
func readLines(r io.Reader, maxLen, bufSize int) iter.Seq2[Line, error] {
	return func(yield func(Line, error) bool) {
		lr := lineReader{r: bufio.NewReaderSize(r, bufSize), max: maxLen}
		for no := 1; ; no++ {
			text, n, ok, err := lr.next()
			if ok && !yield(Line{Text: lr.keep(text), No: no, Len: n}, nil) {
				return
			}
			if err != nil {
				if !errors.Is(err, io.EOF) {
					yield(Line{}, fmt.Errorf("reading line %d: %w", no, err))
				}
				return
			}
		}
	}
}

// Lines yields texts as lines numbered from 1, never cut: statements held
// in memory (a program's arguments) for the code that handles ReadLines'
// lines.
func Lines(texts []string) iter.Seq2[Line, error] {
	return func(yield func(Line, error) bool) {
		for i, t := range texts {
			if !yield(Line{Text: t, No: i + 1, Len: len(t)}, nil) {
				return
			}
		}
	}
}

// lineArena is the size of the blocks that lines are kept in.
const lineArena = 64 << 10

type lineReader struct {
	r       *bufio.Reader
	max     int
	scratch []byte          // a line spread over several reads of r
	block   strings.Builder // where lines are kept; see keep
}

// next reads the next line and returns its text, cut to at most max bytes
// at a character boundary, its length without the line end, whether there
// was a line, and the error that ended it, if any. The text is valid until
// the next call.
func (lr *lineReader) next() ([]byte, int, bool, error) {
	var kept []byte // the line's first max bytes, line end included
	raw := 0        // the line's length, line end included
	var last2 [2]byte
	for first := true; ; first = false {
		chunk, err := lr.r.ReadSlice('\n')
		if len(chunk) > 0 {
			last2[0], last2[1] = last2[1], chunk[len(chunk)-1]
			if len(chunk) > 1 {
				last2[0] = chunk[len(chunk)-2]
			}
		}
		raw += len(chunk)
		full := errors.Is(err, bufio.ErrBufferFull)
		switch {
		case first && !full:
			// The whole line in one read, as most are: no copy.
			kept = chunk[:min(len(chunk), lr.max)]
		case first:
			kept = append(lr.scratch[:0], chunk[:min(len(chunk), lr.max)]...)
		default:
			kept = append(kept, chunk[:min(len(chunk), lr.max-len(kept))]...)
		}
		if full {
			continue
		}
		if !first {
			lr.scratch = kept[:0]
		}
		if raw == 0 {
			return nil, 0, false, err
		}
		n := raw
		if last2[1] == '\n' {
			n--
			if last2[0] == '\r' {
				n--
			}
		}
		end := min(len(kept), n)
		if n > lr.max {
			end = runeBoundary(kept, end)
		}
		return kept[:end], n, true, err
	}
}

// runeBoundary returns the largest end ≤ n that does not split a UTF-8
// sequence of b. Invalid bytes count as characters of their own.
func runeBoundary(b []byte, n int) int {
	for k := n - 1; k >= 0 && k >= n-utf8.UTFMax; k-- {
		if utf8.RuneStart(b[k]) {
			if !utf8.FullRune(b[k:n]) {
				return k
			}
			break
		}
	}
	return n
}

// keep returns b as a string in the current block, starting a new block
// when b does not fit. A strings.Builder never changes bytes it has
// written, so the strings it returned stay valid as it fills.
func (lr *lineReader) keep(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	if lr.block.Cap()-lr.block.Len() < len(b) {
		lr.block = strings.Builder{}
		lr.block.Grow(max(lineArena, len(b)))
	}
	start := lr.block.Len()
	lr.block.Write(b)
	return lr.block.String()[start:]
}
