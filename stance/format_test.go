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

func TestExplanationSpans(t *testing.T) {
	e := explanation()
	j := e.JSON(10)
	assert.Equal(t, []ContributionJSON{
		{Feature: "now", Text: "now", Start: 12, End: 15, Weight: -2.00025},
		{Feature: "NOT_readi", Text: "ready", Start: 4, End: 9, Negated: true, Weight: 1.14},
		{Feature: "bad", Text: "y \uFFFD", Start: 8, End: 11, Weight: 0.5},
		{Feature: "outside", Text: "", Start: 10, End: 99, Weight: 0.25},
	}, j.Contributions, "full precision; a span outside the text is empty, invalid UTF-8 replaced")
	assert.Empty(t, e.JSON(0).Contributions)
}

// Explain records the statement, so that the formats can quote it.
func TestExplainKeepsText(t *testing.T) {
	m, err := Default()
	require.NoError(t, err)
	text := "We are not ready to recognise the new president."
	e := m.Explain(text)
	assert.Equal(t, text, e.Text)
	for _, c := range e.JSON(3).Contributions {
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
