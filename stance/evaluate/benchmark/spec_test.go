package benchmark

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/stance"
)

func TestSpecRoundTrip(t *testing.T) {
	for _, s := range append(SemEvalGrid(true), EnsembleGrid()...) {
		back, err := ParseSpec(s.String())
		require.NoError(t, err, s.String())
		assert.Equal(t, s, back, s.String())
	}
	s, err := ParseSpec("nbsvm b=0.5 w1-2 c3-6 tweet")
	require.NoError(t, err)
	assert.Equal(t, "nbsvm a=1 b=0.5 C=1 w1-2 c3-6 tweet", s.String())
	assert.Equal(t, NBSVM, s.Kind)
	assert.Equal(t, [2]int{3, 6}, [2]int{s.Options.Tokenizer.CharNGramMin, s.Options.Tokenizer.CharNGramMax})
	assert.False(t, s.Options.Tokenizer.Stem, "switches not named are off")

	for _, in := range []string{
		"cnb a=0.5 w1-3 stem neg",
		"cnb a=0.5 w1-3 stem neg sent mask",
		"cnb a=0.5 w1-3 stem neg sent mask emoji",
		"mnb a=0.5 w1-3 stem neg sent mask elision nospell nocontr lang=french",
		"mnb a=0.5 bin w1-2 stem stop neg uniform nospell nocontr lang=french",
		"bayesian w1-3 stem neg",
		"mnb a=0.25 bin w1-2 punct nospell nocontr",
	} {
		s, err := ParseSpec(in)
		require.NoError(t, err, in)
		assert.Equal(t, in, s.String())
	}
	// punct needs options version 3, and the word sets it.
	s, err = ParseSpec("nbsvm a=1 w1-2 punct")
	require.NoError(t, err)
	assert.True(t, s.Options.Tokenizer.Punctuation)
	assert.Equal(t, 3, s.Options.Tokenizer.Version)
	for _, bad := range []string{"", "svm a=1", "joint mnb a=1", "mnb a=x", "mnb w3-1", "mnb c5-9", "mnb b=0.5", "cnb prior",
		"mnb a=0", "nbsvm b=2", "mnb hw", "mnb shiny", "nbsvm uniform", "bayesian a=0.5", "bayesian bin", "mnb lang=klingon"} {
		_, err := ParseSpec(bad)
		assert.Error(t, err, bad)
	}
}

func TestParseSpecEnsemble(t *testing.T) {
	tests := []struct {
		in      string
		members int
		weights []float64
		out     string // "" means in
	}{
		{"nbsvm a=1 b=0.25 C=0.1 prior bin w1-2 c2-5 tweet stem neg + joint nbsvm a=1 b=0.5 C=0.1 prior bin w1-2 c3-6 tweet stem neg",
			2, []float64{1, 1}, ""},
		{"nbsvm a=1 b=0.25 C=0.1 prior bin w1-2 c2-5 tweet + 0.03*mnb a=0.5 bin w1-2 c3-6 tweet hw stem neg",
			2, []float64{1, 0.03}, ""},
		{"1*cnb a=0.5 bin w1-3 + 2*mnb a=1 w1-2 + nbsvm a=1 b=1 C=1 bin w1",
			3, []float64{1, 2, 1}, "cnb a=0.5 bin w1-3 + 2*mnb a=1 w1-2 + nbsvm a=1 b=1 C=1 bin w1-1"},
		{"nbsvm a=1 b=0.25 C=0.1 prior bin w1-2 c2-5 tweet stem neg 2stage", 0, nil, ""},
		{"mnb a=0.5 bin w1-2 2stage + joint nbsvm a=1 b=0.5 C=0.1 prior bin w1-2 2stage", 2, []float64{1, 1}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			s, err := ParseSpec(tc.in)
			require.NoError(t, err)
			require.Len(t, s.Members, tc.members)
			for i, m := range s.Members {
				assert.Equal(t, tc.weights[i], m.weight())
			}
			want := tc.out
			if want == "" {
				want = tc.in
			}
			assert.Equal(t, want, s.String())
			again, err := ParseSpec(s.String())
			require.NoError(t, err)
			assert.Equal(t, s, again)
			assert.NoError(t, s.Validate())
		})
	}
	for _, bad := range []string{"nbsvm a=1 + ", "nbsvm a=1 + x*mnb a=1", "nbsvm a=1 + 0*mnb a=1", "nbsvm a=1 + -1*mnb a=1",
		"nbsvm a=1 + joint mnb a=1", "mnb a=1 + svm"} {
		_, err := ParseSpec(bad)
		assert.Error(t, err, "%q", bad)
	}
}

