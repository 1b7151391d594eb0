package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/stance"
)

// TestFgr16HeldOff: a recognition held off by a verb of hesitating
// withholds (heldOff, fgr16_holdoff.go); negated, the verb says the act
// came at once. Sentences written for the test.
func TestFgr16HeldOff(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ивар Каск"}}
	assert.Equal(t, verdictWithholding, russian.actionVerdict(ctx, "назвал выборы честными, но с поздравлениями повременил"))
	assert.Equal(t, verdictWithholding, french.actionVerdict(ctx, "hésite encore à reconnaître les résultats"))
	assert.Equal(t, verdictWithholding, german.actionVerdict(ctx, "zögert mit Glückwünschen an den Wahlsieger"))
	// counter-cases: negated hesitation is prompt; no hesitation recognises
	assert.Equal(t, verdictRecognising, french.actionVerdict(ctx, "n'a pas hésité à féliciter le vainqueur"))
	assert.Equal(t, verdictRecognising, german.actionVerdict(ctx, "ohne zu zögern gratulierte er Ivar Kask"))
	assert.Equal(t, verdictRecognising, russian.actionVerdict(ctx, "поздравил победителя"))
}
