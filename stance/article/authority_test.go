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

func TestIsBodyHead(t *testing.T) {
	cases := []struct {
		role string
		want bool
	}{
		{"commission chairman", true},
		{"Tribunal president", true},
		{"the council's president", true},
		{"board chair", true},
		{"European Commission President", false},
		{"commission spokesman", false},
		{"Council", false},
		{"foreign minister", false},
		{"chairman of the commission on trade", false},
	}
	for _, c := range cases {
		t.Run(c.role, func(t *testing.T) {
			assert.Equal(t, c.want, isBodyHead(c.role))
		})
	}
}

func TestProcedural(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	cases := []struct {
		text string
		want bool
	}{
		{"Turnout reached 61 per cent, and nine in ten ballots have been counted", true},
		{"All polling stations in the north have now reported", true},
		{"Voting went calmly in the capital despite the rain", true},
		{"The recount in two districts starts on Thursday", true},
		{"The count was clean and the result will stand", false},          // a verdict
		{"Lima won 58 per cent of the vote", false},                       // the winner is named
		{"Every tally is public and there is nothing hidden here", false}, // a defence of the count
		{"The minister will visit the capital on Monday", false},          // no procedure
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, c.want, procedural(ctx, c.text))
		})
	}
}

// TestOfficerInArticle: an election officer who only reports the count
// takes no stance; one who judges the count does.
func TestOfficerInArticle(t *testing.T) {
	r := defaultReader(t)
	r.Context = stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	text := "Tarvos counts the vote\n\nThe National Electoral Board said counting was under way. " +
		"“Ballots from 97 per cent of precincts are in, and turnout stands at 63 per cent,” board chair Eva Sand told reporters. " +
		"Commission chairman Ivo Kask said the count had been clean and transparent.\n"
	res := r.Analyze(text)
	got := map[string]corpus.Label{}
	for _, s := range res.Speakers {
		got[s.Speaker] = s.Stance
	}
	require.Contains(t, got, "Eva Sand")
	assert.Equal(t, corpus.Label(""), got["Eva Sand"], "a report of the count is off the result")
	assert.Equal(t, corpus.Recognising, got["Ivo Kask"], "a verdict on the count stays about it")
}
