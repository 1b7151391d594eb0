package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestOff27IndefiniteBefore: a description with an indefinite article
// before a name set off by commas makes a commentator when its head is a
// commentator's title (also before a contact clause: "a teacher I
// know"); an office, a side's lawyer or a definite description does not
// (off27_before.go). Sentences written for the test.
func TestOff27IndefiniteBefore(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	tests := []struct {
		name, text string
		want       bool
	}{
		{"contact clause", "In the north, a retired teacher I know, Ivo Kask, said the lines were long.", true},
		{"opens the sentence", "A fruit vendor near the bus station, Ivo Kask, said trade was slow.", true},
		{"after and", "And a taxi driver we met, Ivo Kask, said the roads were empty.", true},
		{"an office", "A spokesman for the ministry, Ivo Kask, said the count was fair.", false},
	}
	for _, tc := range tests {
		got := commentatorSpeakers(ctx, tc.text, Extract(tc.text))["Ivo Kask"]
		assert.Equal(t, tc.want, got, tc.name)
	}
	for before, want := range map[string]bool{
		"In the north, a retired teacher I know, ":                      true,
		"An economist at a Tallinn bank, ":                              true,
		"A spokesman for the ministry, ":                                false, // an office
		"A lawyer for the party, ":                                      false, // a side's
		"A campaign consultant for the opposition, ":                    false,
		"The retired teacher, ":                                         false, // definite
		"a retired teacher ":                                            false, // no comma before the name
		"A retired teacher who voted for change in the old town hall, ": false, // too long
	} {
		assert.Equal(t, want, off27IndefiniteBefore(before), before)
	}
}

// TestOff27LastHolder: "the president" right after the paragraph made a
// president the singular speaker again is that president, not the
// holder named last; with no such speaker it is still the most recent
// holder (off27_holder.go). Sentences written for the test.
func TestOff27LastHolder(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"paragraph's president",
			"President Rui Sousa refused to concede. Velorian President Ivo Kask remained silent.\n\nSousa, for his part, spent the day at his farm. His campaign said it would go to court, and the president again claimed that ballots had been forged.",
			"Rui Sousa"},
		{"last holder named",
			"President Rui Sousa refused to concede. Velorian President Ivo Kask remained silent.\n\nThe president later said that he hoped for calm.",
			"Ivo Kask"},
		{"a deputy is not the president",
			"Vice President Eva Sand left for Norland. President Rui Sousa refused to concede. Velorian President Ivo Kask remained silent.\n\nSand, for her part, spent the day in the capital. Her office said she would meet envoys, and the president said that he hoped for calm.",
			"Ivo Kask"},
		{"last speaker holds no such office",
			"President Rui Sousa refused to concede. Minister Eva Sand remained silent.\n\nSand, for her part, stayed home. Later the president said that ballots had been forged.",
			"Rui Sousa"},
	}
	for _, tc := range tests {
		rs := Extract(tc.text)
		var got string
		for _, r := range rs {
			if r.Kind == Reported {
				got = r.Speaker
			}
		}
		assert.Equal(t, tc.want, got, tc.name)
	}
}
