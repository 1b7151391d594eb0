package benchmark

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance/evaluate"
)

// Report is what a benchmark run measured. Its JSON form is one object
// whose score keys come first: for every measure NAME (accuracy, macro_f1
// and the task's own, e.g. f_avg) the value NAME, a fraction, and after a
// cross-validation NAME_std (population standard deviation over folds) and
// fold_NAME (fold by fold); the value is then the mean over folds, the
// protocol of the sentiment benchmarks.
type Report struct {
	// Scores are the measures, accuracy first and the task's last.
	Scores []Score `json:"-"`

	Data     string `json:"data,omitempty"`
	Train    string `json:"train,omitempty"`
	Test     string `json:"test,omitempty"`
	Protocol string `json:"protocol"`
	FoldFile string `json:"fold_file,omitempty"`
	Folds    int    `json:"folds,omitempty"`
	Seed     uint64 `json:"seed"`
	// Model is the spec (compact form), or the search that chose it.
	Model string `json:"model"`
	// Measure names the task's measure, the one a search maximises.
	Measure string         `json:"measure"`
	N       int            `json:"n"`
	Labels  []corpus.Label `json:"labels"`
	// Groups are each group's scores on its items, pooled over folds.
	Groups map[string]map[string]float64 `json:"groups,omitempty"`
	// Confusion counts every scored item, pooled over folds; nil when
	// nothing was scored.
	Confusion *evaluate.ConfusionTable `json:"confusion,omitempty"`
	// Chosen is the model of the test split, or of each fold of a
	// cross-validation.
	Chosen []Choice `json:"chosen"`
	// Search is the evidence behind the test split's choice.
	Search  *SearchReport `json:"search,omitempty"`
	Seconds float64       `json:"seconds"`
}

// Score is one measure's result.
type Score struct {
	Name  string
	Value float64
	// Std and Folds are set after a cross-validation.
	Std   *float64
	Folds []float64
}

// Value returns the value of the named measure and whether it was measured.
func (r *Report) Value(name string) (float64, bool) {
	for _, s := range r.Scores {
		if s.Name == name {
			return s.Value, true
		}
	}
	return 0, false
}

// MarshalJSON writes the scores' keys first, then the other fields.
func (r *Report) MarshalJSON() ([]byte, error) {
	type plain Report // without this method
	rest, err := json.Marshal((*plain)(r))
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteByte('{')
	for _, s := range r.Scores {
		fields := []struct {
			key string
			v   any
			on  bool
		}{{s.Name, s.Value, true}, {s.Name + "_std", s.Std, s.Std != nil}, {"fold_" + s.Name, s.Folds, s.Folds != nil}}
		for _, f := range fields {
			if !f.on {
				continue
			}
			v, err := json.Marshal(f.v)
			if err != nil {
				return nil, err
			}
			fmt.Fprintf(&b, "%q:%s,", f.key, v)
		}
	}
	b.Write(rest[1:])
	return b.Bytes(), nil
}

// Choice is the model a method made: each group's spec and the decision
// offsets.
type Choice struct {
	Models  []ChosenModel            `json:"models"`
	Offsets map[corpus.Label]float64 `json:"offsets,omitempty"`
}

// ChosenModel is one group's model.
type ChosenModel struct {
	// Group is "" when one model serves every item.
	Group string `json:"group,omitempty"`
	Spec  string `json:"spec"`
	// CV is the spec's cross-validated score on the group's training
	// items, when a search chose it.
	CV *float64 `json:"cv_score,omitempty"`
}

// SearchReport is the cross-validation evidence behind a search's choice.
type SearchReport struct {
	Folds       int    `json:"folds"`
	Repeats     int    `json:"repeats"`
	Seed        uint64 `json:"seed"`
	Measure     string `json:"measure"`
	TuneOffsets bool   `json:"tune_offsets"`
	// Chosen is the pooled CV score of the choice on the folds that made
	// it (optimistic).
	Chosen float64 `json:"chosen_score"`
	// Nested estimates the search's score honestly: each fold's items are
	// decided by the choice made on the other folds.
	Nested     float64           `json:"nested_score"`
	Candidates []CandidateReport `json:"candidates"`
}

// CandidateReport is one candidate's CV score, pooled over groups and per
// group, without offsets; with offset tuning also its best offsets and
// the pooled score with them.
type CandidateReport struct {
	Spec         string                   `json:"spec"`
	Score        float64                  `json:"score"`
	PerGroup     map[string]float64       `json:"per_group,omitempty"`
	Offsets      map[corpus.Label]float64 `json:"offsets,omitempty"`
	OffsetsScore float64                  `json:"offsets_score,omitempty"`
}

// WriteText writes the report for people: scores ×100 as percentages.
func (r *Report) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "%s\n", r.Protocol)
	switch {
	case r.Test != "":
		fmt.Fprintf(tw, "train: %s\ntest:  %s\n", r.Train, r.Test)
	case r.Data == "":
		fmt.Fprintf(tw, "data:  %s\n", r.Train)
	default:
		fmt.Fprintf(tw, "data:  %s\n", r.Data)
	}
	fmt.Fprintf(tw, "model: %s\n", r.Model)
	if r.Search != nil {
		r.writeSearch(tw)
	}
	r.writeChosen(tw)
	if r.Confusion != nil {
		r.writeScores(tw)
	}
	fmt.Fprintf(tw, "\n%d items, %.1f s\n", r.N, r.Seconds)
	return tw.Flush()
}

