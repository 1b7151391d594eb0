package article

import (
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// Tests of the rev21en narrowings of the en22 and mm21 rules: sentences a
// wire report could write near each rule, on which it misfired
// (sentences, names and places invented for the test).

// TestRev21enSubordinatePerson: a speech verb in a fronted subordinate
// clause whose subject is a person keeps its own remark; an institution's
// verb there is still the setting of the attribution's remark.
func TestRev21enSubordinatePerson(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"although a name said",
			"Reactions\n\nAlthough Karl Ems said Norland would wait for the final results, his deputy welcomed the outcome.",
			[]want{{"Karl Ems", Reported, "Norland would wait for the final results", 0}, {"deputy", Action, "welcomed the outcome", 1}}},
		{"since an office announced, then an attribution",
			"Reactions\n\nSince the foreign minister announced Velor would recognise Ana Berg, other governments have followed, Jo Roe said.",
			[]want{{"Jo Roe", Reported, "Since the foreign minister announced Velor would recognise Ana Berg, other governments have followed", 0}, {"foreign minister", Reported, "Since the foreign minister announced Velor would recognise Ana Berg, other governments have followed", 1}}},
		// near-miss: an institution's verb is still the attribution's setting
		{"the commission declared, then an attribution",
			"Reactions\n\nOnce the commission had declared the result, Velor sent Ana Berg its congratulations, spokesman Jo Roe said.",
			[]want{{"Jo Roe", Reported, "Once the commission had declared the result, Velor sent Ana Berg its congratulations", 0}, {"Velor", Action, "Once the commission had declared the result, Velor sent Ana Berg its congratulations", 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestRev21enFromGap: "and from B" followed by what B sent is no second
// giver of the first thing; a name followed by a speech verb ends the list
// of givers; a seat after the first list's last name does not hide "and
// from".
func TestRev21enFromGap(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"seats and from",
			"Reactions\n\nAna Berg received messages of support from Lena Dal in Velor and from Karl Ems in Norland.",
			[]want{{"Lena Dal", Action, "received messages of support", 0}, {"Karl Ems", Action, "received messages of support", 1}}},
		{"and from a name and a participle",
			"Reactions\n\nIvo Kask received calls from Lena Dal and from Karl Ems urging him to concede.",
			[]want{{"Lena Dal", Action, "received calls", 0}, {"Karl Ems", Action, "received calls", 1}}},
		// near-misses
		{"and from a name, then a warning",
			"Reactions\n\nAna Berg received congratulations from Lena Dal, and from Karl Ems a warning that Norland would watch the recount.",
			[]want{{"Lena Dal", Action, "received congratulations", 0}}},
		{"and from a name, then nothing but silence",
			"Reactions\n\nAna Berg received congratulations from Lena Dal, and from Ivo Kask nothing but silence.",
			[]want{{"Lena Dal", Action, "received congratulations", 0}}},
		{"and from a place, then came word",
			"Reactions\n\nAna Berg received congratulations from Lena Dal, and from Tarn City came word of protests.",
			[]want{{"Lena Dal", Action, "received congratulations", 0}}},
		{"a spokesman's attribution after the list",
			"Reactions\n\nAna Berg received congratulations from Lena Dal in Velor, her spokesman Aron Vik said.",
			[]want{{"Aron Vik", Reported, "Ana Berg received congratulations from Lena Dal in Velor", 0}, {"Lena Dal", Action, "Ana Berg received congratulations from Lena Dal in Velor", 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestRev21enWithinClause: a greeting received inside a reported clause
// that goes on with a clause of the reporter's gives the senders no act
// with the reporter's words.
func TestRev21enWithinClause(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a clause of the ministry's with only the greeting",
			"Reactions\n\nThe ministry said it had received congratulations from Lena Dal.",
			[]want{{"ministry", Reported, "it had received congratulations from Lena Dal", 0}, {"Lena Dal", Action, "it had received congratulations from Lena Dal", 1}}},
		// near-misses: the clause goes on
		{"but would not concede",
			"Reactions\n\nIvo Kask said he had received calls from Lena Dal and Karl Ems but would not concede.",
			[]want{{"Ivo Kask", Reported, "he had received calls from Lena Dal and Karl Ems but would not concede", 0}}},
		{"and had told them",
			"Reactions\n\nJo Roe said Kask had received calls from Lena Dal and had told her the vote was stolen.",
			[]want{{"Jo Roe", Reported, "Kask had received calls from Lena Dal and had told her the vote was stolen", 0}}},
		{"but the count was disputed",
			"Reactions\n\nAron Vik said Ana Berg had received messages of congratulation from Lena Dal, but the count was still disputed.",
			[]want{{"Aron Vik", Reported, "Ana Berg had received messages of congratulation from Lena Dal, but the count was still disputed", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestRev21enLeadObject: an opening participle gives its act only when
// its object is the vote or a name, and not when it is a gerund subject.
func TestRev21enLeadObject(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"accepting defeat",
			mm21Lead + "Accepting defeat, Ivo Kask told supporters the people had spoken.",
			[]want{{"Ivo Kask", Action, "Accepting defeat", 0}, {"Ivo Kask", Reported, "the people had spoken", 1}}},
		{"dismissing allegations",
			mm21Lead + "Dismissing allegations of rigging, Chancellor Lena Dal said Norland would work with Holt.",
			[]want{{"Lena Dal", Action, "Dismissing allegations of rigging", 0}, {"Lena Dal", Reported, "Norland would work with Holt", 1}}},
		// near-misses
		{"accepting an award in a place",
			mm21Lead + "Accepting an award in Velor, Chancellor Lena Dal said she had not followed the race.",
			[]want{{"Lena Dal", Reported, "she had not followed the race", 0}}},
		{"praising the turnout",
			mm21Lead + "Praising the high turnout, Pia Lund said young voters had come out.",
			[]want{{"Pia Lund", Reported, "young voters had come out", 0}}},
		{"a gerund subject",
			mm21Lead + "Congratulating Holt would be premature, Chancellor Lena Dal said, adding that Velor would wait.",
			[]want{{"Lena Dal", Reported, "Congratulating Holt would be premature", 0}, {"Lena Dal", Reported, "Velor would wait", 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestRev21enEchoShared: "That was the view of X, too" names someone who
// shares the quotation's view, not its speaker.
func TestRev21enEchoShared(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"the verdict of a name",
			mm21Lead + "\"It was the cleanest vote in years.\" That was the verdict of Chancellor Karl Ems.",
			[]want{{"Karl Ems", Direct, "It was the cleanest vote in years.", 0}}},
		// near-misses
		{"the view of a name, too",
			mm21Lead + "Chancellor Lena Dal spoke on Monday. \"It was the cleanest vote in years.\" That was the view of Karl Ems, too.",
			[]want{{"Lena Dal", Direct, "It was the cleanest vote in years.", 0}}},
		{"also the reaction of",
			mm21Lead + "Chancellor Lena Dal spoke on Monday. \"It was the cleanest vote in years.\" That was also the reaction of Karl Ems.",
			[]want{{"Lena Dal", Direct, "It was the cleanest vote in years.", 0}}},
		{"the reaction of a name as well",
			mm21Lead + "Chancellor Lena Dal spoke on Monday. \"It was the cleanest vote in years.\" That was the reaction of Karl Ems as well.",
			[]want{{"Lena Dal", Direct, "It was the cleanest vote in years.", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestRev21enDoubtObject: casting doubt is an act only on the vote, and
// doubting a challenge to the vote withholds nothing.
func TestRev21enDoubtObject(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"the legitimacy of the vote",
			mm21Lead + "Senator Jo Roe cast doubt on the legitimacy of the vote.",
			[]want{{"Jo Roe", Action, "cast doubt on the legitimacy of the vote", 0}}},
		{"whether she had won",
			mm21Lead + "Senator Jo Roe raised questions about whether Holt had really won.",
			[]want{{"Jo Roe", Action, "raised questions about whether Holt had really won", 0}}},
		// near-misses
		{"the winner's health", mm21Lead + "Senator Jo Roe raised questions about Holt's health.", nil},
		{"a country's economy", mm21Lead + "Senator Jo Roe raised questions about Tarn's economy.", nil},
		{"the rival's fraud claims", mm21Lead + "Senator Jo Roe cast doubt on Kask's fraud claims.", nil},
		{"the opposition's allegations", mm21Lead + "Senator Jo Roe cast doubt on the opposition's allegations of fraud.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
	ctx := stance.Context{Winner: []string{"Mara Holt", "Holt"}}
	assert.Equal(t, verdictWithholding, actionStance(ctx, "cast doubt on the legitimacy of the vote"))
	assert.NotEqual(t, verdictWithholding, actionStance(ctx, "cast doubt on Kask's fraud claims"))
	assert.NotEqual(t, verdictWithholding, actionStance(ctx, "raised questions about Holt's plans to cut taxes"))
}

// TestRev21enMockManner: mockery is the manner of the speech verb, not a
// comment on the facts ("said, ironically on his birthday"), another
// clause's ("who ironically had …", "as protesters jeered mockingly") or
// denied ("with no irony").
func TestRev21enMockManner(t *testing.T) {
	tests := []struct {
		name, text string
		want       corpus.Label
	}{
		{"said a name mockingly",
			mm21Lead + "\"Congratulations, Madam President,\" said Senator Jo Roe mockingly.", corpus.Hostile},
		{"told reporters sarcastically",
			mm21Lead + "\"What a triumph for democracy,\" Senator Jo Roe told reporters sarcastically.", corpus.Hostile},
		// near-misses
		{"who ironically had campaigned",
			mm21Lead + "\"We congratulate Mara Holt on her victory,\" said Senator Jo Roe, who ironically had campaigned against her.", corpus.Recognising},
		{"said, ironically on a birthday",
			mm21Lead + "\"I congratulate Mara Holt on her victory,\" Senator Jo Roe said, ironically on her 60th birthday.", corpus.Recognising},
		{"others jeered mockingly",
			mm21Lead + "\"We congratulate Holt on her victory,\" Senator Jo Roe said, as protesters jeered mockingly outside.", corpus.Recognising},
		{"greeted with derision",
			mm21Lead + "\"We congratulate Holt on her victory,\" Senator Jo Roe said, a remark greeted with derision by protesters.", corpus.Recognising},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, mm21Stances(t, tc.text)["Jo Roe"])
		})
	}
	assert.False(t, mockingManner(commaWords("Senator Jo Roe said, with no irony")))
	assert.True(t, mockingManner(commaWords("Senator Jo Roe said, with heavy irony")))
	assert.False(t, mockingManner(commaWords("Senator Jo Roe said, ironically")))
	assert.True(t, mockingManner(commaWords("Senator Jo Roe sarcastically remarked")))
}
