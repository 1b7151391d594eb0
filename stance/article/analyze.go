package article

import (
	"math"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// Analysis is a remark with its predicted stance.
type Analysis struct {
	Remark
	Prediction stance.Prediction
	// AboutResult tells whether the remark is about the election result.
	AboutResult bool
	// Explanation is set when the classifier is a *stance.Model.
	Explanation *stance.Explanation
}

// Summary is one speaker's stance over all their remarks.
type Summary struct {
	// Speaker is as in [Remark]; "" collects the remarks without a speaker.
	Speaker string
	Role    string
	// Aliases are the other mentions merged into Speaker.
	Aliases []string
	// Remarks is the number of the speaker's remarks.
	Remarks int
	// Counts is the number of remarks predicted with each label (every
	// label of the classifier is present).
	Counts map[corpus.Label]int
	// LogProbability is Σ log P(label | remark) over the remarks that have
	// at least one known feature.
	LogProbability map[corpus.Label]float64
	// Stance is the speaker's overall stance: the label with the highest
	// LogProbability; see [Analyze].
	Stance corpus.Label
}

// Result is the analysis of one article.
type Result struct {
	Remarks []Analysis
	// Speakers has one summary per speaker, in order of first remark.
	Speakers []Summary
}

// minProbability keeps log P finite: a classifier that returns 0 for a
// label costs that label log(1e-12) ≈ −27.6 nats per remark, not −∞.
const minProbability = 1e-12

// Analyze extracts the remarks of an article (see [Extract]) and labels
// each with c. When c is a *stance.Model, every remark also gets its
// Explanation.
//
// The overall stance of a speaker is the label with the highest summed
// log-probability Σ_r log P(label | r) over the speaker's remarks, i.e. the
// label under which the remarks are jointly most probable if they are
// independent. Unlike a majority vote it weighs confidence: one clear
// "we are not ready to recognise" outweighs a lukewarm remark the model
// barely put on the other side, and a tie in counts (common with two or
// three remarks) is decided by the evidence rather than by label order.
// Remarks with no known feature (Prediction.NoFeatures) carry only the
// prior and are left out of the sum; they still count in Counts. A speaker
// whose remarks all lack known features gets the label with most remarks.
// Remaining ties go to the label with more remarks, then to the label listed
// first by c.Labels().
//
// Empty input, or input with no remark, gives a Result with no remarks and
// no speakers. A nil classifier gives remarks with zero predictions and
// summaries with counts only.
func Analyze(text string, c stance.Classifier) Result {
	if m, ok := c.(*stance.Model); ok && m == nil {
		c = nil
	}
	remarks := Extract(text)
	res := Result{Remarks: make([]Analysis, len(remarks))}
	var evidence []bool // per speaker: some remark had a known feature
	var labels []corpus.Label
	if c != nil {
		labels = c.Labels()
	}
	index := make(map[string]int)
	for i, r := range remarks {
		a := Analysis{Remark: r, AboutResult: true}
		if m, ok := c.(*stance.Model); ok {
			e := m.Explain(r.Text)
			a.Explanation = &e
			a.Prediction = e.Prediction
		} else if c != nil {
			a.Prediction = c.Predict(r.Text)
		}
		res.Remarks[i] = a

		k, ok := index[r.Speaker]
		if !ok {
			k = len(res.Speakers)
			index[r.Speaker] = k
			s := Summary{Speaker: r.Speaker, Role: r.Role, Counts: make(map[corpus.Label]int, len(labels)), LogProbability: make(map[corpus.Label]float64, len(labels))}
			for _, l := range labels {
				s.Counts[l] = 0
				s.LogProbability[l] = 0
			}
			res.Speakers = append(res.Speakers, s)
			evidence = append(evidence, false)
		}
		s := &res.Speakers[k]
		s.Remarks++
		if s.Role == "" {
			s.Role = r.Role
		}
		if c == nil {
			continue
		}
		s.Counts[a.Prediction.Label]++
		if !a.Prediction.NoFeatures {
			evidence[k] = true
			for _, l := range labels {
				s.LogProbability[l] += math.Log(max(a.Prediction.ProbabilityOf(l), minProbability))
			}
		}
	}
	for i := range res.Speakers {
		res.Speakers[i].Stance = overall(res.Speakers[i], evidence[i], labels)
	}
	return res
}

// overall picks a speaker's stance as documented on Analyze.
func overall(s Summary, evidence bool, labels []corpus.Label) corpus.Label {
	var best corpus.Label
	for i, l := range labels {
		if i == 0 {
			best = l
			continue
		}
		a, b := s.LogProbability[l], s.LogProbability[best]
		switch {
		case evidence && a > b:
			best = l
		case (!evidence || a == b) && s.Counts[l] > s.Counts[best]:
			best = l
		}
	}
	return best
}
