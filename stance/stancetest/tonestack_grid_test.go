//go:build tonegrid

package stancetest_test

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/jonreiter/govader"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/evaluate"
)

// asStance returns copies of tone examples (corpus.Relabel) labelled by
// their stance again, for the stance model the stacked tone model reads.
func asStance(exs []corpus.Example) []corpus.Example {
	out := slices.Clone(exs)
	for i := range out {
		out[i].Label = corpus.Label(out[i].Meta["stance"])
	}
	return out
}

// jointLabel is the 9-class label of a tone example: its tone and stance.
func jointLabel(tone, stance corpus.Label) corpus.Label {
	return corpus.Label(string(tone) + "/" + string(stance))
}

// marginal is a naive Bayes model of the joint tone × stance labels read
// as a tone model: P(tone|x) = Σ_stance P(tone, stance|x), the
// marginalisation of the joint posterior (option (b) of issue #16).
type marginal struct{ m *stance.Model }

func (c marginal) Labels() []corpus.Label                { return toneLabels }
func (c marginal) Predict(text string) stance.Prediction { return c.PredictIn(stance.Context{}, text) }
func (c marginal) PredictIn(ctx stance.Context, text string) stance.Prediction {
	p := c.m.PredictIn(ctx, text)
	probs := make([]float64, len(toneLabels))
	for j, l := range p.Labels() {
		tone, _, _ := strings.Cut(string(l), "/")
		probs[slices.Index(toneLabels, corpus.Label(tone))] += p.Probs()[j]
	}
	return stance.NewPrediction(toneLabels, probs)
}

// jointTrainer trains o on the joint tone × stance labels of a part and
// returns it marginalised to tones.
func jointTrainer(o stance.Options) stance.TrainFunc {
	var labels []corpus.Label
	for _, t := range toneLabels {
		for _, s := range stanceLabels {
			labels = append(labels, jointLabel(t, s))
		}
	}
	o.Labels = labels
	return func(part []corpus.Example) (stance.Classifier, error) {
		j := slices.Clone(part)
		for i := range j {
			j[i].Label = jointLabel(j[i].Label, corpus.Label(j[i].Meta["stance"]))
		}
		m, err := stance.TrainExamples(j, o)
		if err != nil {
			return nil, err
		}
		return marginal{m}, nil
	}
}

// vaderExpert gives VADER's compound score and emotionality (see
// vaderDesign); it learns nothing from the part.
func vaderExpert([]corpus.Example) (func(corpus.Example) []float64, error) {
	an := govader.NewSentimentIntensityAnalyzer()
	return func(e corpus.Example) []float64 {
		s := an.PolarityScores(e.Text)
		return []float64{s.Compound, 1 - s.Neutral, 0}
	}, nil
}

// expert trains, on a training part of tone examples, a function that
// gives a statement's input u or v of a design: the centred
// log-probabilities (centredLogs) of a naive Bayes expert, or what
// vaderExpert gives.
type expert func(part []corpus.Example) (func(corpus.Example) []float64, error)

// nbExpert is naive Bayes with options o, trained on the part relabelled
// by relabel (nil: its tones).
func nbExpert(o stance.Options, relabel func([]corpus.Example) []corpus.Example) expert {
	return func(part []corpus.Example) (func(corpus.Example) []float64, error) {
		if relabel != nil {
			part = relabel(part)
		}
		m, err := stance.TrainExamples(part, o)
		if err != nil {
			return nil, err
		}
		return func(e corpus.Example) []float64 { return centredLogs(stance.PredictExample(m, e).Probs()) }, nil
	}
}

// sentenceMaxExpert is the tone options read sentence by sentence: for
// each tone t, the largest log P(t|sentence) over the statement's
// sentences, centred, so that one warm or angry sentence is not outvoted
// by the procedural ones around it ("the tone of the statement's main
// act decides", GUIDELINES.md "Tone").
func sentenceMaxExpert(part []corpus.Example) (func(corpus.Example) []float64, error) {
	m, err := stance.TrainExamples(part, stance.ToneOptions())
	if err != nil {
		return nil, err
	}
	return func(e corpus.Example) []float64 {
		best := []float64{math.Inf(-1), math.Inf(-1), math.Inf(-1)}
		for _, s := range sentences(e.Text) {
			e.Text = s
			for t, q := range stance.PredictExample(m, e).Probs() {
				best[t] = max(best[t], max(math.Log(q), minLogProb))
			}
		}
		return centredLogs(expAll(best))
	}, nil
}

