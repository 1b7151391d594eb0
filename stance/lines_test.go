package stance

import (
	"errors"
	"io"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func collectLines(t *testing.T, lines func(func(Line, error) bool)) ([]Line, error) {
	t.Helper()
	var out []Line
	for l, err := range lines {
		if err != nil {
			return out, err
		}
		out = append(out, l)
	}
	return out, nil
}

func TestReadLines(t *testing.T) {
	for _, c := range []struct {
		name, in string
		max      int
		want     []Line
	}{
		{"empty input", "", 0, nil},
		{"no final line end", "a", 0, []Line{{"a", 1, 1}}},
		{"\\n", "a\nbc\n", 0, []Line{{"a", 1, 1}, {"bc", 2, 2}}},
		{"\\r\\n", "a\r\nbc\r\n", 0, []Line{{"a", 1, 1}, {"bc", 2, 2}}},
		{"empty lines", "\n\r\n\n", 0, []Line{{"", 1, 0}, {"", 2, 0}, {"", 3, 0}}},
		{"lone \\r is text", "a\rb\nc\r", 0, []Line{{"a\rb", 1, 3}, {"c\r", 2, 2}}},
		{"cut", "abcdef\nxy\n", 3, []Line{{"abc", 1, 6}, {"xy", 2, 2}}},
		{"exactly max", "abc\n", 3, []Line{{"abc", 1, 3}}},
		{"line end beyond max", "abc\r\n", 4, []Line{{"abc", 1, 3}}},
		{"\\r inside a cut line stays", "ab\rcd\r\n", 3, []Line{{"ab\r", 1, 5}}},
		{"cut at a character boundary", "éé\n", 3, []Line{{"é", 1, 4}}},
		{"cut after a whole character", "éé\n", 2, []Line{{"é", 1, 4}}},
		{"cut before the first character", "é\n", 1, []Line{{"", 1, 2}}},
		{"invalid bytes are characters", "\xff\xfeabc\n", 1, []Line{{"\xff", 1, 5}}},
		{"cut before a 4-byte character", "a😀\n", 4, []Line{{"a", 1, 5}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := collectLines(t, ReadLines(strings.NewReader(c.in), c.max))
			require.NoError(t, err)
			assert.Equal(t, c.want, got)
			for _, l := range got {
				assert.Equal(t, l.Len > len(l.Text), l.Cut())
			}
		})
	}
}

// referenceLines is what ReadLines must return, the plain way: split at
// \n, drop a \r before it, cut to max bytes and back to a character
// boundary.
func referenceLines(in string, max int) []Line {
	var out []Line
	for no := 1; in != ""; no++ {
		line, rest, found := strings.Cut(in, "\n")
		if found {
			line = strings.TrimSuffix(line, "\r")
		}
		l := Line{Text: line, No: no, Len: len(line)}
		if len(line) > max {
			text := line[:max]
			// Drop a split sequence at the end; invalid bytes stand alone.
			for k := len(text) - 1; k >= 0 && k >= len(text)-utf8.UTFMax; k-- {
				if utf8.RuneStart(text[k]) {
					if !utf8.FullRuneInString(text[k:]) {
						text = text[:k]
					}
					break
				}
			}
			l.Text = text
		}
		out = append(out, l)
		in = rest
	}
	return out
}

// ReadLines against the reference on random input, with a read buffer of
// 16 bytes so that lines spread over several reads, and read one byte at a
// time; the lines are checked after all were read, so a line's text must
// survive the reading of the next ones.
func TestReadLinesRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	alphabet := []string{"a", "b", " ", "é", "😀", "\r", "\n", "\r\n", "\xff", "\xe2\x82"}
	for range 300 {
		var b strings.Builder
		for range r.IntN(200) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
			if r.IntN(50) == 0 {
				b.WriteString(strings.Repeat("x", r.IntN(100)))
			}
		}
		in := b.String()
		max := 1 + r.IntN(40)
		if r.IntN(4) == 0 {
			max = math.MaxInt
		}
		for _, src := range []io.Reader{strings.NewReader(in), iotest.OneByteReader(strings.NewReader(in))} {
			got, err := collectLines(t, readLines(src, max, 16))
			require.NoError(t, err)
			require.Equal(t, referenceLines(in, max), got, "input %q, max %d", in, max)
		}
	}
}

func TestReadLinesError(t *testing.T) {
	boom := errors.New("disk on fire")
	in := io.MultiReader(strings.NewReader("one\ntwo\nthr"), iotest.ErrReader(boom))
	got, err := collectLines(t, ReadLines(in, 0))
	require.ErrorIs(t, err, boom)
	assert.Contains(t, err.Error(), "line 3")
	// The partial line is passed on before the error.
	assert.Equal(t, []Line{{"one", 1, 3}, {"two", 2, 3}, {"thr", 3, 3}}, got)

	// Breaking out of the loop stops reading.
	n := 0
	for range ReadLines(strings.NewReader("a\nb\nc\n"), 0) {
		if n++; n == 2 {
			break
		}
	}
	assert.Equal(t, 2, n)
}

// Lines are kept in shared blocks: reading allocates per block, not per
// line.
func TestReadLinesAllocations(t *testing.T) {
	in := strings.Repeat("We are not ready to recognise the new president.\n", 20_000)
	allocs := testing.AllocsPerRun(3, func() {
		for range ReadLines(strings.NewReader(in), 0) {
		}
	})
	blocks := len(in)/lineArena + 1
	assert.LessOrEqual(t, allocs, float64(blocks+10), "%d lines", 20_000)
}
