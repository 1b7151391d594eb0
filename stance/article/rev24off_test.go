package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/stance"
)

// TestRev24offBareCommissioner: a speaker whose post is only
// "Commissioner" is an officer of the count when the article names a body
// of the vote; in an article that names none (an EU or a human-rights
// commissioner's) they are not. A post with a word of the vote needs no
// body. Articles written for the test.
func TestRev24offBareCommissioner(t *testing.T) {
	tests := []struct {
		text, role string
		want       bool
	}{
		{"The electoral commission published the count. Commissioner Eva Lund said 300 districts had reported.", "Commissioner", true},
		{"Protesters gathered outside the Commission on Elections. Commissioner Eva Lund said the transmission was fast.", "Commissioner", true},
		{"Lima won with 54 percent. Commissioner Eva Lund said Brussels would wait for the count from all districts.", "Commissioner", false},
		{"Lima won with 54 percent. Commissioner Eva Lund said the European Commission would wait for the full count.", "Commissioner", false},
		{"Lima won with 54 percent. Election Commissioner Eva Lund said 300 districts had reported.", "Election Commissioner", true},
	}
	for _, tc := range tests {
		officers := map[string]bool{}
		off24OfficerSpeakers(tc.text, []Remark{{Speaker: "Eva Lund", Role: tc.role}}, officers)
		assert.Equal(t, tc.want, officers["Eva Lund"], tc.text)
	}
}

// TestRev24offTampered: an officer who reports that the count's papers or
// boxes were tampered with speaks of the result, "result sheets" or not;
// papers that only arrived late stay procedural. Sentences written for
// the test.
func TestRev24offTampered(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	tests := []struct {
		run  string
		want bool
	}{
		{"the result sheets from 60 polling stations had been altered after they left the stations", false},
		{"tally sheets in 30 districts were doctored overnight", false},
		{"ballot boxes were stuffed at 40 polling stations in the north", false},
		{"turnout figures from 12 districts had been inflated", false},
		{"the result sheets from 60 polling stations arrived late in the capital", true},
		{"ballot boxes from 40 polling stations reached the tally centre by noon", true},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, procedural(ctx, tc.run), tc.run)
	}
}

// TestRev24offVotersChoseTakenBack: "voters have decided" with a verb of
// saying right after it is others' claim, and with a condemnation later
// in the remark it is turned against the count; "and" before a saying
// verb, or no condemnation, keeps it the speaker's verdict. Sentences
// written for the test.
func TestRev24offVotersChoseTakenBack(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Voters have decided, they tell us. But nobody has seen a tally sheet", false},
		{"Voters decided, we are told, yet the sheets are hidden", false},
		{"Citizens decided, and now the commission wants to undo it by fraud", false},
		{"People have decided, and the result was stolen from them", false},
		{"People have decided, and they decided for change, not for the ruling party", false},
		{"Voters have decided, and they decided against this government", false},
		{"Citizens chose, and they voted against the old guard", false},
		{"Voters have decided, and we will not stand against their verdict", true},
		{"Voters have decided, and we said we would accept it", true},
		{"Voters have decided, and nobody can change that now", true},
		{"Citizens chose clearly, and we respect them", true},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, off24VerdictOfVoters(actionWords(tc.text)), tc.text)
	}
}
