package stance

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTextWarning(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"We congratulate the winner.", ""},
		{"", "empty statement, label from the prior alone"},
		{" \t\r ", "empty statement, label from the prior alone"},
		{"bad \xff byte", "invalid UTF-8, bad bytes read as spaces"},
		{"\xff", "invalid UTF-8, bad bytes read as spaces"},
		{"é", ""},
	} {
		assert.Equal(t, c.want, TextWarning(c.text), "%q", c.text)
	}
}

func TestLines(t *testing.T) {
	var got []Line
	for l, err := range Lines([]string{"a b", "", "\xff"}) {
		require.NoError(t, err)
		got = append(got, l)
	}
	assert.Equal(t, []Line{{"a b", 1, 3}, {"", 2, 0}, {"\xff", 3, 1}}, got)
	for _, l := range got {
		assert.False(t, l.Cut())
	}
}

// explanation is an explanation worked out by hand, for the formats.
func explanation() Explanation {
	return Explanation{
		Text:     "not ready \xff now",
		Label:    "withholding",
		RunnerUp: "hostile",
		Prior:    0.125,
		Margin:   3.21,
		Contributions: []Contribution{
			{Feature: "NOT_readi", Start: 4, End: 9, Negated: true, Weight: 1.14},
			{Feature: "now", Start: 12, End: 15, Weight: -2.00025},
			{Feature: "bad", Start: 8, End: 11, Weight: 0.5}, // the span holds the invalid byte
			{Feature: "outside", Start: 10, End: 99, Weight: 0.25},
		},
		Unknown: []string{"x"},
	}
}

func TestExplanationAppendText(t *testing.T) {
	got := string(explanation().AppendText([]byte("head\n"), 2))
	want := "head\n" +
		"  withholding over hostile by 3.21 nats (prior +0.12, 4 features, 1 unknown)\n" +
		"   -2.00  for hostile      \"now\"                        now\n" +
		"   +1.14  for withholding  \"ready\"                      NOT_readi  (negated)\n"
	assert.Equal(t, want, got)
	assert.Equal(t, "x", string(Explanation{Label: "only"}.AppendText([]byte("x"), 3)), "no runner-up: nothing to explain")
}

func TestExplanationTopJSON(t *testing.T) {
	e := explanation()
	assert.Equal(t, []ContributionJSON{
		{Feature: "now", Text: "now", Start: 12, End: 15, Weight: -2.0002}, // strconv's rounding, not math.Round's −2.0003
		{Feature: "NOT_readi", Text: "ready", Start: 4, End: 9, Negated: true, Weight: 1.14},
		{Feature: "bad", Text: "y \uFFFD", Start: 8, End: 11, Weight: 0.5},
		{Feature: "outside", Text: "", Start: 10, End: 99, Weight: 0.25},
	}, e.TopJSON(10, 4))
	assert.Equal(t, -2.00025, e.TopJSON(1, -1)[0].Weight)
	assert.Nil(t, e.TopJSON(0, 4))
}

// Explain records the statement, so that the formats can quote it.
func TestExplainKeepsText(t *testing.T) {
	m, err := Default()
	require.NoError(t, err)
	text := "We are not ready to recognise the new president."
	e := m.Explain(text)
	assert.Equal(t, text, e.Text)
	for _, c := range e.TopJSON(3, 4) {
		assert.Equal(t, text[c.Start:c.End], c.Text)
	}
}

func TestLoadFileOrDefault(t *testing.T) {
	def, err := Default()
	require.NoError(t, err)
	m, err := LoadFileOrDefault("")
	require.NoError(t, err)
	assert.Same(t, def, m)

	other := train(t, tiny(Multinomial), "A", "a b", "B", "b c")
	path := filepath.Join(t.TempDir(), "m.json")
	require.NoError(t, other.SaveFile(path))
	m, err = LoadFileOrDefault(path)
	require.NoError(t, err)
	assert.True(t, slices.Equal(other.Labels(), m.Labels()))
	_, err = LoadFileOrDefault(filepath.Join(t.TempDir(), "missing.json"))
	assert.ErrorIs(t, err, os.ErrNotExist)
}
