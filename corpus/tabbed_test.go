package corpus

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The fixtures are invented; none is taken from a benchmark's data.

func TestReadLabelTSV(t *testing.T) {
	in := "\uFEFFpositive\t\"Great\" phone, works well .\tamazon\r\n" +
		"\n" +
		"negative\tit's a mess , \"really\"\n" +
		"negative\tno group here" // no final newline
	exs, err := ReadAll(ReadLabelTSV(strings.NewReader(in), ReadOptions{Name: "x.tsv"}))
	require.NoError(t, err)
	require.Len(t, exs, 3)
	assert.Equal(t, Example{ID: "x.tsv:1", Label: "positive", Text: `"Great" phone, works well .`, Meta: map[string]string{"group": "amazon"}}, exs[0],
		"a leading quote is text, not CSV quoting")
	assert.Equal(t, Example{ID: "x.tsv:3", Label: "negative", Text: `it's a mess , "really"`}, exs[1])
	assert.Equal(t, "no group here", exs[2].Text)
}

func TestReadLabelTSVErrors(t *testing.T) {
	tests := []struct {
		name, in string
		o        ReadOptions
		want     []string
		sentinel error
	}{
		{"one field", "positive\n", ReadOptions{}, []string{"x.tsv:1: malformed record: 1 tab-separated fields"}, ErrSyntax},
		{"four fields", "positive\ta\tb\tc\n", ReadOptions{}, []string{"x.tsv:1: malformed record: 4 tab-separated fields"}, ErrSyntax},
		{"empty text", "positive\t \n", ReadOptions{}, []string{"x.tsv:1: text: empty text"}, ErrEmptyText},
		{"unknown label", "neutral\tfine\n", ReadOptions{Labels: []Label{"positive", "negative"}},
			[]string{`x.tsv:1: label: unknown label "neutral" (want one of positive, negative)`}, ErrUnknownLabel},
		{"duplicate text", "positive\tWorks great.\nnegative\tWorks great.\n", ReadOptions{},
			[]string{"x.tsv:2: text: duplicate text (first seen on line 1"}, ErrDuplicateText},
		{"invalid UTF-8", "positive\tbad \xff byte\n", ReadOptions{}, []string{"x.tsv:1: invalid UTF-8 at byte 13"}, ErrInvalidUTF8},
		{"keep going", "positive\n\nnegative\tok\nneutral\t\n", ReadOptions{KeepGoing: true},
			[]string{"x.tsv:1: malformed record", "x.tsv:4: text: empty text"}, ErrSyntax},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.o.Name = "x.tsv"
			var errs []error
			for _, err := range ReadLabelTSV(strings.NewReader(tc.in), tc.o) {
				if err != nil {
					errs = append(errs, err)
				}
			}
			require.Len(t, errs, len(tc.want))
			for i, w := range tc.want {
				assert.Contains(t, errs[i].Error(), w)
			}
			assert.True(t, errors.Is(errs[0], tc.sentinel), "%v", errs[0])
		})
	}
	exs, err := ReadAll(ReadLabelTSV(strings.NewReader("positive\tWorks great.\npositive\tWorks great.\n"), ReadOptions{AllowDuplicates: true}))
	require.NoError(t, err)
	assert.Len(t, exs, 2, "benchmarks keep their duplicate texts")
}

func TestReadSemEval(t *testing.T) {
	in := "\uFEFFID\tTarget\tTweet\tStance\r\n" +
		"1\tCats\tI \"love\" cats #CatsRule #SemST\tFAVOR\r\n" +
		"\n" +
		"2\tCats\tcats are overrated Í¢‘„‘îreally\tAGAINST\n" +
		"3\tDogs\t  dogs, meh  \tNONE" // no final newline
	exs, err := ReadAll(ReadSemEval(strings.NewReader(in), ReadOptions{Name: "x.tsv"}))
	require.NoError(t, err)
	require.Len(t, exs, 3)
	assert.Equal(t, Example{ID: "1", Text: `I "love" cats #CatsRule #SemST`, Label: "FAVOR", Meta: map[string]string{"target": "Cats"}}, exs[0],
		"quotes are text, not CSV quoting")
	assert.Equal(t, "cats are overrated  — really", exs[1].Text, "the mojibake dash is repaired")
	assert.Equal(t, "  dogs, meh  ", exs[2].Text)

	exs, err = ReadAll(ReadSemEval(strings.NewReader("Stance\tTweet\tExtra\tID\tTarget\nNONE\thello\tx\t7\tT\n"), ReadOptions{}))
	require.NoError(t, err)
	require.Len(t, exs, 1)
	assert.Equal(t, Example{ID: "7", Text: "hello", Label: "NONE", Meta: map[string]string{"target": "T", "Extra": "x"}}, exs[0],
		"columns in any order, others kept")
}

func TestReadSemEvalErrors(t *testing.T) {
	h := "ID\tTarget\tTweet\tStance\n"
	labels := ReadOptions{Name: "x.tsv", Labels: []Label{"FAVOR", "AGAINST", "NONE"}}
	tests := []struct{ name, in, msg string }{
		{"empty", "", "x.tsv: malformed record: empty input, want a header line"},
		{"blank lines only", "\n\n", "x.tsv: malformed record: empty input"},
		{"missing column", "ID\tTarget\tText\tStance\n1\tT\thi\tNONE\n", "x.tsv:1: malformed record: header \"ID\\tTarget\\tText\\tStance\" lacks column Tweet"},
		{"field count", h + "1\tT\thi\tNONE\n2\tT\tsplit\ttweet\tNONE\n", "x.tsv:3: malformed record: 5 tab-separated fields, want 4"},
		{"label", h + "1\tT\thi\tneutral\n", `x.tsv:2: label: unknown label "neutral" (want one of FAVOR, AGAINST, NONE)`},
		{"utf8", h + "1\tT\tbad \xff byte\tNONE\n", "x.tsv:2: invalid UTF-8 at byte 8"},
		{"duplicate id", h + "1\tT\thi\tNONE\n1\tT\tho\tNONE\n", `x.tsv:3: id: duplicate id "1" (first seen on line 2)`},
		{"empty tweet", h + "1\tT\t  \tNONE\n", "x.tsv:2: text: empty text"},
		{"empty target", h + "1\t\thi\tNONE\n", "x.tsv:2: Target: malformed record: empty"},
		{"empty id", h + " \tT\thi\tNONE\n", "x.tsv:2: ID: malformed record: empty"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadAll(ReadSemEval(strings.NewReader(tc.in), labels))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.msg)
			var ce *Error
			assert.True(t, errors.As(err, &ce), "every error is an *Error")
		})
	}
}
