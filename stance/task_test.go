package stance

import (
	"bytes"
	"os"
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/corpus/sentiment"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A model's task goes through the JSON file and the compact encoding.
func TestTaskRoundTrip(t *testing.T) {
	for _, task := range []string{"", TaskTone, TaskPolarity, "my-own_task2"} {
		o := tiny(Multinomial)
		o.Task = task
		m := train(t, o, "A", "a a b", "B", "b c")
		want := task
		if task == "" {
			want = TaskStance
		}
		assert.Equal(t, want, m.Task())
		b := saved(t, m)
		assert.Equal(t, task != "", bytes.Contains(b, []byte(`"task":`)), "a stance model's file leaves the field out")
		back, err := Load(bytes.NewReader(b))
		require.NoError(t, err)
		assert.Equal(t, want, back.Task(), "JSON file")
		assert.Equal(t, task, back.Options().Task)
		c, err := m.encodeCompact()
		require.NoError(t, err)
		back, err = decodeCompact(c)
		require.NoError(t, err)
		assert.Equal(t, want, back.Task(), "compact encoding")
	}
}

// Files written before tasks existed are stance models: version 1 (no
// calibration) and a version-2 file without the field.
func TestOldFilesLoadAsStance(t *testing.T) {
	data, err := os.ReadFile("testdata/model-v1.json")
	require.NoError(t, err)
	m, err := Load(bytes.NewReader(data))
	require.NoError(t, err)
	assert.Equal(t, TaskStance, m.Task())
	v2 := `{"format":"stancekit-model","version":2,
"options":{"tokenizer":{"version":1,"language":"english","stem":false,"normalize_spelling":false,"contractions":false,"negation":false,"stop_words":false,"ngram_min":1,"ngram_max":1},"kind":"multinomial","alpha":1,"uniform_prior":false,"binary":false,"labels":["A","B"]},
"labels":["A","B"],
"documents":[1,1],
"calibration":{"temperature":2},
"features":[
["a",2,0],
["b",1,1],
["c",0,1]
]}
`
	m, err = Load(bytes.NewReader([]byte(v2)))
	require.NoError(t, err)
	assert.Equal(t, TaskStance, m.Task())
	assert.Equal(t, "", m.Options().Task)
}

func TestTaskValidateAndMerge(t *testing.T) {
	for _, bad := range []string{"a,b", "tone=x", "with space", "x/y"} {
		o := tiny(Multinomial)
		o.Task = bad
		assert.ErrorIs(t, o.Validate(), ErrOptions, bad)
	}
	o := tiny(Multinomial)
	a := train(t, o, "A", "a", "B", "b")
	o.Task = TaskTone
	b := train(t, o, "A", "a", "B", "b")
	_, err := Merge(a, b)
	assert.ErrorIs(t, err, ErrOptions, "a tone model does not merge into a stance model")
}

// The embedded tone model must be exactly what ToneOptions train on the
// corpus's tones, calibrated, and know its task.
func TestDefaultToneIsCurrent(t *testing.T) {
	want, err := EncodeDefaultTone()
	require.NoError(t, err)
	if !bytes.Equal(want, toneBin) {
		t.Fatal("stance/tone.bin is stale (the corpus's tones or ToneOptions changed): run go generate ./stance")
	}
	m, err := DefaultTone()
	require.NoError(t, err)
	assert.Equal(t, TaskTone, m.Task())
	assert.Equal(t, corpus.ToneLabels(), m.Labels())
	_, ok := m.Calibration()
	assert.True(t, ok, "the default tone model is calibrated")
	d, err := DefaultFor("")
	require.NoError(t, err)
	assert.Equal(t, TaskStance, d.Task())
	_, err = DefaultFor("emotion")
	assert.ErrorContains(t, err, `no default model for task "emotion"`)
}

// The three statements whose tone differs from what their stance
// suggests: the tone model reads the wording, not the stance.
func TestDefaultToneReadsTone(t *testing.T) {
	m, err := DefaultTone()
	require.NoError(t, err)
	for _, c := range []struct {
		text string
		want corpus.Label
	}{
		{"This hurts, and it will keep hurting. But I accept the verdict.", corpus.Negative},
		{"We warmly congratulate the people on a peaceful vote and will comment once the results are final.", corpus.Positive},
		{"The commission will publish the certified results on Monday.", corpus.Neutral},
	} {
		assert.Equal(t, c.want, m.Predict(c.text).Label, c.text)
	}
}

// The embedded polarity model must be exactly what PolarityOptions train
// on the UCI sentences and the posts, calibrated with its VADER term, with
// its neutral band.
func TestDefaultPolarityIsCurrent(t *testing.T) {
	exs, err := sentiment.Polarity()
	require.NoError(t, err)
	want, err := EncodeDefaultPolarity(exs, sentiment.LexiconExamples(sentiment.VADER(), PolarityLexiconWeight))
	require.NoError(t, err)
	if !bytes.Equal(want, polarityBin) {
		t.Fatal("stance/polarity.bin is stale (PolarityOptions or the data changed): run go generate ./stance")
	}
	m, err := DefaultFor(TaskPolarity)
	require.NoError(t, err)
	assert.Equal(t, TaskPolarity, m.Task())
	assert.Equal(t, corpus.PolarityLabels(), m.Labels())
	assert.Equal(t, PolarityBand(), m.Abstention())
	for _, c := range []struct {
		text      string
		want      corpus.Label
		abstained bool
	}{
		{"I love this phone, it works great.", corpus.Positive, false},
		{"Terrible food and rude staff. Never again.", corpus.Negative, false},
	} {
		p := m.Predict(c.text)
		assert.Equal(t, c.want, p.Label, c.text)
		assert.Equal(t, c.abstained, p.Abstained, c.text)
	}
}

// The lexicon prior adds k(w) = round(λ·|v|) to the counts of each
// lexicon word's feature in its sign's label, and a word the data never
// saw takes its lexicon sign. Worked by hand, complement NB, α = 1, λ = 1:
// data positive "great phone", negative "bad phone"; lexicon superb +3.0
// (3 positive statements), bad −2.5 (round(2.5) = 3 negative).
//
//	counts (positive, negative): bad (0, 4), great (1, 0), phone (1, 1), superb (3, 0); |V| = 4
//	N(positive) = 5, N(negative) = 5
//	θ̃(positive, superb) = (N(negative, superb) + 1) / (N(negative) + 4) = 1/9
//	θ̃(negative, superb) = (N(positive, superb) + 1) / (N(positive) + 4) = 4/9
//	P(positive | "superb") = (1/(1/9)) / (1/(1/9) + 1/(4/9)) = 9 / (9 + 9/4) = 0.8
func TestLexiconPriorCounts(t *testing.T) {
	o := tiny(Complement)
	o.Labels = corpus.PolarityLabels()
	data := []corpus.Example{{Text: "great phone", Label: corpus.Positive}, {Text: "bad phone", Label: corpus.Negative}}
	prior := sentiment.LexiconExamples(map[string]float64{"superb": 3.0, "bad": -2.5}, 1)
	m, err := TrainExamples(append(data, prior...), o)
	require.NoError(t, err)
	b := saved(t, m)
	for _, row := range []string{`["bad",0,4]`, `["great",1,0]`, `["phone",1,1]`, `["superb",3,0]`} {
		assert.Contains(t, string(b), row)
	}
	p := m.Predict("superb")
	assert.Equal(t, corpus.Positive, p.Label)
	assert.InDelta(t, 0.8, p.Probability, 1e-12)

	// TrainCalibrated trains the full model on the data and the prior
	// alike, so its counts are the same.
	cal, err := TrainCalibrated(data, o, CalibrateOptions{Folds: 2, Always: prior})
	require.NoError(t, err)
	assert.Equal(t, m.counts, cal.counts)
}
