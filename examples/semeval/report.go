package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// Report is what the program prints; with -json, as one object.
type Report struct {
	Train string `json:"train"`
	Test  string `json:"test,omitempty"`
	// Selection is per-target, global or fixed.
	Selection string `json:"selection"`
	// FAvg is the official measure on the test file, 0–100.
	FAvg float64 `json:"f_avg"`
	// PerTarget is F_avg on each target's test tweets.
	PerTarget map[string]float64 `json:"per_target,omitempty"`
	// Confusion is gold (rows) by predicted (columns) over all test tweets.
	Confusion *ConfusionReport `json:"confusion,omitempty"`
	// Chosen is the configuration of each target's model.
	Chosen map[string]Chosen `json:"chosen"`
	// Offsets are added to the log-probabilities of FAVOR, AGAINST and NONE
	// before the largest is taken.
	Offsets [3]float64 `json:"offsets"`
	// CV is the evidence behind the choice.
	CV      *CVReport `json:"cv,omitempty"`
	Seconds float64   `json:"seconds"`

	targets []string
	seed    uint64
}

// Chosen is the configuration chosen for one target.
type Chosen struct {
	Name   string `json:"name"`
	Config Config `json:"config"`
	// CVFAvg is its CV F_avg on the target's training tweets.
	CVFAvg float64 `json:"cv_f_avg,omitempty"`
}

// ConfusionReport is a confusion matrix with its labels.
type ConfusionReport struct {
	Labels []string `json:"labels"`
	// Matrix[i][j] counts tweets with gold label Labels[i] predicted as
	// Labels[j].
	Matrix    Confusion            `json:"matrix"`
	PerTarget map[string]Confusion `json:"per_target"`
}

// CVReport holds the cross-validation evidence.
type CVReport struct {
	Folds   int    `json:"folds"`
	Repeats int    `json:"repeats"`
	Seed    uint64 `json:"seed"`
	// TuneOffsets says whether decision offsets were searched.
	TuneOffsets bool `json:"tune_offsets"`
	// ChosenFAvg is the pooled CV F_avg of the choice, on the folds that
	// made it (optimistic).
	ChosenFAvg float64 `json:"chosen_f_avg"`
	// NestedFAvg estimates the search's F_avg honestly: each fold's
	// tweets are decided by the choice made on the other folds.
	NestedFAvg float64       `json:"nested_f_avg"`
	Candidates []CVCandidate `json:"candidates"`
}

// CVCandidate is one candidate's CV F_avg, pooled over targets and per
// target, without offsets; with offset tuning also its best offsets and
// the pooled F_avg with them.
type CVCandidate struct {
	Config      string             `json:"config"`
	FAvg        float64            `json:"f_avg"`
	PerTarget   map[string]float64 `json:"per_target"`
	Offsets     *[3]float64        `json:"offsets,omitempty"`
	OffsetsFAvg float64            `json:"offsets_f_avg,omitempty"`
}

// choose fills Chosen, Offsets and CV from the candidates' evidence.
func (r *Report) choose(d *cvData, cands []Candidate, tune bool) {
	r.targets = d.targets
	r.CV = &CVReport{Folds: d.k, Repeats: len(d.fold), Seed: r.seed, TuneOffsets: tune}
	all := func(int, int) bool { return true }
	for i, c := range cands {
		cc := CVCandidate{Config: c.Config.String(), FAvg: c.FAvg, PerTarget: c.PerTarget}
		if tune {
			ch := d.choose(cands[i:i+1], false, true, all)
			cc.Offsets, cc.OffsetsFAvg = &ch.Offsets, ch.FAvg
		}
		r.CV.Candidates = append(r.CV.Candidates, cc)
	}
	perTarget := r.Selection == "per-target"
	ch := d.choose(cands, perTarget, tune, all)
	for t, c := range ch.Cand {
		r.Chosen[d.targets[t]] = Chosen{Config: cands[c].Config, Name: cands[c].Config.String(), CVFAvg: cands[c].PerTarget[d.targets[t]]}
	}
	r.Offsets = ch.Offsets
	r.CV.ChosenFAvg = ch.FAvg
	r.CV.NestedFAvg = d.nested(cands, perTarget, tune)
}

