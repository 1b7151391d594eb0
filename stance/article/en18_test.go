package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestEn18Clauses: the constructions of English reporting the eighteenth
// session taught the reader (sentences invented for the test).
func TestEn18Clauses(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"they after a list of signatories in a fronted phrase",
			"Reactions\n\nIn a joint letter signed by Jo Roe, Lena Dal and Marek Tamm, they said the vote had been rigged.",
			[]want{{"Jo Roe", Reported, "the vote had been rigged", 0}, {"Lena Dal", Reported, "the vote had been rigged", 1}, {"Marek Tamm", Reported, "the vote had been rigged", 2}}},
		{"they after talks between two named people",
			"Reactions\n\nAfter talks between Eva Holm and Karl Vos on Monday, they called the result a fraud.",
			[]want{{"Eva Holm", Action, "called the result a fraud", 0}, {"Karl Vos", Action, "called the result a fraud", 1}}},
		{"They after a sentence opened by a list of people",
			"Reactions\n\nAna Berg, Tom Lind and Paul Sand met in Tarn on Friday. They later said the vote could not be recognised.",
			[]want{{"Ana Berg", Reported, "the vote could not be recognised", 0}, {"Tom Lind", Reported, "the vote could not be recognised", 1}, {"Paul Sand", Reported, "the vote could not be recognised", 2}}},
		// counter-cases: the list is a verb's object; the list opened a
		// sentence two sentences back
		{"they after a list of a verb's objects",
			"Reactions\n\nRebel leaders met Rita Moss and Otto Kell on Monday, and they said the vote was stolen.",
			[]want{{"", Reported, "the vote was stolen", 0}}},
		{"They two sentences after the list",
			"Reactions\n\nRita Moss and Otto Kell were sworn in on Monday. The hall was half empty. They said the vote was rigged.",
			[]want{{"", Reported, "the vote was rigged", 0}}},
		{"a statement described before its noun, issued by an office and its holder",
			"Reactions\n\nA Tarn Council press statement issued by its chair, Velor's Jo Roe, praised the calm of the vote and called for patience.",
			[]want{{"Jo Roe", Action, "praised the calm of the vote and called for patience", 0}}},
		{"a joint statement signed by two people",
			"Reactions\n\nA joint statement signed by Lena Dal and Marek Tamm said the vote was rigged.",
			[]want{{"Lena Dal", Reported, "the vote was rigged", 0}, {"Marek Tamm", Reported, "the vote was rigged", 1}}},
		{"a possessive statement whose author is set off by commas",
			"Reactions\n\nThe bloc's statement, released by its chair, Ana Berg, welcomed the result.",
			[]want{{"Ana Berg", Action, "welcomed the result", 0}}},
		// counter-case: the people are the letter's addressees, no
		// authors; the rule adds nobody (Marek Tamm is the older reading of
		// the name right before the verb, left as it was)
		{"a letter sent to two people",
			"Reactions\n\nA joint letter sent to Lena Dal and Marek Tamm said the vote was rigged.",
			[]want{{"Marek Tamm", Reported, "the vote was rigged", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestEn18Constructions: more of the eighteenth session's English
// constructions (sentences invented for the test).
func TestEn18Constructions(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a person at a ministry is the subject, not the ministry",
			"Reactions\n\nOn Sunday Jo Roe at the State Department tweeted his congratulations to Ana Berg.",
			[]want{{"Jo Roe", Action, "tweeted his congratulations to Ana Berg", 0}}},
		{"a titled person at a body",
			"Reactions\n\nSenator Lena Dal at the Tarn Assembly said the count had been rigged.",
			[]want{{"Lena Dal", Reported, "the count had been rigged", 0}}},
		// counter-case: a lone unknown first name is no owner of an origin
		{"a lone word before at",
			"Reactions\n\nLena at the Foreign Ministry said the count had been rigged.",
			[]want{{"Foreign Ministry", Reported, "the count had been rigged", 0}}},
		{"a phrasal verb of rejection with its object",
			"Reactions\n\nHis deputy, Tom Lind, had already turned down the official tally.",
			[]want{{"Tom Lind", Action, "had already turned down the official tally", 0}}},
		{"a phrasal verb after a joined clause ends the clause before it",
			"Reactions\n\nTom Lind brushed aside the count, and Rita Moss has ruled out any talks with Ana Berg.",
			[]want{{"Tom Lind", Action, "brushed aside the count", 0}, {"Rita Moss", Action, "has ruled out any talks with Ana Berg", 1}}},
		// counter-case: the particle with no object
		{"a phrasal verb without an object",
			"Reactions\n\nTom Lind arrived late. The music was turned down low, and the band turned down again.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestEn18Heads: heads of groups, adverbials of time, offices, wordings
// and addressees of the eighteenth session (sentences invented for the
// test).
func TestEn18Heads(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a delegation's head named after led by speaks for it",
			"Reactions\n\nThe observer delegation from the Tarn parliament, led by lawmaker Ana Berg, praised the calm of the vote.",
			[]want{{"Ana Berg", Action, "praised the calm of the vote", 0}}},
		{"a mission headed by a person",
			"Reactions\n\nA monitoring mission, headed by the former minister Lena Dal, said the count had been clean.",
			[]want{{"Lena Dal", Reported, "the count had been clean", 0}}},
		// counter-case: led by something that is no name before the comma
		{"led by a phrase that is no person",
			"Reactions\n\nThe protests, led by students in the capital, rejected the count.",
			nil},
		{"as late as before a joined clause's pronoun subject",
			"Reactions\n\nJo Roe accused Ivo Kask of prejudging the recount, and as late as last week he was insisting that no declaration could stand.",
			[]want{{"Jo Roe", Action, "accused Ivo Kask of prejudging the recount", 0}, {"Jo Roe", Reported, "no declaration could stand", 1}}},
		{"as recently as before a joined clause's named subject",
			"Reactions\n\nJo Roe accused Ivo Kask of prejudging the recount, but as recently as Monday Lena Dal said that no declaration could stand.",
			[]want{{"Jo Roe", Action, "accused Ivo Kask of prejudging the recount", 0}, {"Lena Dal", Reported, "no declaration could stand", 1}}},
		// counter-case: "as … as" comparing, with no subject after it
		{"a comparison with as after and",
			"Reactions\n\nJo Roe accused Ivo Kask of rigging the count, and as loudly as ever.",
			[]want{{"Jo Roe", Action, "accused Ivo Kask of rigging the count, and as loudly as ever", 0}}},
		{"a caretaker office set off by a description before its verb",
			"Reactions\n\nThe caretaker prime minister, in office for two decades, called the ceremony treasonous.",
			[]want{{"caretaker prime minister", Action, "called the ceremony treasonous", 0}}},
		{"a caretaker title before a name",
			"Reactions\n\nCaretaker Prime Minister Ivo Kask said the count was rigged.",
			[]want{{"Ivo Kask", Reported, "the count was rigged", 0}}},
		// counter-case: the caretaker of a building is no office
		{"a caretaker who holds no office",
			"Reactions\n\nThe caretaker of the hall locked the doors.",
			nil},
		{"put it with a manner before a colon",
			"Reactions\n\nJo Roe, spokesman for the ministry, put it in one sentence: no talks until the count is redone.",
			[]want{{"Jo Roe", Reported, "no talks until the count is redone", 0}}},
		{"summed it up before a colon",
			"Reactions\n\nLena Dal summed it up: the vote was stolen.",
			[]want{{"Lena Dal", Reported, "the vote was stolen", 0}}},
		// counter-case: put it somewhere is no wording
		{"put it on the table before a colon",
			"Reactions\n\nLena Dal put it on the table: a new vote.",
			nil},
		{"told me before a clause opening with a capitalised word",
			"Reactions\n\nJo Roe, a diplomat I have known for years, told me Velor takes note of the declaration.",
			[]want{{"Jo Roe", Reported, "Velor takes note of the declaration", 0}}},
		{"told them before a clause opening with a day",
			"Reactions\n\nLena Dal told them Monday's count had been rigged.",
			[]want{{"Lena Dal", Reported, "Monday's count had been rigged", 0}}},
		// counter-case: "her" may be a possessive before the addressee
		{"told her and a capitalised word",
			"Reactions\n\nLena Dal told her Velor counterpart about the vote.",
			nil},
		{"a joined clause whose group subject picks out a member among them",
			"Reactions\n\nJo Roe tweeted his congratulations to Ana Berg, and the Western envoys, Lena Dal among them, issued their joint congratulations the same day.",
			[]want{{"Jo Roe", Action, "tweeted his congratulations to Ana Berg", 0}, {"Lena Dal", Action, "issued their joint congratulations the same day", 1}}},
		// counter-case: a list of subjects after and, with no among them
		{"a joined clause whose subject is a list of names",
			"Reactions\n\nJo Roe tweeted his congratulations to Ana Berg, and Lena Dal and Ivo Kask issued their joint congratulations the same day.",
			[]want{{"Jo Roe", Action, "tweeted his congratulations to Ana Berg", 0}, {"Ivo Kask", Action, "issued their joint congratulations the same day", 1}, {"Lena Dal", Action, "issued their joint congratulations the same day", 2}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestEn18PhrasalRejection: a phrasal verb of rejection rejects a result
// as "rejected" does; "ruled out" and one with another particle do not
// decide by rule. A reserve before judging the vote fair withholds.
func TestEn18PhrasalRejection(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	cases := []struct {
		text string
		want actionVerdict
	}{
		{"had already turned down the commission's official tally", verdictHostile},
		{"threw out the published figures", verdictHostile},
		{"brushed aside the result", verdictHostile},
		{"turned to the result", verdictNone},
		{"has ruled out any talks with Lima", verdictNone},
		{"praised the campaign but stopped short of calling the vote free and fair", verdictWithholding},
		{"declined to describe the election as credible", verdictWithholding},
		{"stopped short of calling the campaign violent", verdictNone},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, actionStance(ctx, c.text), c.text)
	}
}
