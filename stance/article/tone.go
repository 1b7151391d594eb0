package article

import "github.com/stancekit/stancekit/stance"

// Tones are the tones of an article's remarks and speakers ([ToneOf]).
type Tones struct {
	// Remarks[i] is the tone of Result.Remarks[i]: the tone model's
	// prediction for the remark's text. An action without words of the
	// speaker's ("X congratulated Y") is read from the reported clause, as
	// its stance is.
	Remarks []stance.Prediction
	// Speakers[i] is the tone of Result.Speakers[i]: the label with the
	// highest mean probability over the speaker's remarks, all of them,
	// about the result or not (tone is the wording's, whatever the
	// subject), with those mean probabilities.
	Speakers []stance.Prediction
}

// ToneOf labels the tone of every remark of res with m, a tone model such
// as stance.DefaultTone (any model works: its labels are the tones), each
// remark read in the election context ctx, and sums them up per speaker.
// It leaves res unchanged.
func ToneOf(res Result, m *stance.Model, ctx stance.Context) Tones {
	t := Tones{Remarks: make([]stance.Prediction, len(res.Remarks)), Speakers: make([]stance.Prediction, len(res.Speakers))}
	labels := m.Labels()
	sums := make(map[string][]float64, len(res.Speakers))
	counts := make(map[string]int, len(res.Speakers))
	for i, r := range res.Remarks {
		p := m.PredictIn(ctx, r.Text)
		t.Remarks[i] = p
		s := sums[r.Speaker]
		if s == nil {
			s = make([]float64, len(labels))
			sums[r.Speaker] = s
		}
		for j, x := range p.Probs() {
			s[j] += x
		}
		counts[r.Speaker]++
	}
	for i, s := range res.Speakers {
		n := counts[s.Speaker]
		if n == 0 {
			continue
		}
		mean := make([]float64, len(labels))
		for j, x := range sums[s.Speaker] {
			mean[j] = x / float64(n)
		}
		t.Speakers[i] = stance.NewPrediction(labels, mean)
	}
	return t
}
