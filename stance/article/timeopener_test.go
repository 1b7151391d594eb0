package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTimeOpenedSubject: a subject set off by a comma aside ("Otto
// Brenn, speaking for the president, said") is found after a sentence's
// opening time adverbial ("On Wednesday", "Late on Monday") as at the
// sentence start; words before it that are no time adverbial still block
// it.
func TestTimeOpenedSubject(t *testing.T) {
	cases := []struct {
		text, speaker string
	}{
		{"On Wednesday his aide Otto Brenn, speaking for the president, said Velor would wait for the final count.", "Otto Brenn"},
		{"Late on Monday Norland's envoy Lena Dal, in a brief statement, said the count was fair.", "Lena Dal"},
		{"The talks ended with Velor's aide Otto Brenn, angry at the delay, said to be leaving.", ""},
	}
	for _, c := range cases {
		got := Extract(c.text)
		if c.speaker == "" {
			assert.Empty(t, got, c.text)
			continue
		}
		if assert.Len(t, got, 1, c.text) {
			assert.Equal(t, c.speaker, got[0].Speaker, c.text)
		}
	}
}
