package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBodySpokesperson: an unnamed spokesperson of a body ("a US State
// Department spokesperson") speaks for the whole body's name, capitalised
// title-like words included, and that name is one of the speaker's name
// forms; "US" in capitals is the country, not the pronoun. A person's
// spokesperson keeps the person, and the pronoun "us" stays a pronoun.
func TestBodySpokesperson(t *testing.T) {
	cases := []struct {
		text, speaker, forWhom string
		alias                  bool
	}{
		{"A US State Department spokesperson said the vote in Norland had not been fair.", "US State Department spokesperson", "US State Department", true},
		{"A Foreign Ministry spokeswoman said Velor would wait for the final count.", "Foreign Ministry spokeswoman", "Foreign Ministry", true},
		{"The US State Department said Washington would wait for the final count.", "US State Department", "", false},
		{"President Ivo Kask's spokesman said the vote was fair.", "President Ivo Kask's spokesman", "Ivo Kask", false},
	}
	for _, c := range cases {
		got := Extract(c.text)
		require.Len(t, got, 1, c.text)
		assert.Equal(t, c.speaker, got[0].Speaker, c.text)
		assert.Equal(t, c.forWhom, got[0].For, c.text)
		assert.Equal(t, c.alias, c.forWhom != "" && containsString(got[0].Aliases, c.forWhom), c.text)
	}
	got := Extract("Lena Dal told us the count was fair.")
	require.Len(t, got, 1)
	assert.Equal(t, "Lena Dal", got[0].Speaker, "the pronoun 'us' is no part of a name")
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