// evaluate trains each target's chosen configuration on all its training
// tweets and labels the test tweets.
func (r *Report) evaluate(byTarget map[string][]corpus.Example, test []corpus.Example, seed uint64) error {
	if r.targets == nil {
		for t := range r.Chosen {
			r.targets = append(r.targets, t)
		}
		slices.Sort(r.targets)
	}
	r.PerTarget = map[string]float64{}
	r.Confusion = &ConfusionReport{Labels: Labels, PerTarget: map[string]Confusion{}}
	models := map[string]map[string]stance.Classifier{} // configuration → target → model
	for _, t := range r.targets {
		ex := ByTarget(test, t)
		if len(ex) == 0 {
			continue
		}
		c := r.Chosen[t].Config
		ms, ok := models[c.String()]
		if !ok {
			var err error
			if ms, err = c.Train(byTarget, r.targets, seed); err != nil {
				return err
			}
			models[c.String()] = ms
		}
		var cm Confusion
		for _, e := range ex {
			cm.Add(e.Label, decide(scores(ms[t], e.Text), r.Offsets))
		}
		r.PerTarget[t] = cm.FAvg()
		r.Confusion.PerTarget[t] = cm
		r.Confusion.Matrix.Merge(cm)
	}
	r.FAvg = r.Confusion.Matrix.FAvg()
	return nil
}

// WriteText prints the report for people.
func (r *Report) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "SemEval-2016 Task 6A (stance in tweets), trained on %s only\n", r.Train)
	if r.CV != nil {
		fmt.Fprintf(tw, "\n%d-fold cross-validation on train, %d repeat(s), seed %d; F_avg ×100 pooled, then per target", r.CV.Folds, r.CV.Repeats, r.CV.Seed)
		if r.CV.TuneOffsets {
			fmt.Fprintf(tw, "; last, pooled with the candidate's best decision offsets")
		}
		fmt.Fprintf(tw, "\ncandidate\tpooled")
		for _, t := range r.targets {
			fmt.Fprintf(tw, "\t%s", short(t))
		}
		if r.CV.TuneOffsets {
			fmt.Fprintf(tw, "\toffsets")
		}
		fmt.Fprintln(tw)
		for _, c := range r.CV.Candidates {
			fmt.Fprintf(tw, "%s\t%.2f", c.Config, c.FAvg)
			for _, t := range r.targets {
				mark := " "
				if r.Chosen[t].Name == c.Config {
					mark = "*"
				}
				fmt.Fprintf(tw, "\t%.2f%s", c.PerTarget[t], mark)
			}
			if c.Offsets != nil {
				fmt.Fprintf(tw, "\t%.2f %s", c.OffsetsFAvg, fmtOffsets(*c.Offsets))
			}
			fmt.Fprintln(tw)
		}
		fmt.Fprintf(tw, "chosen (%s, marked *), offsets %s: CV F_avg %.2f on the folds that chose it; nested CV estimate of the search %.2f\n",
			r.Selection, fmtOffsets(r.Offsets), r.CV.ChosenFAvg, r.CV.NestedFAvg)
	}
	fmt.Fprintln(tw, "\ntarget\tconfiguration\tCV F_avg\ttest F_avg")
	for _, t := range r.sortedTargets() {
		c := r.Chosen[t]
		test := "-"
		if v, ok := r.PerTarget[t]; ok {
			test = fmt.Sprintf("%.2f", v)
		}
		cv := "-"
		if r.CV != nil {
			cv = fmt.Sprintf("%.2f", c.CVFAvg)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", t, c.Name, cv, test)
	}
	if r.Confusion != nil {
		fmt.Fprintf(tw, "\nTest (%s), decision offsets %s: F_avg %.2f   F1(FAVOR) %.2f   F1(AGAINST) %.2f   (%d tweets)\n", r.Test, fmtOffsets(r.Offsets), r.FAvg,
			100*r.Confusion.Matrix.F1(Favor), 100*r.Confusion.Matrix.F1(Against), r.Confusion.Matrix.Total())
		fmt.Fprintf(tw, "\ngold \\ predicted\t%s\n", strings.Join(Labels, "\t"))
		for i, l := range Labels {
			fmt.Fprintf(tw, "%s", l)
			for j := range Labels {
				fmt.Fprintf(tw, "\t%d", r.Confusion.Matrix[i][j])
			}
			fmt.Fprintln(tw)
		}
	}
	fmt.Fprintf(tw, "\n%.1f s\n", r.Seconds)
	return tw.Flush()
}

func (r *Report) sortedTargets() []string {
	if r.targets != nil {
		return r.targets
	}
	var ts []string
	for t := range r.Chosen {
		ts = append(ts, t)
	}
	slices.Sort(ts)
	return ts
}

func fmtOffsets(o [3]float64) string {
	return fmt.Sprintf("F%+.2f N%+.2f", o[0]-o[1], o[2]-o[1])
}

// short abbreviates a target for a table header.
func short(t string) string {
	f := strings.Fields(t)
	if len(f) == 1 {
		return t
	}
	var b strings.Builder
	for _, w := range f {
		if w[0] >= 'A' && w[0] <= 'Z' {
			b.WriteByte(w[0])
		}
	}
	return b.String()
}
