package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/stance"
)

// TestRivalSelfClaim: a rival who claims the victory or the mandate for
// themselves or their side ("his team had won"); counter-cases: a negated
// or conditional claim, a partial win, someone else's win ("his
// brother") and the winner saying the same.
func TestRivalSelfClaim(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Lena Dal", "Dal"}, Rivals: []string{"Ivo Kask", "Kask"}}
	rival := Remark{Speaker: "Ivo Kask"}
	tests := []struct {
		rm   Remark
		text string
		want bool
	}{
		{rival, "he still had a mandate to govern", true},
		{rival, "we are the real winners of this election", true},
		{rival, "his team had won on the clean votes", true}, // a possessive with the speaker's side
		{rival, "our party won this election", true},
		{Remark{Speaker: "Norland's premier", Aliases: []string{"Kask"}}, "I won", true},
		// counter-cases
		{rival, "he had not won and would hand over", false},
		{rival, "if we had won, we would have governed differently", false},
		{rival, "we won the first round but lost the runoff", false},
		{Remark{Speaker: "Lena Dal"}, "she had a clear mandate to govern", false},
		{rival, "his team had not won a single district", false},
		{rival, "his brother had won a seat in Norland", false},
		{Remark{Speaker: "Lena Dal"}, "her party had won a clear mandate", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, rivalSelfClaim(ctx, tc.rm, tc.text, ""), tc.text)
	}
}

// TestRivalSelfClaimDirect: in a rival's direct quotation "he won" is said
// of someone else.
func TestRivalSelfClaimDirect(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Lena Dal", "Dal"}, Rivals: []string{"Ivo Kask", "Kask"}}
	assert.False(t, rivalSelfClaim(ctx, Remark{Speaker: "Ivo Kask", Kind: Direct}, "Lena Dal won, and she won fairly", ""))
	assert.True(t, rivalSelfClaim(ctx, Remark{Speaker: "Ivo Kask", Kind: Direct}, "We won this election", ""))
	assert.True(t, rivalSelfClaim(ctx, Remark{Speaker: "Ivo Kask", Kind: Reported}, "he still had a mandate to govern", ""))
}

// TestRivalSelfClaimWinnerNamed: a reported "he" after the winner is named
// in the same sentence is the winner's (winnerInLead); named in an
// earlier sentence only, it is still the rival's. Sentences written for
// the test.
func TestRivalSelfClaimWinnerNamed(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Lena Dal", "Dal"}, Rivals: []string{"Ivo Kask", "Kask"}}
	tests := []struct {
		article, remark string
		want            bool
	}{
		{"Lena Dal won. Ivo Kask insisted he was the legitimate winner.", "he was the legitimate winner", true},
		// counter-cases: the winner named before the pronoun in its sentence
		{"Ivo Kask conceded and congratulated Dal, saying he was the legitimate winner.", "he was the legitimate winner", false},
		{"Ivo Kask called Lena Dal and said she had a clear mandate.", "she had a clear mandate", false},
	}
	for _, tc := range tests {
		start := strings.Index(tc.article, tc.remark)
		rm := Remark{Speaker: "Ivo Kask", Kind: Reported, Start: start}
		assert.Equal(t, tc.want, rivalSelfClaim(ctx, rm, tc.remark, tc.article), tc.article)
	}
}
