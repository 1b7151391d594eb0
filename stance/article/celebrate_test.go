package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/stance"
)

// TestCelebrated: "celebrated" with an object is a reaction to the
// result ("celebrated the win as proof …" recognises, the rival's victory
// is hostile); a crowd celebrating somewhere ("celebrated in the
// streets", "late into the night") gives no remark.
func TestCelebrated(t *testing.T) {
	got := Extract("Lena Dal, in the middle of her own campaign, celebrated the win as proof that voters have the final say.")
	if assert.Len(t, got, 1) {
		assert.Equal(t, "Lena Dal", got[0].Speaker)
		assert.Equal(t, Action, got[0].Kind)
	}
	for _, text := range []string{
		"Supporters of Sousa celebrated in the streets.",
		"Thousands celebrated late into the night.",
		// Another object, or a game's win, is no reaction to the vote.
		"Rival candidate Rui Sousa celebrated his birthday with his family on Sunday.",
		"The striker Tomas Berg celebrated the goal with his teammates.",
		"Fans celebrated the win over Velor late into the night after the cup final.",
	} {
		assert.Empty(t, Extract(text), text)
	}
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	assert.Equal(t, verdictRecognising, actionStance(ctx, "celebrated Lima's win as proof that voters have the final say"))
	assert.Equal(t, verdictHostile, actionStance(ctx, "celebrated Sousa's victory"))
	// "Endorsed" recognises only the result as its object.
	assert.Equal(t, verdictNone, actionStance(ctx, "endorsed the budget for next year"))
	assert.Equal(t, verdictNone, actionStance(ctx, "celebrated his birthday with his family"))
}
