package corpus

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// synthetic returns counts[l] examples with label l, the labels
// interleaved, with election "e<i mod groups>" for the i-th example.
func synthetic(groups int, counts map[Label]int) []Example {
	left := maps.Clone(counts)
	var exs []Example
	for len(left) > 0 {
		for _, l := range slices.Sorted(maps.Keys(counts)) {
			if left[l] == 0 {
				delete(left, l)
				continue
			}
			left[l]--
			i := len(exs)
			exs = append(exs, Example{
				ID:    fmt.Sprint("x", i),
				Text:  fmt.Sprint("text ", i),
				Label: l,
				Meta:  map[string]string{"election": fmt.Sprint("e", i%groups)},
			})
		}
	}
	return exs
}

func countLabels(exs []Example) map[Label]int {
	c := make(map[Label]int)
	for _, e := range exs {
		c[e.Label]++
	}
	return c
}

func TestStratifiedSplit(t *testing.T) {
	tests := []struct {
		counts   map[Label]int
		fraction float64
		want     map[Label]int // test counts per label
	}{
		{map[Label]int{"a": 50, "b": 30, "c": 20}, 0.2, map[Label]int{"a": 10, "b": 6, "c": 4}},
		{map[Label]int{"a": 10, "b": 10, "c": 10}, 0.5, map[Label]int{"a": 5, "b": 5, "c": 5}},
		{map[Label]int{"a": 9, "b": 1}, 0.5, map[Label]int{"a": 5}}, // round(4.5)=5 allotted by remainder
		{map[Label]int{"a": 1, "b": 1}, 0.01, nil},                  // at least one test example
		{map[Label]int{"a": 7, "b": 11, "c": 3}, 0.3, nil},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.counts, tt.fraction), func(t *testing.T) {
			exs := synthetic(5, tt.counts)
			train, test, err := StratifiedSplit(exs, tt.fraction, 1)
			require.NoError(t, err)
			assert.Len(t, append(train, test...), len(exs))
			assert.NotEmpty(t, train)
			assert.NotEmpty(t, test)
			wantTotal := min(max(int(math.Round(tt.fraction*float64(len(exs)))), 1), len(exs)-1)
			assert.Len(t, test, wantTotal)
			got := countLabels(test)
			if tt.want != nil {
				for l := range tt.counts {
					assert.Equal(t, tt.want[l], got[l], "label %s", l)
				}
			}
			for l, n := range tt.counts {
				// Each label within one of its share of the test part.
				share := float64(wantTotal) * float64(n) / float64(len(exs))
				assert.InDelta(t, share, got[l], 1, "label %s", l)
			}
			// Both parts keep the input order and are disjoint.
			seen := map[string]bool{}
			for _, part := range [][]Example{train, test} {
				last := -1
				for _, e := range part {
					i := slices.IndexFunc(exs, func(x Example) bool { return x.ID == e.ID })
					assert.Greater(t, i, last)
					last = i
					assert.False(t, seen[e.ID], "%s in both parts", e.ID)
					seen[e.ID] = true
				}
			}
		})
	}
}

func TestStratifiedSplitDeterministic(t *testing.T) {
	exs := synthetic(5, map[Label]int{"a": 40, "b": 25, "c": 15})
	train1, test1, err := StratifiedSplit(exs, 0.25, 42)
	require.NoError(t, err)
	train2, test2, err := StratifiedSplit(exs, 0.25, 42)
	require.NoError(t, err)
	assert.Equal(t, train1, train2)
	assert.Equal(t, test1, test2)
	_, test3, err := StratifiedSplit(exs, 0.25, 43)
	require.NoError(t, err)
	assert.NotEqual(t, ids(test1), ids(test3), "a different seed should give a different split")
}

// checkFolds checks that folds partition 0..n-1 and that every fold's
// Train and Test are ascending, disjoint and cover everything.
func checkFolds(t *testing.T, folds []Fold, n int) {
	t.Helper()
	inTest := make([]int, n)
	for f, fold := range folds {
		assert.True(t, slices.IsSorted(fold.Train), "fold %d train not ascending", f)
		assert.True(t, slices.IsSorted(fold.Test), "fold %d test not ascending", f)
		assert.NotEmpty(t, fold.Test, "fold %d", f)
		all := slices.Sorted(slices.Values(append(slices.Clone(fold.Train), fold.Test...)))
		want := make([]int, n)
		for i := range want {
			want[i] = i
		}
		assert.Equal(t, want, all, "fold %d does not cover all examples exactly once", f)
		for _, i := range fold.Test {
			inTest[i]++
		}
	}
	for i, c := range inTest {
		assert.Equal(t, 1, c, "example %d in %d test folds", i, c)
	}
}

