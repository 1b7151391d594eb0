package evaluate

import (
	"cmp"
	"slices"

	"github.com/stancekit/stancekit/corpus"
)

// NoTag names the row of [PerTag] for the items that carry no tag.
const NoTag = "(none)"

// TagScore is how a classifier did on the items that carry one tag (a
// corpus.Example tag such as "who-is-who" or "negation"): the hard cases a
// corpus marks, scored apart so that a weakness the overall numbers hide
// shows.
type TagScore struct {
	Tag string `json:"tag"`
	// N is the number of items with the tag.
	N int `json:"n"`
	// Accuracy is the share of them predicted correctly, with its 95%
	// Wilson score interval ([Wilson]), which stays honest for small N.
	Accuracy         float64  `json:"accuracy"`
	AccuracyWilson95 Interval `json:"accuracy_wilson95"`
	// MacroF1 is the macro-averaged F1 on these items, over the labels
	// that occur among their true or predicted labels (scikit-learn's
	// f1_score(average="macro") on the subset). It is nil when the items
	// have fewer than two distinct true labels: a tag whose items are all
	// hostile, say, has only accuracy (its recall) to report.
	MacroF1 *float64 `json:"macro_f1,omitempty"`
}

// tagsOf returns each example's tags, or nil when no example has any.
func tagsOf(exs []corpus.Example) [][]string {
	var out [][]string
	for i, e := range exs {
		tags := e.Tags()
		if tags == nil {
			continue
		}
		if out == nil {
			out = make([][]string, len(exs))
		}
		out[i] = tags
	}
	return out
}

// PerTag scores p's items tag by tag, from p.Tags: one [TagScore] for each
// tag that some item carries (an item with several tags counts under each)
// and one, named [NoTag], for the items with none if there are such items,
// ordered by decreasing N, then by tag, with NoTag last. It returns nil
// when no item has a tag.
func PerTag(p *Predictions) []TagScore {
	if p == nil || len(p.Tags) != p.Len() {
		return nil
	}
	items := map[string][]int{} // tag -> items carrying it
	for i, tags := range p.Tags {
		if len(tags) == 0 {
			items[NoTag] = append(items[NoTag], i)
		}
		for _, tag := range slices.Compact(slices.Sorted(slices.Values(tags))) {
			items[tag] = append(items[tag], i)
		}
	}
	if len(items) == 0 || len(items) == 1 && items[NoTag] != nil {
		return nil
	}
	out := make([]TagScore, 0, len(items))
	for tag, idx := range items {
		out = append(out, tagScore(p, tag, idx))
	}
	slices.SortFunc(out, func(a, b TagScore) int {
		if (a.Tag == NoTag) != (b.Tag == NoTag) {
			if a.Tag == NoTag {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(b.N, a.N), cmp.Compare(a.Tag, b.Tag))
	})
	return out
}

// tagScore scores the items idx of p. The macro-F1 follows [PerClass] on
// the items' confusion matrix, averaged over the labels c with
// row_c + col_c > 0.
func tagScore(p *Predictions, tag string, idx []int) TagScore {
	L := len(p.Labels)
	counts := make([]float64, L*L) // row-major: true label, predicted label
	correct := 0
	for _, i := range idx {
		counts[p.True[i]*L+p.Pred[i]]++
		if p.Correct(i) {
			correct++
		}
	}
	s := TagScore{
		Tag:              tag,
		N:                len(idx),
		Accuracy:         ratio(float64(correct), float64(len(idx))),
		AccuracyWilson95: Wilson(correct, len(idx), 0.95),
	}
	trueLabels, present := 0, 0
	var f1 float64
	for c := range L {
		var row, col float64
		for k := range L {
			row += counts[c*L+k]
			col += counts[k*L+c]
		}
		if row > 0 {
			trueLabels++
		}
		if row+col > 0 {
			present++
			f1 += 2 * counts[c*L+c] / (row + col)
		}
	}
	if trueLabels >= 2 {
		m := f1 / float64(present)
		s.MacroF1 = &m
	}
	return s
}
