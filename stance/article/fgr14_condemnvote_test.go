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
	// counter-cases: a vote in a parliament or a party (found probing)
	assert.NotEqual(t, verdictHostile, german.actionVerdict(ctx, "verurteilte die Abstimmung im Bundestag über das Heizungsgesetz"))
	assert.NotEqual(t, verdictHostile, french.actionVerdict(ctx, "a dénoncé le résultat du vote interne de son parti"))
	assert.NotEqual(t, verdictHostile, russian.actionVerdict(ctx, "осудил голосование в Госдуме по закону о налогах"))
}
