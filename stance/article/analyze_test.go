package article

import (
	"math"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

var labels = []corpus.Label{corpus.Recognising, corpus.Withholding, corpus.Hostile}

// fixed is a classifier that looks up each text's probabilities (in the
// order of labels); unknown texts get NoFeatures and a uniform answer.
type fixed map[string][]float64

func (f fixed) Labels() []corpus.Label { return labels }

func (f fixed) Predict(text string) stance.Prediction {
	probs, ok := f[text]
	if !ok {
		p := stance.NewPrediction(labels, []float64{1.0 / 3, 1.0 / 3, 1.0 / 3})
		p.NoFeatures = true
		return p
	}
	return stance.NewPrediction(labels, probs)
}

func TestAnalyzeSummary(t *testing.T) {
	text := `Vladimir Putin said the count was too slow. He said the count was too slow again. ` +
		`He said he would wait for the courts to rule.

Angela Merkel said she praised the winner warmly. She said the count was too slow.

Crowds waited outside the court. “Nobody knows who won this election yet.”

Hugo Mendez said something nobody understood.`
	c := fixed{
		"the count was too slow":                  {0.05, 0.45, 0.50},
		"the count was too slow again":            {0.05, 0.45, 0.50},
		"he would wait for the courts to rule":    {0.005, 0.99, 0.005},
		"she praised the winner warmly":           {0.90, 0.05, 0.05},
		"Nobody knows who won this election yet.": {0.2, 0.6, 0.2},
	}
	res := Reader{Classifier: c, Rule: SumLogProbability, AboutResult: AboutEverything}.Analyze(text)
	require.Len(t, res.Remarks, 7)
	for _, a := range res.Remarks {
		assert.Nil(t, a.Explanation, "only *stance.Model explains")
		assert.Equal(t, a.Text, text[a.Start:a.End])
	}
	byName := map[string]Summary{}
	var order []string
	for _, s := range res.Speakers {
		byName[s.Speaker] = s
		order = append(order, s.Speaker)
	}
	assert.Equal(t, []string{"Vladimir Putin", "Angela Merkel", "", "Hugo Mendez"}, order)

	// Two mildly hostile remarks and one clearly withholding one: the
	// majority says hostile, the summed log-probability withholding.
	p := byName["Vladimir Putin"]
	assert.Equal(t, 3, p.Remarks)
	assert.Equal(t, map[corpus.Label]int{corpus.Recognising: 0, corpus.Withholding: 1, corpus.Hostile: 2}, p.Counts)
	assert.InDelta(t, 2*math.Log(0.45)+math.Log(0.99), p.LogProbability[corpus.Withholding], 1e-9)
	assert.Equal(t, corpus.Withholding, p.Stance)

	// One remark each way: the more confident one decides.
	m := byName["Angela Merkel"]
	assert.Equal(t, map[corpus.Label]int{corpus.Recognising: 1, corpus.Withholding: 0, corpus.Hostile: 1}, m.Counts)
	assert.Equal(t, corpus.Recognising, m.Stance)

	assert.Equal(t, corpus.Withholding, byName[""].Stance)

	// Only remarks without known features: counts decide, and the sum is empty.
	h := byName["Hugo Mendez"]
	assert.Equal(t, 1, h.Remarks)
	assert.Equal(t, 0.0, h.LogProbability[corpus.Recognising])
	assert.Equal(t, corpus.Recognising, h.Stance)
}

func TestAnalyzeNilClassifier(t *testing.T) {
	res := Analyze("Putin said he would wait for the courts.", nil)
	require.Len(t, res.Remarks, 1)
	assert.Equal(t, corpus.Label(""), res.Remarks[0].Prediction.Label)
	require.Len(t, res.Speakers, 1)
	assert.Equal(t, 1, res.Speakers[0].Remarks)

	var m *stance.Model
	res = Analyze("Putin said he would wait for the courts.", m)
	require.Len(t, res.Remarks, 1)
}

func TestAnalyzeDefaultModel(t *testing.T) {
	m, err := stance.Default()
	require.NoError(t, err)
	b, err := os.ReadFile("testdata/congratulations.txt")
	require.NoError(t, err)
	res := Analyze(string(b), m)
	require.NotEmpty(t, res.Remarks)
	byVerb := 0
	for _, a := range res.Remarks {
		require.NotNil(t, a.Explanation)
		if a.ByVerb {
			// The verb rule, not the model, labelled this action, or
			// reported words read as one ("looked forward to working with
			// the new administration"), or a claim that recognises the
			// result weighed in, or recognition put off ("not ready to
			// recognise … until"); the explanation is the model's own
			// reading.
			byVerb++
			if a.Kind != Action {
				assert.True(t, cooperationClause(stance.Context{}, a.Text) ||
					claimStance(stance.Context{}, a.Text) == verdictRecognising || recognitionDeferred(a.Text), a.Text)
			}
		} else {
			assert.Equal(t, a.Prediction.Label, a.Explanation.Label)
		}
		var sum float64
		for _, p := range a.Prediction.Probabilities() {
			sum += p
		}
		assert.InDelta(t, 1, sum, 1e-9)
		assert.Contains(t, m.Labels(), a.Prediction.Label)
	}
	var speakers []string
	for _, s := range res.Speakers {
		speakers = append(speakers, s.Speaker)
		n := 0
		for _, c := range s.Counts {
			n += c
		}
		assert.Equal(t, s.Remarks, n)
		assert.Contains(t, m.Labels(), s.Stance)
	}
	assert.Equal(t, "world leaders,Angela Merkel,Vladimir Putin,Kremlin,Dmitry Peskov", strings.Join(speakers, ","))
	assert.Positive(t, byVerb, "\"have congratulated\" is decided by its verb")
}
