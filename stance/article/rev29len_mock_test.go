package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestRev29lenMockNarrowed: a mocking word after a recognition act is the
// act's manner only in the act's own clause, aimed at the result, and not
// a comment on the facts; the act is then recognition as before.
func TestRev29lenMockNarrowed(t *testing.T) {
	checkActionStance(t, []verdictCase{
		// still the act's manner (lab29en)
		{"welcomed the result with a sneer", verdictHostile},
		{"hailed the outcome with open mockery, calling it predictable", verdictHostile},
		{"welcomed the result, sardonically, as democracy in its palace edition", verdictHostile},
		{"welcomed the result with a sneer at the count", verdictHostile},
		// another clause's manner, a comment, another target
		{"congratulated Lima, ironically in the hall where she had lost", verdictRecognising},
		{"congratulated Lima, long treated with scorn by the old elite", verdictRecognising},
		{"welcomed the result with a sneer at the opposition's fraud claims", verdictRecognising},
		{"congratulated Lima, whose critics had sneered sarcastically", verdictRecognising},
		{"welcomed the outcome, mockingly dubbed a landslide by bloggers, as fair", verdictRecognising},
		{"welcomed Lima's victory and, with heavy irony, thanked the opposition", verdictRecognising},
		{"congratulated Lima as protesters jeered mockingly outside", verdictRecognising},
	})
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}}
	assert.False(t, rev29lenMockAimedElsewhere(ctx, actionWords("with scorn for Lima and her party"), 1))
	assert.True(t, rev29lenMockAimedElsewhere(ctx, actionWords("with scorn for the observers"), 1))
}

// TestRev29lenToneTrailerThan: "still" or "yet" after a comparison of
// tone may be followed by "than", as the bare comparison may.
func TestRev29lenToneTrailerThan(t *testing.T) {
	checkPattern(t, "Reactions\n\nTarn congratulated Ana Berg. Ivo Kask was blunter still than Tarn, calling for strikes.",
		[]want{{"Tarn", Action, "congratulated Ana Berg", 0}, {"Ivo Kask", Action, "was blunter still than Tarn, calling for strikes", 1}})
}

// TestRev29lenMockOwnClause: "and" joining objects keeps the manner the
// act's, and scorn aimed at the body that counted still scorns the result.
func TestRev29lenMockOwnClause(t *testing.T) {
	checkActionStance(t, []verdictCase{
		{"congratulated Lima and her party with a smirk", verdictHostile},
		{"welcomed the result with scorn toward the council", verdictHostile},
		{"welcomed the result and thanked the observers with a smile", verdictRecognising},
	})
}
