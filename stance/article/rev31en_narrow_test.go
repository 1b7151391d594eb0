package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRev31enNarrowing: the near-misses of rec31en's rules found by the
// review's probes (sentences invented for the test), each beside the
// wording the rule must still read.
func TestRev31enNarrowing(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"among those not yet congratulating: the negation stays in the act",
			"Reactions\n\nAmong those not yet congratulating Kask: Sarnian leader Lena Dal and Morish president Tom Berg.",
			[]want{{"Lena Dal", Action, "not yet congratulating Kask", 0}, {"Tom Berg", Action, "not yet congratulating Kask", 1}}},
		{"a call followed by criticism from persons: no greeting for them",
			"Reactions\n\nPresident Lena Dal called Kask to congratulate him on Monday. Dal's call was followed by criticism from Ostian President Pia Lund and Morish Premier Ola Berg.",
			[]want{{"Lena Dal", Action, "called Kask to congratulate him on Monday", 0}}},
		{"a call followed by similar calls from persons",
			"Reactions\n\nPresident Lena Dal called Kask to congratulate him on Monday. Dal's call was followed by similar calls from Ostian President Pia Lund and Morish Premier Ola Berg.",
			[]want{{"Lena Dal", Action, "called Kask to congratulate him on Monday", 0}, {"Pia Lund", Action, "called Kask to congratulate him on Monday", 1}, {"Ola Berg", Action, "called Kask to congratulate him on Monday", 2}}},
		{"a negated report verb gives the name no act",
			"Reactions\n\nNobody reported that Lena Dal had congratulated Kask.",
			nil},
		{"others, then a negated verb: the act keeps the negation",
			"Reactions\n\nPresident Jo Roe, Premier Eli Sand and others have not congratulated Kask.",
			[]want{{"Jo Roe", Action, "have not congratulated Kask", 0}, {"Eli Sand", Action, "have not congratulated Kask", 1}}},
		{"a hard-wrapped quotation closed by a comma keeps its attribution",
			"Reactions\n\n\"We congratulate President Kask,\"\nMorish Premier Ola Berg said on Monday.",
			[]want{{"Ola Berg", Direct, "We congratulate President Kask", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
	assert.True(t, quoteCommaClosed(`"We congratulate Kask,"`))
	assert.False(t, quoteCommaClosed("wrote: ‘A world is ending’"))
	assert.False(t, quoteClosedLine(`"We accept it,"`, "Jo Roe said."))
}
