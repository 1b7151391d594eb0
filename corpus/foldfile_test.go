package corpus

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFoldFile(t *testing.T) {
	ids, err := ReadFoldIDs(strings.NewReader("0\n2\n1\n0\n1\n2"), "x.folds")
	require.NoError(t, err)
	assert.Equal(t, []int{0, 2, 1, 0, 1, 2}, ids)
	folds, err := FoldsFromIDs(ids)
	require.NoError(t, err)
	assert.Equal(t, []Fold{
		{Test: []int{0, 3}, Train: []int{1, 2, 4, 5}},
		{Test: []int{2, 4}, Train: []int{0, 1, 3, 5}},
		{Test: []int{1, 5}, Train: []int{0, 2, 3, 4}},
	}, folds)

	for _, tc := range []struct{ in, msg string }{
		{"0\n1\nx\n", `x.folds:3: malformed record: fold "x", want a number ≥ 0`},
		{"0\n\n1\n", `x.folds:2: malformed record: fold ""`},
		{"0\n-1\n", `x.folds:2: malformed record: fold "-1"`},
	} {
		_, err := ReadFoldIDs(strings.NewReader(tc.in), "x.folds")
		require.Error(t, err, tc.in)
		assert.Contains(t, err.Error(), tc.msg)
	}
	for _, ids := range [][]int{nil, {0, 0}, {0, 2, 0}, {1, 1, 2}} {
		_, err := FoldsFromIDs(ids)
		assert.Error(t, err, "%v", ids)
	}
}
