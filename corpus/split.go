package corpus

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// Fold is one fold of a cross-validation: indices into the examples, in
// ascending order. Train and Test are disjoint and together cover every
// example.
type Fold struct {
	Train, Test []int
}

// newRand returns the generator used by all splits, so that a seed
// determines every split completely.
func newRand(seed uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, seed))
}

// byLabel returns the indices of ex grouped by label, labels in sorted
// order, each group shuffled by rng.
func byLabel(ex []Example, rng *rand.Rand) (labels []Label, groups [][]int) {
	idx := make(map[Label][]int)
	for i, e := range ex {
		idx[e.Label] = append(idx[e.Label], i)
	}
	for l := range idx {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	for _, l := range labels {
		g := idx[l]
		rng.Shuffle(len(g), func(i, j int) { g[i], g[j] = g[j], g[i] })
		groups = append(groups, g)
	}
	return labels, groups
}

// StratifiedSplit divides ex into a training and a test part, with about
// testFraction of the examples in the test part and each label represented
// in both parts in about its overall proportion. The test part holds
// round(testFraction × len(ex)) examples, at least one and at most
// len(ex)-1; per-label counts are allotted by largest remainder. The split
// depends only on ex and seed. Both parts keep the order of ex.
//
// StratifiedSplit returns an error if testFraction is not strictly between
// 0 and 1 or ex has fewer than two examples.
func StratifiedSplit(ex []Example, testFraction float64, seed uint64) (train, test []Example, err error) {
	if !(testFraction > 0 && testFraction < 1) {
		return nil, nil, fmt.Errorf("corpus: test fraction %v outside (0, 1)", testFraction)
	}
	if len(ex) < 2 {
		return nil, nil, fmt.Errorf("corpus: cannot split %d examples into training and test parts", len(ex))
	}
	rng := newRand(seed)
	_, groups := byLabel(ex, rng)

	total := int(math.Round(testFraction * float64(len(ex))))
	total = min(max(total, 1), len(ex)-1)

	// Largest-remainder allotment of total among the labels; ties are
	// broken in a seeded random order.
	type share struct {
		group int
		count int
		rem   float64
	}
	shares := make([]share, len(groups))
	allotted := 0
	for i, g := range groups {
		exact := float64(total) * float64(len(g)) / float64(len(ex))
		n := int(math.Floor(exact))
		shares[i] = share{group: i, count: n, rem: exact - float64(n)}
		allotted += n
	}
	rng.Shuffle(len(shares), func(i, j int) { shares[i], shares[j] = shares[j], shares[i] })
	slices.SortStableFunc(shares, func(a, b share) int { return cmp.Compare(b.rem, a.rem) })
	for i := 0; allotted < total; i = (i + 1) % len(shares) {
		if shares[i].count < len(groups[shares[i].group]) {
			shares[i].count++
			allotted++
		}
	}

	inTest := make([]bool, len(ex))
	for _, s := range shares {
		for _, i := range groups[s.group][:s.count] {
			inTest[i] = true
		}
	}
	for i, e := range ex {
		if inTest[i] {
			test = append(test, e)
		} else {
			train = append(train, e)
		}
	}
	return train, test, nil
}

// StratifiedKFold divides ex into k folds for cross-validation. Every
// example is in the test part of exactly one fold. Each label's examples
// are spread over the folds as evenly as possible (the counts differ by at
// most one), and so are the fold sizes. The folds depend only on ex, k and
// seed.
//
// StratifiedKFold returns an error if ex is empty, k < 2 or k > len(ex).
func StratifiedKFold(ex []Example, k int, seed uint64) ([]Fold, error) {
	if err := checkK(k, len(ex), "examples"); err != nil {
		return nil, err
	}
	_, groups := byLabel(ex, newRand(seed))
	fold := make([]int, len(ex))
	next := 0 // deal each label on from where the previous one stopped
	for _, g := range groups {
		for _, i := range g {
			fold[i] = next
			next = (next + 1) % k
		}
	}
	return makeFolds(fold, k), nil
}

// GroupKFold divides ex into k folds for cross-validation such that all
// examples with the same group key, such as the same election, are in the
// test part of the same fold. Groups are assigned largest first (ties in a
// seeded random order) to the fold with the fewest examples so far, which
// balances the fold sizes. The folds depend only on ex, k, the group keys
// and seed.
//
// GroupKFold returns an error if ex is empty, group is nil, k < 2 or there
// are fewer than k distinct groups.
func GroupKFold(ex []Example, k int, group func(Example) string, seed uint64) ([]Fold, error) {
	if group == nil {
		return nil, errors.New("corpus: nil group function")
	}
	if len(ex) == 0 {
		return nil, errors.New("corpus: no examples to divide into folds")
	}
	members := make(map[string][]int)
	for i, e := range ex {
		g := group(e)
		members[g] = append(members[g], i)
	}
	if err := checkK(k, len(members), "groups"); err != nil {
		return nil, err
	}
	keys := make([]string, 0, len(members))
	for g := range members {
		keys = append(keys, g)
	}
	slices.Sort(keys)
	rng := newRand(seed)
	rng.Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
	slices.SortStableFunc(keys, func(a, b string) int {
		return cmp.Compare(len(members[b]), len(members[a]))
	})

	size := make([]int, k)
	fold := make([]int, len(ex))
	for _, g := range keys {
		f := 0
		for j := 1; j < k; j++ {
			if size[j] < size[f] {
				f = j
			}
		}
		for _, i := range members[g] {
			fold[i] = f
		}
		size[f] += len(members[g])
	}
	return makeFolds(fold, k), nil
}

func checkK(k, n int, what string) error {
	switch {
	case n == 0:
		return errors.New("corpus: no examples to divide into folds")
	case k < 2:
		return fmt.Errorf("corpus: %d folds; want at least 2", k)
	case k > n:
		return fmt.Errorf("corpus: %d folds but only %d %s", k, n, what)
	}
	return nil
}

// makeFolds builds k folds from the test fold of each example.
func makeFolds(fold []int, k int) []Fold {
	folds := make([]Fold, k)
	for i, f := range fold {
		for j := range folds {
			if j == f {
				folds[j].Test = append(folds[j].Test, i)
			} else {
				folds[j].Train = append(folds[j].Train, i)
			}
		}
	}
	return folds
}
