package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

func TestIsAuthorityHead(t *testing.T) {
	cases := []struct {
		role string
		want bool
	}{
		{"Electoral Commission chairman", true},
		{"Superior Electoral Court president", true},
		{"chairman of the Independent National Electoral Commission", true},
		{"head of the Supreme Election Council", true},
		{"Central Election Commission chair", true},
		{"the commission's vice chair", false},
		{"deputy chairman of the Electoral Commission", false},
		{"former election commission chief", false},
		{"Electoral Commission spokesman", false},
		{"Council president", false},
		{"head of the opposition party's election committee", false},
		{"chairman of the parliamentary committee on elections", false},
		{"acting chair of the Electoral Commission", true},
		{"President", false},
	}
	for _, c := range cases {
		t.Run(c.role, func(t *testing.T) {
			assert.Equal(t, c.want, isAuthorityHead(c.role))
		})
	}
}

func TestAuthoritySpeakers(t *testing.T) {
	remarks := []Remark{
		{Speaker: "Ana Lima", Role: "Electoral Commission chairwoman"},
		{Speaker: "Rui Sousa", Aliases: []string{"Electoral Council president Rui Sousa"}},
		{Speaker: "Eva Sand", Role: "the commission's vice chair"},
		{Speaker: "Ivo Kask", Role: "foreign minister"},
	}
	assert.Equal(t, map[string]bool{"Ana Lima": true, "Rui Sousa": true}, authoritySpeakers(remarks))
}

// TestAuthorityInArticle checks that an election commission chairman
// defending the count is recognising: the model alone reads "If anyone
// says there was rigging, let him bring the evidence" as hostile.
func TestAuthorityInArticle(t *testing.T) {
	r := defaultReader(t)
	r.Context = stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	text := "Tarvos count ends\n\nElectoral Commission chairman Ivo Kask said the count was complete. " +
		"“If anyone says there was rigging, let him bring the evidence to the commission or to the court,” he said.\n"
	res := r.Analyze(text)
	require.Len(t, res.Remarks, 2)
	for _, a := range res.Remarks {
		assert.Equal(t, "Ivo Kask", a.Speaker)
		assert.Equal(t, corpus.Recognising, a.Prediction.Label, a.Text)
	}
}