// stackCV is leave-elections-out 10-fold CV (seed 1) of design d over the
// tone options and a second expert, nested: in every outer training part
// d is fitted to out-of-fold u and v from a leave-elections-out 10-fold
// CV inside the part, then applied to both experts trained on the whole
// part.
func stackCV(exs []corpus.Example, cv evaluate.CVOptions, d design, second expert) (*evaluate.Predictions, error) {
	tone := nbExpert(stance.ToneOptions(), nil)
	folds, err := evaluate.Folds(exs, cv)
	if err != nil {
		return nil, err
	}
	preds := make([]stance.Prediction, len(exs))
	errs := make(chan error, len(folds))
	busy := make(chan struct{}, runtime.GOMAXPROCS(0)) // the machine is shared
	for _, f := range folds {
		go func() {
			busy <- struct{}{}
			defer func() { <-busy }()
			c, err := fitStack(pick(exs, f.Train), d, tone, second)
			if err == nil {
				for _, i := range f.Test {
					preds[i] = c.predictExample(exs[i])
				}
			}
			errs <- err
		}()
	}
	for range folds {
		if e := <-errs; e != nil {
			err = e
		}
	}
	if err != nil {
		return nil, err
	}
	truth := make([]corpus.Label, len(exs))
	for i, e := range exs {
		truth[i] = e.Label
	}
	return evaluate.NewPredictions(toneLabels, truth, preds)
}

// fitStack fits d on part's inner out-of-fold features and returns it over
// the experts trained on all of part.
func fitStack(part []corpus.Example, d design, a, b expert) (stacked, error) {
	inner, err := evaluate.Folds(part, innerCV())
	if err != nil {
		return stacked{}, err
	}
	phi := make([][][]float64, len(part))
	y := make([]int, len(part))
	for _, f := range inner {
		tr := pick(part, f.Train)
		u, err := a(tr)
		if err != nil {
			return stacked{}, err
		}
		v, err := b(tr)
		if err != nil {
			return stacked{}, err
		}
		for _, i := range f.Test {
			ui, vi := u(part[i]), v(part[i])
			y[i] = slices.Index(toneLabels, part[i].Label)
			phi[i] = make([][]float64, len(toneLabels))
			for t := range phi[i] {
				phi[i][t] = make([]float64, d.params)
				d.phi(ui, vi, t, phi[i][t])
			}
		}
	}
	theta, err := fitDesign(d, phi, y)
	if err != nil {
		return stacked{}, err
	}
	u, err := a(part)
	if err != nil {
		return stacked{}, err
	}
	v, err := b(part)
	if err != nil {
		return stacked{}, err
	}
	return stacked{u, v, d, theta}, nil
}

// innerCV is the cross-validation inside a training part that gives the
// out-of-fold scores a combiner is fitted to: leave-elections-out, 10
// folds, seed 1, as the outer one.
func innerCV() evaluate.CVOptions {
	return evaluate.CVOptions{Folds: 10, Seed: 1, Group: corpus.Example.Election}
}

