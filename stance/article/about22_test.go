package article

import (
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestAbout22ConductVerdict checks the verdicts on the vote's conduct
// (about22_conduct.go) with project-written sentences and near-misses.
func TestAbout22ConductVerdict(t *testing.T) {
	cases := []struct {
		run  string
		want actionVerdict
	}{
		{"The playing field was not level", verdictWithholding},
		{"the playing field had been tilted toward the ruling party from the start", verdictWithholding},
		{"the playing field was far from level, she said", verdictWithholding},
		{"the election was held in an atmosphere of intimidation", verdictWithholding},
		{"voting took place amid a climate of fear in the northern provinces", verdictWithholding},
		{"the campaign unfolded in a climate of repression and the mission would report later", verdictWithholding},
		{"voters had been able to express their will freely despite some violations", verdictRecognising},
		{"the people voted freely and in large numbers", verdictRecognising},
		{"citizens could freely choose their representatives on Sunday", verdictRecognising},
		{"Voters cast their ballots freely across the country", verdictRecognising},
		// near-misses
		{"we want a level playing field for our exporters", verdictNone},
		{"the playing field must not be tilted next time", verdictNone},
		{"a climate of fear among investors has hit the currency", verdictNone},
		{"voters must be able to vote freely in the runoff", verdictNone},
		{"voters were not able to express their will freely", verdictNone},
		{"people move freely across the border again", verdictNone},
		{"the commission will ensure voters can cast ballots freely", verdictNone},
		{"if the playing field is not level, we will say so", verdictNone},
	}
	for _, c := range cases {
		if got := conductVerdict(c.run); got != c.want {
			t.Errorf("conductVerdict(%q) = %v, want %v", c.run, got, c.want)
		}
	}
}

// TestAbout22ConductInArticle checks end to end that a speaker whose only
// remark is a verdict on the vote's conduct gets a stance, and that a
// speaker on a playing field of trade stays off topic.
func TestAbout22ConductInArticle(t *testing.T) {
	r := defaultReader(t)
	r.Context = stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	text := "Tarvos votes\n\nThe head of the Council of Europe delegation, Ivo Marr, said the vote had been held in a climate of intimidation. " +
		"\"The playing field was tilted from the first day,\" said Petra Holm, a member of the mission. " +
		"Observer Karl Brandt said voters had been able to cast their ballots freely. " +
		"Trade minister Eva Sand said exporters needed a level playing field."
	got := map[string]corpus.Label{}
	for _, s := range r.Analyze(text).Speakers {
		got[s.Speaker] = s.Stance
	}
	assert.Equal(t, corpus.Withholding, got["Ivo Marr"], "%v", got)
	assert.Equal(t, corpus.Withholding, got["Petra Holm"], "%v", got)
	assert.Equal(t, corpus.Recognising, got["Karl Brandt"], "%v", got)
	assert.Equal(t, corpus.Label(""), got["Eva Sand"], "%v", got)
}
