package main

import (
	"strings"
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The fixtures are invented; none is taken from the SemEval data.

func TestReadTSV(t *testing.T) {
	in := "\uFEFFID\tTarget\tTweet\tStance\r\n" +
		"1\tCats\tI \"love\" cats #CatsRule #SemST\tFAVOR\r\n" +
		"\n" +
		"2\tCats\tcats are overrated Í¢‘„‘îreally\tAGAINST\n" +
		"3\tDogs\t  dogs, meh  \tNONE" // no final newline
	ex, err := ReadTSV(strings.NewReader(in), "x.tsv")
	require.NoError(t, err)
	require.Len(t, ex, 3)
	assert.Equal(t, "1", ex[0].ID)
	assert.Equal(t, `I "love" cats #CatsRule #SemST`, ex[0].Text, "quotes are text, not CSV quoting")
	assert.Equal(t, corpus.Label("FAVOR"), ex[0].Label)
	assert.Equal(t, "Cats", ex[0].Meta["target"])
	assert.Equal(t, "cats are overrated  — really", ex[1].Text, "the mojibake dash is repaired")
	assert.Equal(t, "  dogs, meh  ", ex[2].Text)
	assert.Equal(t, []string{"Cats", "Dogs"}, Targets(ex))
	assert.Len(t, ByTarget(ex, "Cats"), 2)
}

func TestReadTSVColumnsInAnyOrder(t *testing.T) {
	in := "Stance\tTweet\tExtra\tID\tTarget\nNONE\thello\tx\t7\tT\n"
	ex, err := ReadTSV(strings.NewReader(in), "x.tsv")
	require.NoError(t, err)
	require.Len(t, ex, 1)
	assert.Equal(t, "7", ex[0].ID)
	assert.Equal(t, "hello", ex[0].Text)
	assert.Equal(t, corpus.Label("NONE"), ex[0].Label)
	assert.Equal(t, map[string]string{"target": "T", "Extra": "x"}, ex[0].Meta)
}

func TestReadTSVErrors(t *testing.T) {
	h := "ID\tTarget\tTweet\tStance\n"
	tests := []struct{ name, in, msg string }{
		{"empty", "", "x.tsv: empty file"},
		{"header only", h, "no tweets"},
		{"missing column", "ID\tTarget\tText\tStance\n1\tT\thi\tNONE\n", "x.tsv:1: header"},
		{"field count", h + "1\tT\thi\tNONE\n2\tT\tsplit\ttweet\tNONE\n", "x.tsv:3: 5 tab-separated fields, want 4"},
		{"label", h + "1\tT\thi\tneutral\n", `x.tsv:2: Stance: "neutral"`},
		{"utf8", h + "1\tT\tbad \xff byte\tNONE\n", "x.tsv:2: invalid UTF-8 at byte 8"},
		{"duplicate id", h + "1\tT\thi\tNONE\n1\tT\tho\tNONE\n", `x.tsv:3: ID: "1" already on line 2`},
		{"empty tweet", h + "1\tT\t  \tNONE\n", "x.tsv:2: Tweet: empty"},
		{"empty target", h + "1\t\thi\tNONE\n", "x.tsv:2: Target: empty"},
		{"empty id", h + " \tT\thi\tNONE\n", "x.tsv:2: ID: empty"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadTSV(strings.NewReader(tc.in), "x.tsv")
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.msg)
		})
	}
	_, err := ReadTSVFile("testdata/does-not-exist.tsv")
	assert.Error(t, err)
}

func TestFAvg(t *testing.T) {
	var c Confusion
	// gold FAVOR: 3 right, 1 as AGAINST; gold AGAINST: 4 right, 1 as NONE;
	// gold NONE: 1 as FAVOR, 1 right.
	for range 3 {
		c.Add(Favor, Favor)
	}
	c.Add(Favor, Against)
	for range 4 {
		c.Add(Against, Against)
	}
	c.Add(Against, None)
	c.Add(None, Favor)
	c.Add(None, None)
	// F1(FAVOR): P = 3/4, R = 3/4 → 0.75. F1(AGAINST): P = 4/5, R = 4/5 → 0.8.
	assert.InDelta(t, 0.75, c.F1(Favor), 1e-12)
	assert.InDelta(t, 0.8, c.F1(Against), 1e-12)
	assert.InDelta(t, 77.5, c.FAvg(), 1e-12)
	assert.Equal(t, 11, c.Total())

	var none Confusion
	none.Add(None, None)
	assert.Zero(t, none.FAvg(), "no FAVOR or AGAINST anywhere: 0, not NaN")

	var sum Confusion
	sum.Merge(c)
	sum.Merge(c)
	assert.InDelta(t, 77.5, sum.FAvg(), 1e-12, "pooling equal matrices keeps F")
}

func TestDecide(t *testing.T) {
	s := [3]float64{-1, -0.5, -2}
	assert.Equal(t, Against, decide(s, [3]float64{}))
	assert.Equal(t, Favor, decide(s, [3]float64{0.75, 0, 0}))
	assert.Equal(t, None, decide(s, [3]float64{0, 0, 1.75}))
	assert.Equal(t, Favor, decide([3]float64{0, 0, 0}, [3]float64{}), "ties go to the first label")
}

func TestOffsetGrid(t *testing.T) {
	assert.Equal(t, [][3]float64{{}}, offsetGrid(false))
	g := offsetGrid(true)
	assert.Len(t, g, 7*9)
	assert.Equal(t, [3]float64{}, g[0], "no offset first, so that ties keep it")
	for i := 1; i < len(g); i++ {
		assert.LessOrEqual(t, dist(g[i-1]), dist(g[i]))
		assert.Zero(t, g[i][1], "AGAINST stays at 0")
	}
}

func TestConfigRoundTrip(t *testing.T) {
	for _, c := range DefaultGrid(true) {
		back, err := ParseConfig(c.String())
		require.NoError(t, err, c.String())
		assert.Equal(t, c, back, c.String())
	}
	c, err := ParseConfig("nbsvm b=0.5 w1-2 c3-6 tweet")
	require.NoError(t, err)
	assert.Equal(t, Config{Model: NBSVM, Alpha: 1, Beta: 0.5, C: 1, Words: [2]int{1, 2}, Chars: [2]int{3, 6}, Tweet: true}, c)
	for _, bad := range []string{"", "svm a=1", "joint mnb a=1", "mnb a=x", "mnb w3-1", "mnb c5-9", "mnb b=0.5", "cnb prior", "mnb a=0", "nbsvm b=2", "mnb hw", "mnb shiny"} {
		_, err := ParseConfig(bad)
		assert.Error(t, err, bad)
	}
}
