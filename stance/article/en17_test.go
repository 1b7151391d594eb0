package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestEn17Clauses: the constructions of English reporting the
// seventeenth session taught the reader (sentences invented for the test).
func TestEn17Clauses(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"an interviewee described by an apposition spoke to us",
			"Lena Dal, a Tarn lawyer who heads the citizens' watch, spoke to us by telephone.\n\nQ: Is it over?\n\nA: Not for us.",
			[]want{{"Lena Dal", Direct, "Not for us.", 0}}},
		// counter-case: the apposition's office is not taken for a person
		// when nobody is named before it
		{"an office alone before spoke to us",
			"The Tarn lawyer who heads the citizens' watch, reached late, spoke to us by telephone.\n\nQ: Is it over?\n\nA: Not for us.",
			[]want{{"", Direct, "Not for us.", 0}}},
		{"a list of names opening the sentence shares a participle's act past an apposition",
			"Reactions\n\nVelor's Ivo Kask, Tarn's Lena Dal and Norland's Jo Roe, herself newly elected, had messages out within the hour, each praising the vote and wishing Ana Berg success.",
			[]want{{"Ivo Kask", Action, "each praising the vote and wishing Ana Berg success", 0}, {"Lena Dal", Action, "each praising the vote and wishing Ana Berg success", 1}, {"Jo Roe", Action, "each praising the vote and wishing Ana Berg success", 2}}},
		{"a list of names opening the sentence shares its verb past an apposition (coSubjects)",
			"Reactions\n\nVelor's Ivo Kask, Tarn's Lena Dal and Norland's Jo Roe, herself newly elected, congratulated Ana Berg.",
			[]want{{"Jo Roe", Action, "congratulated Ana Berg", 0}, {"Lena Dal", Action, "congratulated Ana Berg", 1}, {"Ivo Kask", Action, "congratulated Ana Berg", 2}}},
		// counter-case: a person described by another's deputy is no list
		{"one person described opens the sentence",
			"Reactions\n\nIvo Kask, Lena Dal's deputy, had a message out within the hour, praising the vote and wishing Ana Berg success.",
			[]want{{"Ivo Kask", Action, "praising the vote and wishing Ana Berg success", 0}}},
		{"a speech verb in a relative clause whose gap is the reported subject",
			"Reactions\n\nIn a video that aides said had been recorded in hiding, Ivo Kask branded the tally fake and said the party would fight on.",
			[]want{{"aides", Reported, "had been recorded in hiding", 0}, {"Ivo Kask", Action, "branded the tally fake and said the party would fight on", 1}}},
		{"which officials said were missing",
			"Reactions\n\nThe ballots, which officials said were missing from two districts, turned up on Monday, and Lena Dal said the count could go on.",
			[]want{{"officials", Reported, "were missing from two districts", 0}, {"Lena Dal", Reported, "the count could go on", 1}}},
		// counter-case: the reported clause has its own subject
		{"a relative clause whose reported clause has a subject",
			"Reactions\n\nIvo Kask released a video that aides said the president had recorded in hiding.",
			[]want{{"aides", Reported, "the president had recorded in hiding", 0}}},
		{"a clause of time inside an aside does not take the sentence's later verbs",
			"Reactions\n\nIvo Kask, speaking in Tarn before Lena Dal had conceded, praised the calm of the vote and said Velor would send its congratulations.",
			[]want{{"Lena Dal", Action, "had conceded", 0}, {"Ivo Kask", Action, "praised the calm of the vote and said Velor would send its congratulations", 1}}},
		// counter-case: after the comma comes another clause, not the
		// opening subject's verb
		{"a clause of time closed by a relative clause",
			"Reactions\n\nIvo Kask won the vote, while his rival, Lena Dal, rejected the result from her home, which soldiers had surrounded.",
			[]want{{"Lena Dal", Action, "rejected the result from her home, which soldiers had surrounded", 0}}},
		{"a statement whose source is set off by commas speaks for the verbs after and",
			"Reactions\n\nThe statement, put out by foreign ministry spokesman Jo Roe, leaned on the observers' finding and promised that Velor would go on working with Tarn.",
			[]want{{"Jo Roe", Reported, "Velor would go on working with Tarn", 0}}},
		{"a statement whose source is set off by commas right before its verb",
			"Reactions\n\nThe letter, signed by Ivo Kask, welcomed the result.",
			[]want{{"Ivo Kask", Action, "welcomed the result", 0}}},
		// counter-case: a statement about someone, not by them
		{"a statement about a person",
			"Reactions\n\nThe statement, which named Jo Roe, leaned on the observers' finding and promised that Velor would go on working with Tarn.",
			nil},
		{"named members of a plural subject picked out by among them",
			"Reactions\n\nAll five opposition candidates, Ivo Kask of the Juwa party and Lena Dal among them, rejected the results.",
			[]want{{"Ivo Kask", Action, "rejected the results", 0}, {"Lena Dal", Action, "rejected the results", 1}}},
		{"one named member picked out by among them",
			"Reactions\n\nSeveral parties, the Velor Union among them, asked the council to hold back the figures.",
			[]want{{"Velor Union", Reported, "asked the council to hold back the figures", 0}}},
		// counter-case: an aside that is no list of names
		{"among them after a description",
			"Reactions\n\nAll five opposition candidates, the youngest among them, rejected the results.",
			nil},
		{"a reaction's reserved tone told by the reporter",
			"Reactions\n\nTarn congratulated Ana Berg. Outgoing President Ivo Kask was more careful. Velor was far more guarded than Tarn.",
			[]want{{"Tarn", Action, "congratulated Ana Berg", 0}, {"Ivo Kask", Action, "was more careful", 1}, {"Velor", Action, "was far more guarded than Tarn", 2}}},
		// counter-cases: no reaction before to compare with (the
		// weather); a relative clause's copula describes the person
		{"a comparison with no reaction before it",
			"Reactions\n\nThe weather in Velor was cooler. Prices were more guarded.",
			nil},
		{"a comparison in a relative clause",
			"Reactions\n\nTarn congratulated Ana Berg. Lena Dal, who was blunter, congratulated her too.",
			[]want{{"Tarn", Action, "congratulated Ana Berg", 0}, {"Lena Dal", Action, "congratulated her too", 1}}},
		// counter-cases: care without a comparison, and a comparison
		// the clause goes on past
		{"a reaction's sharp tone told by the reporter",
			"Reactions\n\nTarn congratulated Ana Berg. Ivo Kask was blunter. The ruling party of Velor was less restrained. Lena Dal was no gentler.",
			[]want{{"Tarn", Action, "congratulated Ana Berg", 0}, {"Ivo Kask", Action, "was blunter", 1}, {"ruling party of Velor", Action, "was less restrained", 2}, {"Lena Dal", Action, "was no gentler", 3}}},
		{"a clause joined by and without a comma has its own subject",
			"Reactions\n\nIvo Kask congratulated Jo Roe and the opposition leader said the vote was rigged.",
			[]want{{"Ivo Kask", Action, "congratulated Jo Roe", 0}, {"opposition leader", Reported, "the vote was rigged", 1}}},
		{"a headline's second clause joined by and",
			"Roe wins as neighbours send greetings and Dal vows to fight on\n\nTARN - Jo Roe won.",
			[]want{{"neighbours", Action, "send greetings", 0}, {"Dal", Action, "vows to fight on", 1}}},
		// counter-cases: names joined as one subject; reported speech
		// joining two clauses
		{"names joined by and as one subject, after as",
			"Reactions\n\nVelor rejects the vote as Ivo Kask and Lena Dal congratulate Jo Roe.",
			[]want{{"Velor", Action, "rejects the vote", 0}, {"Lena Dal", Action, "congratulate Jo Roe", 1}, {"Ivo Kask", Action, "congratulate Jo Roe", 2}}},
		{"reported speech joining two clauses",
			"Reactions\n\nIvo Kask said the count was over and the commission had declared Jo Roe the winner.",
			[]want{{"Ivo Kask", Reported, "the count was over and the commission had declared Jo Roe the winner", 0}}},
		{"both of whom after names joined by and by",
			"Reactions\n\nHe was joined in a statement by former minister Ivo Kask and by Jo Roe, both of whom described the outcome as a fraud.",
			[]want{{"Jo Roe", Action, "described the outcome as a fraud", 0}, {"Ivo Kask", Action, "described the outcome as a fraud", 1}}},
		// counter-case: "of whom" after a number is no list's relative
		{"some of whom",
			"Reactions\n\nThousands marched in Tarn, some of whom described the outcome as a fraud.",
			nil},
		{"a headline's present tense of accuse and endorse (third person only)",
			"Kask accuses commission of rigging count as Dal endorses Roe\n\nTARN - Jo Roe won.",
			[]want{{"Kask", Action, "accuses commission of rigging count", 0}, {"Dal", Action, "endorses Roe", 1}}},
		// counter-case: the base form is no act of its own ("Nor did X
		// criticise": the negation stands before the subject)
		{"a base form after nor did",
			"Reactions\n\nIvo Kask has not congratulated Sild. Nor did Marek Tamm accuse the commission.",
			[]want{{"Ivo Kask", Action, "has not congratulated Sild", 0}}},
		{"a postposed speaker with a description to the sentence's end",
			"Reactions\n\nThe count was final and fair, said Lena Dal, a senator from Velor. The vote was clean, said Jo Roe, who lives in Tarn.",
			[]want{{"Lena Dal", Reported, "The count was final and fair", 0}, {"Jo Roe", Reported, "The vote was clean", 1}}},
		// counter-case: the description holds a speech or stance verb of
		// its own, and the attribution is no quiet one
		{"a postposed speaker whose description speaks",
			"Reactions\n\nThe count was final and fair, said Lena Dal, the senator who had called the vote rigged.",
			nil},
		{"a time and a participle's phrase before the subject of joined verbs",
			"Reactions\n\nHours later, speaking to reporters in Tarn, Lena Dal went further and said the count was rigged.",
			[]want{{"Lena Dal", Reported, "the count was rigged", 0}}},
		// counter-case: an office's adjective in -ing opens the subject
		// itself, and the apposition after the name is no speaker
		{"an office's adjective in -ing",
			"Reactions\n\nOutgoing President Jo Roe, a fellow liberal, received Lena Dal and said the count was fair.",
			[]want{{"Jo Roe", Reported, "the count was fair", 0}}},
		{"careful without more",
			"Reactions\n\nIvo Kask was careful. Velor was more cautious in its markets.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestEn17Scorn: mocking the result is rejecting it, and calling it an
// assault or an affront condemns it (phrases invented for the test).
func TestEn17Scorn(t *testing.T) {
	checkActionStance(t, []verdictCase{
		{`mocked the result as "a victory drafted abroad"`, verdictHostile},
		{"ridiculed the official figures on state radio", verdictHostile},
		{"calls the ruling an assault on the voters' right to choose", verdictHostile},
		{"called the count an affront to Velor's voters", verdictHostile},
		// counter-cases: mockery of a challenge to the result, and an
		// assault that is no name given to the result
		{"mocked the opposition's challenge as a stunt", verdictRecognising},
		{"condemned an assault on a polling station in Tarn", verdictNone},
	})
}

// TestEn17Abide: abiding by the result is respecting it (claim.go,
// respectsResult); abiding by what is still to be decided is not.
func TestEn17Abide(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	for _, c := range []struct {
		text string
		want actionVerdict
	}{
		{"the party had been beaten and would abide by the outcome", verdictRecognising},
		{"Velor would abide by the result of the count", verdictRecognising},
		// counter-cases: what the courts have yet to decide, a condition
		{"Congress will abide by whatever the courts finally decide", verdictNone},
		{"would abide by the outcome if the court confirms it", verdictNone},
		{"would abide by the outcome of the recount", verdictNone},
		{"would respect the result of his court challenge", verdictNone},
	} {
		assert.Equal(t, c.want, claimStance(ctx, c.text), c.text)
	}
}

// TestEn17GuardedTone: the verb rule reads a reserved tone as
// withholding and a sharp one as hostile.
func TestEn17GuardedTone(t *testing.T) {
	checkActionStance(t, []verdictCase{
		{"was more careful", verdictWithholding},
		{"were far more guarded than the tribunal", verdictWithholding},
		{"was cooler", verdictWithholding},
		{"was blunter", verdictHostile},
		{"was far more scathing", verdictHostile},
		{"was less restrained", verdictHostile},
		{"was no gentler", verdictHostile},
		// counter-cases: no comparison; a gentler tone
		{"was careful to congratulate Lima", verdictRecognising},
		{"was gentler", verdictNone},
	})
}

// TestEn17PresentRefusal: a headline's present tense refuses as the
// past tense does ("rivals refuse to accept count").
func TestEn17PresentRefusal(t *testing.T) {
	checkActionStance(t, []verdictCase{
		{"refuse to accept count", verdictNotRecognising},
		{"decline to congratulate Lima", verdictWithholding},
		{"avoid congratulating Lima", verdictWithholding},
		// counter-case: the refusal is that of the people a relative
		// clause describes
		{"criticised parties that refuse to accept the count", verdictRecognising},
		{"warned those who refused to accept the result", verdictRecognising},
		// counter-case: the past tense, as before
		{"refused to accept the count", verdictNotRecognising},
		{"accept the count", verdictRecognising},
	})
}

// TestEn17RejectedProposition: rejecting "the idea that …" turns its
// content's verdict round (en17_proposition.go; phrases invented for the
// test). The object scan had read the content as asserted.
func TestEn17RejectedProposition(t *testing.T) {
	checkActionStance(t, []verdictCase{
		{"ridiculed the idea that he would concede", verdictNotRecognising},
		{"dismissed talk of conceding", verdictNotRecognising},
		{"dismissed the idea that the count was rigged", verdictRecognising},
		{"mocked the notion that the count was fair", verdictHostile},
		// counter-cases: no proposition noun (the object scan as before),
		// and a negated content left to the model
		{"rejected the count", verdictHostile},
		{"rejected calls to concede", verdictHostile},
		{"dismissed the idea that the count was not fair", verdictNone},
	})
}
