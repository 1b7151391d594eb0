package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSoDid: "So did A, a description, and B" after an act gives each
// listed name a copy of the act; after a quotation, or with no name
// listed, nobody gets one. "Nor did A" copies a denied act only.
func TestSoDid(t *testing.T) {
	cases := []struct {
		text string
		want []string // speakers, in order
	}{
		{"Ivo Kask sent his congratulations. So did Velor's Otto Brenn, the current chair of the bloc, and Lena Dal, president of the Commission.",
			[]string{"Ivo Kask", "Otto Brenn", "Lena Dal"}},
		{"Ivo Kask congratulated Lima. So too did Otto Brenn.", []string{"Ivo Kask", "Otto Brenn"}},
		{"“We accept it,” said Ivo Kask. So did Otto Brenn.", []string{"Ivo Kask"}},
		// "Nor" after a denied act goes on with the denial: Otto Brenn did
		// not congratulate Lima either (norDid, en15_pronoun.go); after an
		// act that is not denied, "Nor" copies nothing
		{"Ivo Kask has not congratulated Lima. Nor did Otto Brenn.", []string{"Ivo Kask", "Otto Brenn"}},
		{"Ivo Kask congratulated Lima. Nor did Otto Brenn.", []string{"Ivo Kask"}},
		{"Ivo Kask congratulated Lima. So did most of the region.", []string{"Ivo Kask"}},
		// a sentence with no act between: "So did" repeats that one
		{"Ivo Kask congratulated Lima. Rui Sousa lost. So did Velor Rovers, who were beaten 3-0 on Sunday.", []string{"Ivo Kask"}},
	}
	for _, c := range cases {
		var got []string
		for _, r := range Extract(c.text) {
			got = append(got, r.Speaker)
		}
		assert.Equal(t, c.want, got, c.text)
	}
}

// TestAsideThat: a short aside set off by commas between a speech verb
// and "that" ("said, in effect, that") still opens the reported clause; a
// comma before a quotation still introduces it.
func TestAsideThat(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Ivo Kask said, however, that the vote in Norland was stolen.", "the vote in Norland was stolen"},
		{"Ivo Kask went on television and said, in effect, that for him the defeat did not exist.", "for him the defeat did not exist"},
		{"Lena Dal told reporters, in a televised address, that the count was fair.", "the count was fair"},
	}
	for _, c := range cases {
		got := Extract(c.text)
		if assert.Len(t, got, 1, c.text) {
			assert.Equal(t, c.want, got[0].Text, c.text)
		}
	}
	got := Extract("The minister said, “We accept the count,” and left.")
	if assert.Len(t, got, 1) {
		assert.Equal(t, Direct, got[0].Kind)
	}
}
