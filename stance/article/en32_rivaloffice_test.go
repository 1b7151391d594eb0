package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestEn32RivalOffice: an unnamed "opposition leader" or "defeated
// candidate" is the one rival speaking in the article; with no rival
// speaking, or two, the office stays a speaker of its own
// (en32_rivaloffice.go). Articles written for the test.
func TestEn32RivalOffice(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ivo Kask", "Kask"}, Rivals: []string{"Lena Dal", "Dal", "Pia Lund", "Lund"}}
	cases := []struct {
		name, text string
		want       []string
	}{
		{"surname before", "Dal refused to concede. The opposition leader said the result was fraudulent.", []string{"Dal"}},
		{"next paragraph", "Lena Dal, who finished second, refused to concede.\n\nThe defeated candidate told supporters the vote had been stolen.", []string{"Lena Dal"}},
		// near-misses: no rival speaks, two rivals speak, another office
		{"no rival", "Kask won easily. The opposition leader said the result was fraudulent.", []string{"opposition leader"}},
		{"two rivals", "Dal refused to concede. Lund said the count was rigged. The opposition leader said the result was fraudulent.", []string{"Dal", "Lund", "opposition leader"}},
		{"other office", "Dal refused to concede. The foreign minister said the result was fraudulent.", []string{"Dal", "foreign minister"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { assertSpeakers(t, ctx, c.text, c.want) })
	}
}

// assertSpeakers checks the speakers the reader finds in text, in order.
func assertSpeakers(t *testing.T, ctx stance.Context, text string, want []string) {
	t.Helper()
	var got []string
	for _, s := range (Reader{Context: ctx}).Analyze(text).Speakers {
		got = append(got, s.Speaker)
	}
	assert.Equal(t, want, got)
}