func TestStratifiedKFold(t *testing.T) {
	tests := []struct {
		counts map[Label]int
		k      int
	}{
		{map[Label]int{"a": 50, "b": 30, "c": 20}, 5},
		{map[Label]int{"a": 13, "b": 7, "c": 4}, 3},
		{map[Label]int{"a": 3, "b": 2}, 5},
		{map[Label]int{"a": 100}, 10},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.counts, tt.k), func(t *testing.T) {
			exs := synthetic(5, tt.counts)
			folds, err := StratifiedKFold(exs, tt.k, 7)
			require.NoError(t, err)
			require.Len(t, folds, tt.k)
			checkFolds(t, folds, len(exs))
			sizes := []int{}
			for l := range tt.counts {
				var per []int
				for _, f := range folds {
					n := 0
					for _, i := range f.Test {
						if exs[i].Label == l {
							n++
						}
					}
					per = append(per, n)
				}
				assert.LessOrEqual(t, slices.Max(per)-slices.Min(per), 1, "label %s spread %v", l, per)
			}
			for _, f := range folds {
				sizes = append(sizes, len(f.Test))
			}
			assert.LessOrEqual(t, slices.Max(sizes)-slices.Min(sizes), 1, "fold sizes %v", sizes)

			again, err := StratifiedKFold(exs, tt.k, 7)
			require.NoError(t, err)
			assert.Equal(t, folds, again)
		})
	}
}

func TestStratifiedKFoldSeed(t *testing.T) {
	exs := synthetic(5, map[Label]int{"a": 30, "b": 30})
	f1, err := StratifiedKFold(exs, 3, 1)
	require.NoError(t, err)
	f2, err := StratifiedKFold(exs, 3, 2)
	require.NoError(t, err)
	assert.NotEqual(t, f1, f2)
}

func TestGroupKFold(t *testing.T) {
	exs := synthetic(11, map[Label]int{"a": 40, "b": 30, "c": 17})
	// Make group sizes uneven.
	for i := range 20 {
		exs[i].Meta["election"] = "big"
	}
	election := Example.Election
	for _, k := range []int{2, 3, 5} {
		t.Run(fmt.Sprint(k), func(t *testing.T) {
			folds, err := GroupKFold(exs, k, election, 3)
			require.NoError(t, err)
			require.Len(t, folds, k)
			checkFolds(t, folds, len(exs))

			foldOf := map[string]int{}
			largest := 0
			groupSize := map[string]int{}
			for _, e := range exs {
				groupSize[e.Election()]++
			}
			for _, n := range groupSize {
				largest = max(largest, n)
			}
			var sizes []int
			for f, fold := range folds {
				for _, i := range fold.Test {
					g := exs[i].Election()
					if prev, ok := foldOf[g]; ok {
						assert.Equal(t, prev, f, "group %s split over folds", g)
					}
					foldOf[g] = f
				}
				sizes = append(sizes, len(fold.Test))
			}
			assert.LessOrEqual(t, slices.Max(sizes)-slices.Min(sizes), largest, "fold sizes %v", sizes)

			again, err := GroupKFold(exs, k, election, 3)
			require.NoError(t, err)
			assert.Equal(t, folds, again)
		})
	}
}

func TestGroupKFoldBalanced(t *testing.T) {
	// Groups of sizes 5,4,3,3,2,1 into 3 folds: largest-first greedy gives 6,6,6.
	var exs []Example
	for g, n := range []int{5, 4, 3, 3, 2, 1} {
		for range n {
			exs = append(exs, Example{ID: fmt.Sprint(len(exs)), Label: "a", Meta: map[string]string{"election": fmt.Sprint("g", g)}})
		}
	}
	folds, err := GroupKFold(exs, 3, Example.Election, 0)
	require.NoError(t, err)
	for _, f := range folds {
		assert.Len(t, f.Test, 6)
	}
}

func TestSplitErrors(t *testing.T) {
	exs := synthetic(3, map[Label]int{"a": 3, "b": 2})
	election := Example.Election
	tests := []struct {
		name string
		err  error
	}{
		{"split fraction 0", second(StratifiedSplit(exs, 0, 1))},
		{"split fraction 1", second(StratifiedSplit(exs, 1, 1))},
		{"split fraction negative", second(StratifiedSplit(exs, -0.5, 1))},
		{"split fraction NaN", second(StratifiedSplit(exs, math.NaN(), 1))},
		{"split empty", second(StratifiedSplit(nil, 0.5, 1))},
		{"split one", second(StratifiedSplit(exs[:1], 0.5, 1))},
		{"kfold k=1", errOf(StratifiedKFold(exs, 1, 1))},
		{"kfold k>n", errOf(StratifiedKFold(exs, 6, 1))},
		{"kfold empty", errOf(StratifiedKFold(nil, 2, 1))},
		{"group k=1", errOf(GroupKFold(exs, 1, election, 1))},
		{"group k>groups", errOf(GroupKFold(exs, 4, election, 1))},
		{"group empty", errOf(GroupKFold(nil, 2, election, 1))},
		{"group nil func", errOf(GroupKFold(exs, 2, nil, 1))},
	}
	for _, tt := range tests {
		assert.Error(t, tt.err, tt.name)
	}
}

func second(_, _ []Example, err error) error { return err }
func errOf(_ []Fold, err error) error        { return err }
