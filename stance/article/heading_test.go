package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHeadingBreak: the break between before and after (joined by sep)
// ends a sentence when before's line opens or closes with "+++".
func TestHeadingBreak(t *testing.T) {
	cases := []struct {
		before, sep, after string
		want               bool
	}{
		{"+++ 12.20 Uhr: Dal gratuliert +++", "\n", "Premier Lena Dal", true},
		{"+++ 12.20 Uhr: Dal gratuliert", "\n", "Premier Lena Dal", true},
		{"Dal gratuliert +++", " \n ", "Premier Lena Dal", true},
		{"first line\n+++ 12.20 Uhr: Dal gratuliert +++", "\n", "Premier Lena Dal", true},
		// A hard-wrapped line is no heading.
		{"Premier Lena Dal said the vote", "\n", "was fair", false},
		{"the count +++ went on", "\n", "Premier Lena Dal", false},
		// No line break.
		{"+++ Dal gratuliert +++", " ", "Premier Lena Dal", false},
	}
	for _, c := range cases {
		text := c.before + c.sep + c.after
		assert.Equal(t, c.want, headingBreak(text, len(c.before), len(c.before)+len(c.sep)), "%q", text)
	}
}

// TestExtractTickerHeadings: the heading of a live ticker's entry, on its
// own line between "+++", is a sentence of its own, so the entry's subject
// opens the next one. Sentences written for the test.
func TestExtractTickerHeadings(t *testing.T) {
	runLangCases(t, []langCase{
		{"de ticker entry", "de", "+++ 12.20 Uhr: Dal gratuliert +++\nAußenministerin Lena Dal (Grüne) gratulierte Kask zu seinem Sieg.\n\n+++ 14.10 Uhr: Kein Glückwunsch aus Velor +++\nRegierungssprecher Omar Rask sagte, ein Glückwunsch sei vor dem Endergebnis nicht vorgesehen.",
			// the heading's "Dal gratuliert" is an act too (since the
			// sixteenth session a verb of congratulating alone is one)
			[]langRemark{{Action, "Lena Dal", "gratuliert"}, {Action, "Lena Dal", "gratulierte Kask zu seinem Sieg"}, {Reported, "Omar Rask", "ein Glückwunsch sei vor dem Endergebnis nicht vorgesehen"}}},
	})
	rs := Extract("+++ 12:20: Dal congratulates Kask +++\nForeign Minister Lena Dal congratulated Kask on his victory.")
	var speakers []string
	for _, r := range rs {
		speakers = append(speakers, r.Speaker)
	}
	assert.Contains(t, speakers, "Lena Dal")
}
