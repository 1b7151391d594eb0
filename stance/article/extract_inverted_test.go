package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDescribedAfterVerb: an inverted attribution whose subject is a
// description gives the quotation to the name the description introduces
// (after a comma, or in a relative clause of naming); a description
// without a name stays no speaker.
func TestDescribedAfterVerb(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a description, then the name",
			"“Every ballot has been audited,” said a court technician, Jo Varga, in a briefing.",
			[]want{{"Jo Varga", Direct, "Every ballot has been audited", 0}}},
		{"a description with a place, then a relative clause of naming",
			"“We will not accept a thief,” said one demonstrator in Tarn, who gave only his first name, Marek.",
			[]want{{"Marek", Direct, "We will not accept a thief", 0}}},
		{"a name given as",
			"“We will not accept a thief,” said a demonstrator, who gave her name as Lena.",
			[]want{{"Lena", Direct, "We will not accept a thief", 0}}},
		{"a description alone is no speaker",
			"“We will not accept a thief,” said one demonstrator.",
			[]want{{"", Direct, "We will not accept a thief", 0}}},
		{"a relative clause that names nobody",
			"“We will not accept a thief,” said one demonstrator, who asked not to be named.",
			[]want{{"", Direct, "We will not accept a thief", 0}}},
		{"a one-word name after a description needs a title or a naming clause",
			"“We will not accept a thief,” said one demonstrator, Marek.",
			[]want{{"", Direct, "We will not accept a thief", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestMemberCount: "<Name> of 14 countries" before a speech verb is the
// named group speaking, its members counted; a group without a name
// keeps the reading it had.
func TestMemberCount(t *testing.T) {
	checkPattern(t, "The Tarn Group of 14 countries in the Americas said in a joint statement that it did not recognise the vote.",
		[]want{{"Tarn Group", Reported, "it did not recognise the vote", 0}})
	got := Extract("A coalition of 14 parties said in a statement that it did not recognise the vote.")
	for _, r := range got {
		assert.NotContains(t, r.Speaker, "14", "no number in the speaker")
	}
}
