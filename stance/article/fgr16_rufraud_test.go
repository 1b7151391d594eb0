package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFgr16RussianFraudCondemns: carousel voting, vote buying and a
// victory bought condemn the vote (ruFraudCondemns, lexicon_fgr16.go); a
// hedge or a denial takes it back. Sentences written for the test.
func TestFgr16RussianFraudCondemns(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"на юге работали «карусели» и скупка голосов", true},
		{"итог назвали купленной победой администрации", true},
		// counter-cases: hedged or denied
		{"если на участках были карусели, это покажет суд", false},
		{"утверждения о скупке голосов — ложь", false},
	} {
		assert.Equal(t, tc.want, condemnsIn("ru", tc.text), tc.text)
	}
}