// writeScores writes the scores, each group's and the confusion matrix.
func (r *Report) writeScores(tw io.Writer) {
	fmt.Fprintf(tw, "\nmeasure\t%%")
	if r.Folds > 0 {
		fmt.Fprintf(tw, "\t± std\tfolds")
	}
	fmt.Fprintln(tw)
	for _, s := range r.Scores {
		fmt.Fprintf(tw, "%s\t%.2f", s.Name, 100*s.Value)
		if s.Std != nil {
			folds := make([]string, len(s.Folds))
			for i, v := range s.Folds {
				folds[i] = fmt.Sprintf("%.1f", 100*v)
			}
			fmt.Fprintf(tw, "\t%.2f\t%s", 100**s.Std, strings.Join(folds, " "))
		}
		fmt.Fprintln(tw)
	}
	r.writeGroups(tw)
	fmt.Fprintf(tw, "\ngold \\ predicted")
	for _, l := range r.Confusion.Labels {
		fmt.Fprintf(tw, "\t%s", l)
	}
	fmt.Fprintln(tw)
	for i, l := range r.Confusion.Labels {
		fmt.Fprintf(tw, "%s", l)
		for _, n := range r.Confusion.Matrix[i] {
			fmt.Fprintf(tw, "\t%d", n)
		}
		fmt.Fprintln(tw)
	}
}

// writeSearch writes the search's CV table.
func (r *Report) writeSearch(tw io.Writer) {
	s := r.Search
	fmt.Fprintf(tw, "\n%d-fold cross-validation on the training data, %d repeat(s), seed %d; %s %%, pooled, then per group", s.Folds, s.Repeats, s.Seed, s.Measure)
	if s.TuneOffsets {
		fmt.Fprintf(tw, "; last, pooled with the candidate's best decision offsets")
	}
	groups := r.groupNames()
	fmt.Fprintf(tw, "\ncandidate\tpooled")
	for _, g := range groups {
		fmt.Fprintf(tw, "\t%s", short(g))
	}
	fmt.Fprintln(tw)
	for _, c := range s.Candidates {
		fmt.Fprintf(tw, "%s\t%.2f", c.Spec, 100*c.Score)
		for _, g := range groups {
			fmt.Fprintf(tw, "\t%.2f", 100*c.PerGroup[g])
		}
		if s.TuneOffsets {
			fmt.Fprintf(tw, "\t%.2f %s", 100*c.OffsetsScore, formatOffsets(r.Labels, c.Offsets))
		}
		fmt.Fprintln(tw)
	}
	fmt.Fprintf(tw, "chosen: CV %s %.2f on the folds that chose it; nested CV estimate of the search %.2f\n", s.Measure, 100*s.Chosen, 100*s.Nested)
}

// writeChosen writes the model of each group that a search chose, and
// the decision offsets.
func (r *Report) writeChosen(tw io.Writer) {
	if len(r.Chosen) != 1 {
		return // per fold: in the JSON report only
	}
	c := r.Chosen[0]
	if r.Search == nil {
		if c.Offsets != nil {
			fmt.Fprintf(tw, "decision offsets: %s\n", formatOffsets(r.Labels, c.Offsets))
		}
		return
	}
	fmt.Fprintln(tw)
	for _, m := range c.Models {
		cv := ""
		if m.CV != nil {
			cv = fmt.Sprintf("\tCV %.2f", 100**m.CV)
		}
		g := m.Group
		if g == "" {
			g = "all"
		}
		fmt.Fprintf(tw, "%s\t%s%s\n", g, m.Spec, cv)
	}
	if c.Offsets != nil {
		fmt.Fprintf(tw, "decision offsets: %s\n", formatOffsets(r.Labels, c.Offsets))
	}
}

// writeGroups writes each group's scores.
func (r *Report) writeGroups(tw io.Writer) {
	if len(r.Groups) == 0 {
		return
	}
	fmt.Fprintf(tw, "\ngroup")
	for _, s := range r.Scores {
		fmt.Fprintf(tw, "\t%s", s.Name)
	}
	fmt.Fprintln(tw)
	for _, g := range r.groupNames() {
		fmt.Fprintf(tw, "%s", g)
		for _, s := range r.Scores {
			fmt.Fprintf(tw, "\t%.2f", 100*r.Groups[g][s.Name])
		}
		fmt.Fprintln(tw)
	}
}

// groupNames returns the groups of the report in sorted order: those of
// the search's table when there is one.
func (r *Report) groupNames() []string {
	groups := r.Groups
	if r.Search != nil && len(r.Search.Candidates) > 0 {
		return slices.Sorted(maps.Keys(r.Search.Candidates[0].PerGroup))
	}
	return slices.Sorted(maps.Keys(groups))
}

func formatOffsets(labels []corpus.Label, o map[corpus.Label]float64) string {
	var parts []string
	for _, l := range labels {
		parts = append(parts, fmt.Sprintf("%s%+.2f", l, o[l]))
	}
	return strings.Join(parts, " ")
}

// short abbreviates a group name for a table header: the capitals of a
// name of several words.
func short(g string) string {
	f := strings.Fields(g)
	if len(f) == 1 {
		return g
	}
	var b strings.Builder
	for _, w := range f {
		if w[0] >= 'A' && w[0] <= 'Z' {
			b.WriteByte(w[0])
		}
	}
	return b.String()
}
