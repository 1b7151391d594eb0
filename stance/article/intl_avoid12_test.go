package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestAvoidedJudging: avoiding to judge or comment is withholding in
// Spanish and Portuguese (intl_avoid12.go). Phrases written for the test.
func TestAvoidedJudging(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ivo Kask"}, Rivals: []string{"Lena Dal"}}
	assert.Equal(t, verdictWithholding, portuguese.actionVerdict(ctx, "evitou qualificar a votação"))
	assert.Equal(t, verdictWithholding, spanish.actionVerdict(ctx, "evitó calificar el resultado"))
	assert.Equal(t, verdictWithholding, portuguese.actionVerdict(ctx, "evitou comentar o resultado"))
	// counter-cases: avoiding something else, and avoiding with a recognition
	assert.Equal(t, verdictNone, portuguese.actionVerdict(ctx, "evitou a imprensa durante a viagem"))
	assert.NotEqual(t, verdictWithholding, spanish.actionVerdict(ctx, "evitó calificar la elección y felicitó a Kask"))
}
