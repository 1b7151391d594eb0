package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestFgr14CondemnsVote: a verb of strong condemnation with the vote, its
// process or its result as object is hostile (fgr14_condemnvote.go);
// another object, or a negated verb, has no verdict. Sentences written
// for the test.
func TestFgr14CondemnsVote(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ivar Kask"}, Rivals: []string{"Olaf Berg"}}
	assert.Equal(t, verdictHostile, french.actionVerdict(ctx, "a fustigé un processus qui a bafoué la loi"))
	assert.Equal(t, verdictHostile, french.actionVerdict(ctx, "a condamné l'élection du 16 novembre"))
	assert.Equal(t, verdictHostile, german.actionVerdict(ctx, "verurteilte die Wahl als unfrei"))
	assert.Equal(t, verdictHostile, russian.actionVerdict(ctx, "осудил итоги голосования"))
	// counter-cases
	assert.Equal(t, verdictNone, french.actionVerdict(ctx, "a condamné les violences qui ont émaillé le scrutin"))
	assert.Equal(t, verdictNone, french.actionVerdict(ctx, "n'a pas condamné le scrutin"))
}
