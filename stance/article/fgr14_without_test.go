package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestFgr14Without: an act done without recognising withholds
// (fgr14_without.go); a recognition with "sans" before something else
// does not. Sentences written for the test.
func TestFgr14Without(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ivar Kask"}, Rivals: []string{"Olaf Berg"}}
	assert.Equal(t, verdictWithholding, french.actionVerdict(ctx, "a salué la mobilisation pacifique des électeurs, sans adresser de félicitations au vainqueur"))
	assert.Equal(t, verdictWithholding, french.actionVerdict(ctx, "a salué le calme du scrutin sans féliciter Ivar Kask"))
	assert.Equal(t, verdictWithholding, german.actionVerdict(ctx, "lobte den ruhigen Ablauf, ohne Ivar Kask zu gratulieren"))
	assert.Equal(t, verdictWithholding, german.actionVerdict(ctx, "lobte den ruhigen Ablauf, ohne zu gratulieren"))
	// counter-cases: "sans" before no recognition
	assert.Equal(t, verdictRecognising, french.actionVerdict(ctx, "a félicité Ivar Kask sans attendre les résultats définitifs"))
	assert.Equal(t, verdictRecognising, german.actionVerdict(ctx, "gratulierte Ivar Kask ohne jede Einschränkung"))
	assert.Equal(t, verdictRecognising, french.actionVerdict(ctx, "sans attendre, il a félicité Ivar Kask"))
	assert.Equal(t, verdictRecognising, russian.actionVerdict(ctx, "без промедления поздравил Ивара Каска"))
	assert.Equal(t, verdictRecognising, german.actionVerdict(ctx, "ohne zu zögern gratulierte er Ivar Kask"))
}

// TestFgr14FrenchImperfect: imperfect forms of French verbs of acting
// make acts (lexicon_fgr14.go). Sentences written for the test.
func TestFgr14FrenchImperfect(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr Il réclamait", "fr", "Olaf Berg a vu ses requêtes rejetées. Il réclamait l'annulation pure et simple du scrutin.",
			[]langRemark{{Action, "Olaf Berg", "réclamait l'annulation pure et simple du scrutin"}}},
		// counter-case: an imperfect with no subject the rules find
		{"fr On réclamait", "fr", "Dans les rues, on réclamait surtout du pain.", nil},
	})
}