func TestKinds(t *testing.T) {
	for in, want := range map[string]Kind{"cnb": Complement, "complement": Complement, "MNB": Multinomial,
		"multinomial": Multinomial, "nbsvm": NBSVM, "bayesian": Bayesian} {
		k, err := ParseKind(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, k)
	}
	_, err := ParseKind("svm")
	assert.ErrorContains(t, err, `unknown model kind "svm"`)

	o := stance.DefaultOptions()
	for _, k := range Kinds() {
		s := FromOptions(k, o)
		require.NoError(t, s.Validate(), k)
		back, err := ParseSpec(s.String())
		require.NoError(t, err, s.String())
		assert.Equal(t, s.String(), back.String())
		_, err = s.TrainFunc(nil, 1)
		assert.NoError(t, err, k)
	}
	assert.Equal(t, "cnb a=0.5 w1-3 stem neg sent mask", FromOptions(Complement, o).String(), "the default model")
	assert.Equal(t, "nbsvm a=0.5 b=0.25 C=1 prior w1-3 stem neg sent mask", FromOptions(NBSVM, o).String())
	assert.Equal(t, "bayesian w1-3 stem neg sent mask", FromOptions(Bayesian, o).String())
	_, err = Spec{Members: []Spec{FromOptions(NBSVM, o)}}.TrainFunc(nil, 1)
	assert.Error(t, err, "an ensemble has no single TrainFunc")
}

func TestGrids(t *testing.T) {
	assert.Len(t, SemEvalGrid(false), 21)
	assert.Len(t, SemEvalGrid(true), 25)
	var names []string
	for _, s := range EnsembleGrid() {
		names = append(names, s.String())
	}
	assert.Equal(t, []string{
		"nbsvm a=1 b=0.25 C=0.1 prior bin w1-2 c2-5 tweet stem neg + 0.01*mnb a=0.5 bin w1-2 c3-6 tweet hw stem neg",
		"nbsvm a=1 b=0.25 C=0.1 prior bin w1-2 c2-5 tweet stem neg + 0.03*mnb a=0.5 bin w1-2 c3-6 tweet hw stem neg",
		"nbsvm a=1 b=0.25 C=0.1 prior bin w1-2 c2-5 tweet stem neg + 0.1*mnb a=0.5 bin w1-2 c3-6 tweet hw stem neg",
		"nbsvm a=1 b=0.25 C=0.1 prior bin w1-2 c2-5 tweet stem neg + joint nbsvm a=1 b=0.5 C=0.1 prior bin w1-2 c3-6 tweet stem neg",
		"nbsvm a=1 b=0.25 C=0.1 prior bin w1-2 c3-6 tweet stem neg + joint nbsvm a=1 b=0.5 C=0.1 prior bin w1-2 c3-6 tweet stem neg",
		"nbsvm a=1 b=0.25 C=0.1 prior bin w1-2 c2-5 tweet stem neg + nbsvm a=1 b=0.25 C=0.1 prior bin w1-2 c3-6 tweet stem neg + joint nbsvm a=1 b=0.5 C=0.1 prior bin w1-2 c3-6 tweet stem neg",
	}, names)
	for _, s := range SemEvalGrid(true) {
		assert.False(t, slices.Contains(names, s.String()), "the SemEval grid has no ensembles")
	}
	assert.Equal(t, "mnb a=1 w1-3 tweet stem neg", SemEvalGrid(false)[0].String())
	assert.Equal(t, "nbsvm a=1 b=0.25 C=0.1 prior bin w1-2 c2-5 tweet stem neg", SemEvalGrid(false)[7].String())
}
