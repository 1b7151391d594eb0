package article

import (
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestRev22abConductVerdict checks the review's narrowing of the verdicts
// on the vote's conduct (about22_conduct.go) with project-written
// sentences: paraphrases that must still fire and misfires that must not.
func TestRev22abConductVerdict(t *testing.T) {
	cases := []struct {
		run  string
		want actionVerdict
	}{
		// paraphrases that fire
		{"there had been no level playing field during the election", verdictWithholding},
		{"Candidates did not compete on a level playing field", verdictWithholding},
		{"The playing field was anything but level", verdictWithholding},
		{"the playing field was never level", verdictWithholding},
		{"the election campaign had unfolded in a climate of fear, while the count itself was orderly", verdictWithholding},
		{"voters had been able to vote freely, but that the playing field had been uneven", verdictWithholding},
		{"The electorate was able to make its choice freely", verdictRecognising},
		{"the people had been able to elect their leaders freely", verdictRecognising},
		{"the 2024 election took place in a climate of intimidation", verdictWithholding},
		{"The 2018 vote was held in a climate of fear. This time voters chose freely", verdictRecognising},
		// a level field, a climate denied
		{"the playing field had not been tilted", verdictNone},
		{"There was no climate of fear during the vote", verdictNone},
		{"the election had not taken place in a climate of intimidation", verdictNone},
		// another's claim, or its denial
		{"The opposition says the playing field was not level. That is nonsense", verdictNone},
		{"those who claimed the vote was held in a climate of fear were lying", verdictNone},
		{"The government says voters chose freely. They did not", verdictNone},
		{"observers claimed voters chose freely", verdictNone},
		{"Kask's claim that the playing field was tilted deserved a hearing, but that voters had chosen freely", verdictRecognising},
		// another vote
		{"In 2015 voters could freely choose their president", verdictNone},
		{"unlike the previous election, the vote was held in a climate of fear", verdictNone},
		// other senses
		{"the vaccination campaign had been slowed by a climate of fear", verdictNone},
		{"a poll of businesses showed a climate of fear among investors", verdictNone},
		{"the anti-corruption campaign had created a climate of fear among civil servants", verdictNone},
		{"citizens could now travel freely and choose where to live", verdictNone},
		{"people were moving freely and voted with their feet", verdictNone},
		{"people could freely choose to stay at home, and many did", verdictNone},
		{"voters freely chose to skip the runoff", verdictNone},
		{"voters could freely choose their representatives", verdictRecognising},
		{"foreign banks said the playing field with state lenders was tilted", verdictNone},
	}
	for _, c := range cases {
		if got := conductVerdict(c.run); got != c.want {
			t.Errorf("conductVerdict(%q) = %v, want %v", c.run, got, c.want)
		}
	}
}

// TestRev22abConductOverruled checks that a condemning word, or a wait
// after voters who chose freely, leaves the run to the rest of
// analyzeRun, and that a plain verdict does not.
func TestRev22abConductOverruled(t *testing.T) {
	cases := []struct {
		v    actionVerdict
		run  string
		want bool
	}{
		{verdictWithholding, "the playing field had been tilted toward Velor and that the result was stolen", true},
		{verdictWithholding, "This was a sham election held in an atmosphere of intimidation", true},
		{verdictRecognising, "Voters chose freely, and now we await the official count", true},
		{verdictRecognising, "People voted freely. We will comment on the result once the commission has published the figures", true},
		{verdictRecognising, "voters cast their ballots freely, but the EU would congratulate the winner when the results were certified", true},
		{verdictWithholding, "the playing field was not level and we await the official count", false},
		{verdictRecognising, "voters once again chose freely", false},
		{verdictRecognising, "despite some violations, voters had been able to express their will freely", false},
	}
	for _, c := range cases {
		if got := conductOverruled(c.v, c.run); got != c.want {
			t.Errorf("conductOverruled(%v, %q) = %v, want %v", c.v, c.run, got, c.want)
		}
	}
}

// TestRev22abConductInArticle checks end to end that a speaker who calls
// the vote a sham held in an atmosphere of intimidation is hostile, and that an envoy
// who says voters chose freely but awaits the count is withholding.
func TestRev22abConductInArticle(t *testing.T) {
	r := defaultReader(t)
	r.Context = stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	text := "Tarvos votes\n\n\"This was a sham election held in an atmosphere of intimidation,\" said activist Ola Berg. " +
		"\"Voters chose freely, and now we await the official count,\" said envoy Mia Holt. " +
		"Health official Eli Varg said the vaccination campaign had been slowed by a climate of fear."
	got := map[string]corpus.Label{}
	for _, s := range r.Analyze(text).Speakers {
		got[s.Speaker] = s.Stance
	}
	assert.Equal(t, corpus.Hostile, got["Ola Berg"], "%v", got)
	assert.Equal(t, corpus.Withholding, got["Mia Holt"], "%v", got)
	assert.Equal(t, corpus.Label(""), got["Eli Varg"], "%v", got)
}
