package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestRev18enPhrasalObject: the review of en18's phrasal stance verbs;
// they take a stance only on an object about the vote, its result, a
// challenge to it or a named person (sentences invented for the test).
func TestRev18enPhrasalObject(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a result object is a stance",
			"Reactions\n\nTom Lind threw out the provisional results on Monday.",
			[]want{{"Tom Lind", Action, "threw out the provisional results on Monday", 0}}},
		{"a challenge object is a stance",
			"Reactions\n\nThe judge, Eva Holm, brushed aside the opposition's complaints.",
			[]want{{"Eva Holm", Action, "brushed aside the opposition's complaints", 0}}},
		// counter-cases: off-topic objects
		{"turned down the volume",
			"Reactions\n\nTom Lind turned down the volume before he spoke about the weather.",
			nil},
		{"ruled out a tax rise",
			"Reactions\n\nFinance minister Tom Lind ruled out a tax rise next year.",
			nil},
		{"threw out the first pitch",
			"Reactions\n\nEva Holm threw out the first pitch at the baseball game.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestRev18enFairnessReserved: a reserve before naming the vote fair
// withholds even where naming it fair alone recognises (namingVerdict);
// naming it fair without a reserve still recognises.
func TestRev18enFairnessReserved(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	cases := []struct {
		text string
		want actionVerdict
	}{
		{"stopped short of calling the vote fair", verdictWithholding},
		{"declined to call the election free and fair", verdictWithholding},
		{"refrained from calling the ballot credible", verdictWithholding},
		{"called the vote fair", verdictRecognising},
		{"stopped short of calling the vote a fraud", verdictHostile},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, actionStance(ctx, c.text), c.text)
	}
}

// TestRev18enPutItIn: "put it in" before a colon is a wording only with a
// noun of wording ("in one sentence", "in plain terms"); a place is none.
func TestRev18enPutItIn(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"put it in plain terms",
			"Reactions\n\nTom Lind put it in plain terms: the count had been rigged.",
			[]want{{"Tom Lind", Reported, "the count had been rigged", 0}}},
		{"put it in a nutshell",
			"Reactions\n\nEva Holm put it in a nutshell: Ana Berg won fairly.",
			[]want{{"Eva Holm", Reported, "Ana Berg won fairly", 0}}},
		// counter-case: a place after "in"
		{"put it in a drawer",
			"Reactions\n\nEva Holm put it in a drawer: the letter from Ana Berg.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestRev18enToldDay: after "told me" a day opens no reported clause; a
// name does.
func TestRev18enToldDay(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"told me and a name",
			"Reactions\n\nTom Lind told me Ana Berg had won fairly.",
			[]want{{"Tom Lind", Reported, "Ana Berg had won fairly", 0}}},
		// counter-case: a day after the addressee
		{"told me and a day",
			"Reactions\n\nTom Lind told me Friday that the count had been rigged.",
			[]want{{"Tom Lind", Reported, "the count had been rigged", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestRev18enDocumentAuthors: a statement's list of authors after a time
// ("issued on Monday by A and B") or after "from" with no participle
// ("a statement from A and B") are all its verb's subjects.
func TestRev18enDocumentAuthors(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"issued on a day by two people",
			"Reactions\n\nA brief statement issued on Monday by Tom Lind and Eva Holm congratulated Ana Berg.",
			[]want{{"Tom Lind", Action, "congratulated Ana Berg", 0}, {"Eva Holm", Action, "congratulated Ana Berg", 1}}},
		{"a letter from three people",
			"Reactions\n\nA joint letter from Tom Lind, Eva Holm and Max Berg said the count had been rigged.",
			[]want{{"Tom Lind", Reported, "the count had been rigged", 0}, {"Eva Holm", Reported, "the count had been rigged", 1}, {"Max Berg", Reported, "the count had been rigged", 2}}},
		// counter-case: a body, no list of people
		{"a statement from a ministry",
			"Reactions\n\nA statement from the ministry said the count had been rigged.",
			[]want{{"ministry", Reported, "the count had been rigged", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