// TestToneStack measures what issue #16 left untried against
// stance.ToneOptions, in leave-elections-out 10-fold CV (seed 1) on the
// 3,060 tones of corpus.English, each with the paired bootstrap 95%
// interval of its macro-F1 difference (1,000 resamples), and fails if any
// interval lies above 0 (that variant gains beyond noise and should be
// considered for the default):
//
//   - joint: naive Bayes on the 9 tone × stance labels, marginalised
//     (option (b)); with the document-count and the uniform prior;
//   - decorrelated: the training part reweighted so that tone is
//     independent of stance (decorrelatedTrainer), 2 and 4 copies per unit;
//   - stack: the tone model stacked on a second model by a design
//     (option (a)), fitted in every outer training part on leave-elections-
//     out out-of-fold scores of that part alone (nested, stackCV): on the
//     stance model (LeaderOptions on the part's stances) by the bias
//     control, the product of experts and the multinomial LR; on
//     complement NB of the tones; on the sentence-by-sentence maximum
//     (sentenceMaxExpert); on VADER's compound and emotionality.
//
// Measured (the tone options: 0.8088):
//
//	variant            macro-F1  difference  95% CI
//	joint              0.7953    −0.0135     [−0.0236, −0.0022]
//	joint-uniform      0.8000    −0.0088     [−0.0188, +0.0018]
//	decorrelated-x2    0.7516    −0.0571     [−0.0709, −0.0431]
//	decorrelated-x4    0.7528    −0.0560     [−0.0700, −0.0417]
//	stack-bias         0.8052    −0.0035     [−0.0087, +0.0013]
//	stack-poe          0.8070    −0.0017     [−0.0069, +0.0035]
//	stack-mlr          0.8092    +0.0005     [−0.0062, +0.0077]
//	cnb-poe            0.8072    −0.0015     [−0.0074, +0.0040]
//	sentmax-poe        0.8037    −0.0050     [−0.0103, +0.0002]
//	sentmax-mlr        0.8069    −0.0019     [−0.0079, +0.0041]
//	vader              0.7999    −0.0089     [−0.0186, +0.0001]
//
// The stance model adds nothing the tone model's words do not carry
// (product of experts +0.0018 over the bias control, multinomial LR
// +0.0040, both inside the noise), and making tone independent of stance
// costs 0.057: on this corpus the stance-correlated words are evidence of
// tone too. It trains about 1,000 models (some 15 minutes on two cores);
// run it, or one variant (TestToneStack/NAME), with
//
//	go test -tags tonegrid -run TestToneStack -v -timeout 30m ./stance/stancetest
func TestToneStack(t *testing.T) {
	exs, cv := toneExamples(t)
	base, err := evaluate.CrossValidate(exs, stance.NaiveBayes(stance.ToneOptions()), cv)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%-28s macro-F1 %.4f", "stance.ToneOptions", evaluate.Compute(base).MacroF1)
	uniform := stance.ToneOptions()
	uniform.UniformPrior = true
	stanceExpert := nbExpert(stance.LeaderOptions(), asStance)
	cnb := stance.ToneOptions()
	cnb.Kind = stance.Complement
	for _, v := range []struct {
		name  string
		train stance.TrainFunc
		d     design
		b     expert
	}{
		{name: "joint", train: jointTrainer(stance.ToneOptions())},
		{name: "joint-uniform", train: jointTrainer(uniform)},
		{name: "decorrelated-x2", train: decorrelatedTrainer(stance.ToneOptions(), 2)},
		{name: "decorrelated-x4", train: decorrelatedTrainer(stance.ToneOptions(), 4)},
		{name: "stack-bias", d: biasDesign, b: stanceExpert},
		{name: "stack-poe", d: poeDesign, b: stanceExpert},
		{name: "stack-mlr", d: mlrDesign, b: stanceExpert},
		{name: "cnb-poe", d: poeDesign, b: nbExpert(cnb, nil)},
		{name: "sentmax-poe", d: poeDesign, b: sentenceMaxExpert},
		{name: "sentmax-mlr", d: mlrDesign, b: sentenceMaxExpert},
		{name: "vader", d: vaderDesign, b: vaderExpert},
	} {
		t.Run(v.name, func(t *testing.T) {
			var p *evaluate.Predictions
			var err error
			if v.train != nil {
				p, err = evaluate.CrossValidate(exs, v.train, cv)
			} else {
				p, err = stackCV(exs, cv, v.d, v.b)
			}
			if err != nil {
				t.Fatal(err)
			}
			cmp, err := evaluate.Compare(p, base, evaluate.BootstrapOptions{})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%-16s macro-F1 %.4f  diff %+.4f [%+.4f, %+.4f]  McNemar p %.3f",
				v.name, evaluate.Compute(p).MacroF1, cmp.MacroF1Diff, cmp.MacroF1DiffCI.Lo, cmp.MacroF1DiffCI.Hi, cmp.P)
			logCells(t, exs, p)
			if cmp.MacroF1DiffCI.Lo > 0 {
				t.Errorf("%s gains beyond noise (%+.4f, 95%% CI %v): consider it for the default tone model", v.name, cmp.MacroF1Diff, cmp.MacroF1DiffCI)
			}
		})
	}
}

// logCells logs p's tone accuracy in every true stance × tone cell.
func logCells(t *testing.T, exs []corpus.Example, p *evaluate.Predictions) {
	t.Helper()
	var b strings.Builder
	for _, st := range stanceLabels {
		for ti, tone := range toneLabels {
			var n, ok int
			for i, e := range exs {
				if corpus.Label(e.Meta["stance"]) == st && p.True[i] == ti {
					n++
					if p.Pred[i] == ti {
						ok++
					}
				}
			}
			fmt.Fprintf(&b, " %s/%s %d/%d", st[:3], tone[:3], ok, n)
		}
	}
	t.Log("   cells:" + b.String())
}

