package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestRev22renBackedOther: backing repeats the remark before only when
// its object names that remark back; an object naming its own content
// ("the decision to raise taxes") or another holder ("the commission's
// decision", "the Australian position") does not (phrases invented for
// the test).
func TestRev22renBackedOther(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"backed the decision", true},
		{"stood behind the joint refusal", true},
		{"stood firmly behind the refusal", true},
		{"threw his weight behind the boycott", true},
		{"put their weight behind that call", true},
		{"backed that refusal", true},
		{"supported the party's decision to challenge the count", true},
		{"stand behind the opposition's demand", true},
		// counter-cases
		{"backed the decision to raise fuel taxes", false},
		{"stood behind the decision to deploy more police", false},
		{"stood behind her statement on the budget deficit", false},
		{"backed the commission's decision", false},
		{"backed the court's decision", false},
		{"backed the Australian position", false},
		{"supported the EU's stance", false},
		{"threw a party behind the refusal", false},
		{"stood quietly by the decision", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, c.want, backedStanceCase(actionWords(c.text), wordCaps(c.text)))
		})
	}
}

// TestRev22renBackedRepeats: the analysis copies the stance of the remark
// before only for an object naming it back (sentences invented for the
// test).
func TestRev22renBackedRepeats(t *testing.T) {
	tests := []struct {
		name, text, speaker string
		copied              bool
	}{
		{"the refusal backed",
			"Reactions\n\nRui Sousa refused to concede and called the count rigged. Lena Dal stood firmly behind the refusal.", "Lena Dal", true},
		{"a tax decision backed",
			"Reactions\n\nRui Sousa refused to concede and called the count rigged. Lena Dal backed the decision to raise fuel taxes.", "Lena Dal", false},
		{"the commission's decision backed",
			"Reactions\n\nRui Sousa refused to concede and called the count rigged. Lena Dal backed the commission's decision.", "Lena Dal", false},
	}
	r := defaultReader(t)
	r.Context = stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := r.Analyze(tc.text)
			var first, got *Analysis
			for i := range res.Remarks {
				a := &res.Remarks[i]
				if first == nil && a.Speaker == "Rui Sousa" {
					first = a
				}
				if a.Speaker == tc.speaker {
					got = a
				}
			}
			if tc.copied {
				if assert.NotNil(t, first) && assert.NotNil(t, got) {
					assert.True(t, got.ByVerb)
					assert.Equal(t, first.Prediction.Label, got.Prediction.Label)
				}
				return
			}
			if assert.NotNil(t, first) && got != nil {
				assert.False(t, got.ByVerb && got.Prediction.Label == first.Prediction.Label && got.Prediction.Probability == first.Prediction.Probability && got.AboutResultProbability == first.AboutResultProbability, "copied %v", got.Prediction)
			}
		})
	}
}

// TestRev22renJoinedCompany: the aside after a described company names it
// only when it follows the company's own noun; the object of "of" or of a
// relative clause is someone else (sentences invented for the test).
func TestRev22renJoinedCompany(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"the heads of two governments",
			"Reactions\n\nLena Dal joined the heads of two regional governments, Jo Roe and Ivo Kask, in welcoming the result.",
			[]want{
				{"Lena Dal", Action, "joined the heads of two regional governments, Jo Roe and Ivo Kask, in welcoming the result", 0},
				{"Jo Roe", Action, "joined the heads of two regional governments, Jo Roe and Ivo Kask, in welcoming the result", 1},
				{"Ivo Kask", Action, "joined the heads of two regional governments, Jo Roe and Ivo Kask, in welcoming the result", 2}}},
		// counter-cases: the names are the object of "of", of a relative clause
		{"supporters of two jailed activists",
			"Reactions\n\nRui Sousa joined supporters of two jailed activists, Jo Roe and Ivo Kask, in rejecting the result.",
			[]want{{"Rui Sousa", Action, "joined supporters of two jailed activists, Jo Roe and Ivo Kask, in rejecting the result", 0}}},
		{"the crowd that booed two ministers",
			"Reactions\n\nRui Sousa joined the crowd that booed two ministers — Jo Roe and Ivo Kask — in rejecting the result.",
			[]want{{"Rui Sousa", Action, "joined the crowd that booed two ministers — Jo Roe and Ivo Kask — in rejecting the result", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestRev22renWhoseOwner: the act of a person's office, government or
// campaign in a ", whose" clause is the person's; another possessed noun
// keeps its own (sentences invented for the test).
func TestRev22renWhoseOwner(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"whose government congratulated",
			"Reactions\n\nChancellor Jo Roe, whose government congratulated Ana Lima, said trade talks would resume.",
			[]want{{"Jo Roe", Action, "congratulated Ana Lima", 0}, {"Jo Roe", Reported, "trade talks would resume", 1}}},
		{"whose campaign rejected",
			"Reactions\n\nRui Sousa, whose campaign rejected the count, left for his farm.",
			[]want{{"Rui Sousa", Action, "rejected the count", 0}}},
		// counter-cases: a party, a relative, an office that is a place
		{"whose party had rejected",
			"Reactions\n\nRui Sousa, whose party had rejected the result, said on Monday he would appeal.",
			[]want{{"party", Action, "had rejected the result", 0}, {"Rui Sousa", Reported, "he would appeal", 1}}},
		{"whose husband's government",
			"Reactions\n\nLena Dal, whose husband's government congratulated Ana Lima, said she had not voted.",
			[]want{{"husband's government", Action, "congratulated Ana Lima", 0}, {"Lena Dal", Reported, "she had not voted", 1}}},
		{"whose office is next door",
			"Reactions\n\nLena Dal, whose office is next to the commission, said the night was quiet.",
			[]want{{"Lena Dal", Reported, "the night was quiet", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestRev22renGroupDeterminer: a group after "and the" or "and a number
// of" shares its verb with the names before, as after "and" alone; after
// a verb the names stay its objects (sentences invented for the test).
func TestRev22renGroupDeterminer(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"and the other governments",
			"Reactions\n\nNorway and the other Nordic governments said they would wait for the final count.",
			[]want{{"Nordic governments", Reported, "they would wait for the final count", 0}, {"Norway", Reported, "they would wait for the final count", 1}}},
		{"and a number of governments",
			"Reactions\n\nCanada and a number of Latin American governments welcomed the outcome.",
			[]want{{"Latin American governments", Action, "welcomed the outcome", 0}, {"Canada", Action, "welcomed the outcome", 1}}},
		{"nor the other leaders",
			"Reactions\n\nNeither Jo Roe nor the other opposition leaders have accepted the result.",
			[]want{{"opposition leaders", Action, "Neither Jo Roe nor the other opposition leaders have accepted the result", 0}, {"Jo Roe", Action, "Neither Jo Roe nor the other opposition leaders have accepted the result", 1}}},
		{"a joint portfolio is no name",
			"Reactions\n\nHealth and education minister Jo Roe said she would work with Ana Lima.",
			[]want{{"Jo Roe", Reported, "she would work with Ana Lima", 0}}},
		{"two names before a lower-case office still share",
			"Reactions\n\nLena Dal and finance minister Jo Roe said they would work with Ana Lima.",
			[]want{{"Jo Roe", Reported, "they would work with Ana Lima", 0}, {"Lena Dal", Reported, "they would work with Ana Lima", 1}}},
		// counter-case: a name after a verb is its object
		{"object of met",
			"Reactions\n\nAna Lima met Jo Roe and the other governors said they backed her.",
			[]want{{"governors", Reported, "they backed her", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
