package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestFgr14RuAsEarlyAs: "ещё" before a word of time is "as early as", so
// a refusal with it stays hostile; "ещё не" is still a delay
// (fgr14_earlyas.go). Sentences written for the test.
func TestFgr14RuAsEarlyAs(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ивар Каск"}, Rivals: []string{"Олаф Берг"}}
	assert.Equal(t, verdictHostile, russian.actionVerdict(ctx, "отказался признавать результат ещё в ночь на понедельник"))
	assert.Equal(t, verdictHostile, russian.actionVerdict(ctx, "ещё накануне отказался признавать итоги голосования"))
	// counter-case: "not yet"
	assert.Equal(t, verdictWithholding, russian.actionVerdict(ctx, "ещё не признал итоги голосования"))
}