// TestToneErrors logs every out-of-fold error of stance.ToneOptions in
// leave-elections-out 10-fold CV (seed 1), with its true stance and tone,
// for reading by stance × tone cell (option (c) of issue #16: 578 errors
// of 3,060; the statements whose label reads against GUIDELINES.md "Tone"
// are reported to the lead, not relabelled here):
//
//	go test -tags tonegrid -run TestToneErrors -v ./stance/stancetest
func TestToneErrors(t *testing.T) {
	exs, cv := toneExamples(t)
	p, err := evaluate.CrossValidate(exs, stance.NaiveBayes(stance.ToneOptions()), cv)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range exs {
		if !p.Correct(i) {
			t.Logf("%s/%s -> %s %.2f %s: %s", e.Meta["stance"], e.Label, p.Labels[p.Pred[i]], p.Confidence(i), e.ID, e.Text)
		}
	}
}

// decorrelatedTrainer trains o on a part reweighted so that tone is
// independent of stance in it: a statement of stance s and tone t weighs
// w(s, t) = P(t) / P(t|s) (importance weighting toward the product of the
// marginals, P(s)·P(t); the tone prior P(t) is kept), realised as
// round(scale·w) copies, with α multiplied by scale so that smoothing
// keeps its weight against the counts.
func decorrelatedTrainer(o stance.Options, scale float64) stance.TrainFunc {
	o.Alpha *= scale
	return func(part []corpus.Example) (stance.Classifier, error) {
		nt := map[corpus.Label]float64{}
		ns := map[string]float64{}
		nst := map[string]float64{}
		for _, e := range part {
			nt[e.Label]++
			ns[e.Meta["stance"]]++
			nst[e.Meta["stance"]+"/"+string(e.Label)]++
		}
		var out []corpus.Example
		for _, e := range part {
			s := e.Meta["stance"]
			w := nt[e.Label] / float64(len(part)) / (nst[s+"/"+string(e.Label)] / ns[s])
			for range int(math.Round(scale * w)) {
				out = append(out, e)
			}
		}
		return stance.TrainExamples(out, o)
	}
}

// TestToneAgreementCeiling compares stance.ToneOptions with the blind
// second annotator on the 300 English statements of the second pass
// (corpus/agreement/second_pass_hard_lang.jsonl, hard cases): the second
// annotator's tones scored against the corpus's, beside the out-of-fold
// tones of leave-elections-out 10-fold CV (seed 1) on the same
// statements. Measured: second annotator macro-F1 0.8907 (accuracy
// 0.8833, κ 0.820), tone model 0.7480 (accuracy 0.7533). So the labels
// are not what holds the model below the 0.85: a careful reader
// reproduces them well above it, on the hardest statements.
//
//	go test -tags tonegrid -run TestToneAgreementCeiling -v ./stance/stancetest
func TestToneAgreementCeiling(t *testing.T) {
	exs, cv := toneExamples(t)
	p, err := evaluate.CrossValidate(exs, stance.NaiveBayes(stance.ToneOptions()), cv)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile("../../corpus/agreement/second_pass_hard_lang.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	second := map[string]corpus.Label{}
	for line := range strings.Lines(string(raw)) {
		var r struct{ ID, Tone string }
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		second[r.ID] = corpus.Label(r.Tone)
	}
	var truth []corpus.Label
	var human, model []stance.Prediction
	for i, e := range exs {
		l, ok := second[e.ID]
		if !ok {
			continue
		}
		truth = append(truth, e.Label)
		oneHot := make([]float64, len(toneLabels))
		oneHot[slices.Index(toneLabels, l)] = 1
		human = append(human, stance.NewPrediction(toneLabels, oneHot))
		model = append(model, stance.NewPrediction(toneLabels, p.Prob.RawRowView(i)))
	}
	ph, err := evaluate.NewPredictions(toneLabels, truth, human)
	if err != nil {
		t.Fatal(err)
	}
	pm, err := evaluate.NewPredictions(toneLabels, truth, model)
	if err != nil {
		t.Fatal(err)
	}
	mh, mm := evaluate.Compute(ph), evaluate.Compute(pm)
	t.Logf("%d English statements of the second pass: second annotator macro-F1 %.4f accuracy %.4f κ %.3f; tone model (out-of-fold) macro-F1 %.4f accuracy %.4f",
		len(truth), mh.MacroF1, mh.Accuracy, mh.Kappa, mm.MacroF1, mm.Accuracy)
}
