package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestEn16Clauses: the constructions of English reporting the sixteenth
// session taught the reader (sentences invented for the test).
func TestEn16Clauses(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a long lead adverbial before the subject of and said",
			"Reactions\n\nIn a statement issued in Velor last weekend, President Ivo Kask laid the blame on the party, and said the abuses had been severe.",
			[]want{{"Ivo Kask", Reported, "the abuses had been severe", 0}}},
		// counter-case: past twelve tokens the comma closes no lead
		// adverbial, and "and said" finds no subject
		{"a lead adverbial too long to step over",
			"Reactions\n\nIn the weeks of the long campaign across the northern provinces of Velor and Tarn, President Ivo Kask laid the blame on the party, and said the abuses had been severe.",
			nil},
		{"a parenthetical attribution after a semicolon that ended a reported clause",
			"Reactions\n\nIvo Kask said the vote had been marred by problems; any challenge, he told reporters, belonged in the courts.",
			[]want{{"Ivo Kask", Reported, "the vote had been marred by problems", 0}, {"Ivo Kask", Reported, "any challenge, he told reporters, belonged in the courts", 1}}},
		// counter-case: a subject of its own after the semicolon
		{"a new subject after the semicolon",
			"Reactions\n\nIvo Kask said the vote had been marred by problems; Lena Dal told reporters the courts would decide.",
			[]want{{"Ivo Kask", Reported, "the vote had been marred by problems", 0}, {"Lena Dal", Reported, "the courts would decide", 1}}},
		{"a body's name with of",
			"Reactions\n\nThe Organization of Velor States said the vote had not produced a constitutional government.",
			[]want{{"Organization of Velor States", Reported, "the vote had not produced a constitutional government", 0}}},
		{"a body's name with of the and a plural possessive",
			"Reactions\n\nIn a pastoral letter, the Catholic Bishops' Conference of the Norland Isles said no vote in memory had been so corrupted.",
			[]want{{"Catholic Bishops' Conference of the Norland Isles", Reported, "no vote in memory had been so corrupted", 0}}},
		{"a body's name with of after according to",
			"Reactions\n\nAccording to the Organization of Velor States, the vote was flawed.",
			[]want{{"Organization of Velor States", Reported, "the vote was flawed", 0}}},
		// counter-case: a person before "of" keeps the origin trimmed
		{"a person's origin",
			"Reactions\n\nIvo Kask of Velor said the vote was flawed.",
			[]want{{"Ivo Kask", Reported, "the vote was flawed", 0}}},
		// counter-case: a country's possessive before a person is no name's part
		{"a possessive before a person",
			"Reactions\n\nVelor's Ivo Kask said the vote was flawed.",
			[]want{{"Ivo Kask", Reported, "the vote was flawed", 0}}},
		{"a description after a sentence its person opened",
			"Reactions\n\nJo Roe was having none of it. The populist former senator called the vote a sham.",
			[]want{{"Jo Roe", Action, "called the vote a sham", 0}}},
		// counter-case: the sentence before named others besides its
		// opener; the description may be any of them
		{"a description after a sentence of several names",
			"Reactions\n\nJo Roe met Ana Berg and Tom Lind on Monday. The populist former senator called the vote a sham.",
			[]want{{"former senator", Action, "called the vote a sham", 0}}},
		{"a claim of victory in a relative clause is the rival's act",
			"Reactions\n\nLena Dal, who had claimed victory on election night, said the count was rigged.",
			[]want{{"Lena Dal", Action, "had claimed victory on election night", 0}, {"Lena Dal", Reported, "the count was rigged", 1}}},
		{"a rival proclaims herself the winner",
			"Reactions\n\nLena Dal proclaimed herself the winner on Monday.",
			[]want{{"Lena Dal", Action, "proclaimed herself the winner on Monday", 0}}},
		// counter-case: a claim that is a clause stays reported speech
		{"a claimed clause",
			"Reactions\n\nLena Dal claimed the count was rigged.",
			[]want{{"Lena Dal", Reported, "the count was rigged", 0}}},
		{"a lead adverbial of ten words before the subject of and declared",
			"Reactions\n\nWithin hours of the polls closing on July 25, Jo Roe stood before cameras in Tarn and declared that the count was rigged.",
			[]want{{"Jo Roe", Reported, "the count was rigged", 0}}},
		// counter-case: an adverbial of more than ten words is not stepped over
		{"a lead adverbial of eleven words",
			"Reactions\n\nWithin hours of the polls closing in the north of Tarn on July 25, Jo Roe stood before cameras and declared that the count was rigged.",
			nil},
		{"a pronoun opening the sentence is the subject of and declared",
			"Reactions\n\nLena Dal lost. She stood before cameras in Tarn and declared that the count was rigged.",
			[]want{{"Lena Dal", Reported, "the count was rigged", 0}}},
		// counter-case: a relative clause before the verb has its own subject
		{"a relative clause before the coordinated verb",
			"Reactions\n\nLena Dal lost. She was joined by Ana Berg and Tom Lind, both of whom described the vote as a fraud and declared that the count was rigged.",
			// en17_ofwhom.go: the names "both of whom" describes act, not "She"
			[]want{{"Tom Lind", Action, "described the vote as a fraud and declared that the count was rigged", 0}, {"Ana Berg", Action, "described the vote as a fraud and declared that the count was rigged", 1}}},
		{"a demonstrative that before a time noun after the speech verb",
			"Reactions\n\nJo Roe said in a radio interview that morning that Velor wanted a fresh approach.",
			[]want{{"Jo Roe", Reported, "Velor wanted a fresh approach", 0}}},
		// counter-case: "that" before a clause is the complementiser
		{"that before a clause",
			"Reactions\n\nJo Roe said in a radio interview that the day had gone well.",
			[]want{{"Jo Roe", Reported, "the day had gone well", 0}}},
		{"a comma right after that",
			"Reactions\n\nJo Roe said that, whoever won, Velor wanted a fresh approach.",
			[]want{{"Jo Roe", Reported, "whoever won, Velor wanted a fresh approach", 0}}},
		// counter-case: a demonstrative "that" before ", and" is an object
		{"said exactly that, and",
			"Reactions\n\nJo Roe said exactly that, and she also said the count must be allowed to finish.",
			[]want{{"Jo Roe", Reported, "the count must be allowed to finish", 0}}},
		{"did the same repeats the act told before",
			"Reactions\n\nJo Roe congratulated Ivo Kask on Monday, and Velor's President Ana Berg did the same, adding an invitation to Tarn.",
			[]want{{"Jo Roe", Action, "congratulated Ivo Kask on Monday", 0}, {"Ana Berg", Action, "did the same", 1}, {"Ana Berg", Reported, "an invitation to Tarn", 2}}},
		{"did likewise in the next sentence",
			"Reactions\n\nJo Roe congratulated Ivo Kask on Monday. Ana Berg did likewise.",
			[]want{{"Jo Roe", Action, "congratulated Ivo Kask on Monday", 0}, {"Ana Berg", Action, "did likewise", 1}}},
		// counter-case: no act before, nothing to repeat
		{"did the same after no act",
			"Reactions\n\nJo Roe lost his seat. Ana Berg did the same.",
			nil},
		{"a purpose lead-in before the act",
			"Reactions\n\nJo Roe picked up the phone to congratulate Ivo Kask.",
			[]want{{"Jo Roe", Action, "picked up the phone to congratulate Ivo Kask", 0}}},
		// counter-case: the infinitive is no act of stance
		{"a lead-in before another infinitive",
			"Reactions\n\nJo Roe got enough votes to win the seat.",
			nil},
		{"joined initials stay in the name",
			"Reactions\n\nUnion Minister R.K. Lind told reporters the vote was rigged.",
			[]want{{"R.K. Lind", Reported, "the vote was rigged", 0}}},
		// counter-case: initials ending a sentence before a full name that speaks
		{"initials ending a sentence",
			"Reactions\n\nTalks were held in the U.S. Marek Tamm said the vote was rigged.",
			[]want{{"Marek Tamm", Reported, "the vote was rigged", 0}}},
		{"the person after a colon is the subject of a participle",
			"Reactions\n\nIn Tarn the tone was guarded: Jo Roe, the Foreign Ministry spokesman, sidestepped questions, telling reporters that it was a matter for the voters alone.",
			[]want{{"Jo Roe", Reported, "it was a matter for the voters alone", 0}}},
		// counter-case: no person after the colon
		{"a clause after the colon",
			"Reactions\n\nIn Tarn the tone was guarded: the count went slowly, telling its own story.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestEn16ClaimsVictory: a claim of victory opening an act, unless negated
// or given up after a contrast.
func TestEn16ClaimsVictory(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ivo Kask", "Kask"}, Rivals: []string{"Lena Dal", "Dal"}}
	tests := []struct {
		text string
		want bool
	}{
		{"had claimed victory on election night", true},
		{"proclaimed herself the winner", true},
		{"declared victory before the count was complete", true},
		// counter-cases
		{"never claimed victory", false},
		{"had briefly claimed victory, but later conceded", false},
		{"claimed the count was rigged", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, claimsVictory(actionWords(tc.text)), tc.text)
	}
	assert.True(t, rivalSpeaker(ctx, Remark{Speaker: "Lena Dal"}))
	assert.False(t, rivalSpeaker(ctx, Remark{Speaker: "Ivo Kask"}))
}

// TestEn16FollowsSuit: "did the same" only repeats the act before it.
func TestEn16FollowsSuit(t *testing.T) {
	assert.True(t, followsSuit("did the same"))
	assert.True(t, followsSuit("did likewise"))
	assert.False(t, followsSuit("did the same thing with a message of protest")) // counter-case: says what
}
