package article

import (
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestMm20Lists: names of a list share its act when each carries an
// origin ("President A of Velor"), when a group opens the list with
// "including", and when the subject joined named people in the act
// (sentences invented for the test).
func TestMm20Lists(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"three titled names with origins",
			"Reactions\n\nChancellor Lena Dal of Norland, President Ivo Kask of Velor and Prime Minister Jo Roe of Tarn all congratulated Mara Holt on Monday.",
			[]want{{"Jo Roe", Action, "all congratulated Mara Holt on Monday", 0}, {"Ivo Kask", Action, "all congratulated Mara Holt on Monday", 1}, {"Lena Dal", Action, "all congratulated Mara Holt on Monday", 2}}},
		{"the first name with an origin",
			"Reactions\n\nPresident Ivo Kask of Velor and Chancellor Lena Dal congratulated Mara Holt.",
			[]want{{"Lena Dal", Action, "congratulated Mara Holt", 0}, {"Ivo Kask", Action, "congratulated Mara Holt", 1}}},
		{"leaders including two names",
			"Reactions\n\nLeaders including Chancellor Lena Dal of Norland and President Ivo Kask of Velor congratulated Mara Holt.",
			[]want{{"Ivo Kask", Action, "congratulated Mara Holt", 0}, {"Lena Dal", Action, "congratulated Mara Holt", 1}}},
		{"a group with an including aside",
			"Reactions\n\nWestern governments, including Chancellor Lena Dal and President Ivo Kask, congratulated Mara Holt.",
			[]want{{"Lena Dal", Action, "congratulated Mara Holt", 0}, {"Ivo Kask", Action, "congratulated Mara Holt", 1}}},
		{"joined a titled name in the act",
			"Reactions\n\nPresident Ivo Kask joined Chancellor Lena Dal in congratulating Mara Holt.",
			[]want{{"Ivo Kask", Action, "joined Chancellor Lena Dal in congratulating Mara Holt", 0}, {"Lena Dal", Action, "joined Chancellor Lena Dal in congratulating Mara Holt", 1}}},
		{"joined two names to act",
			"Reactions\n\nPresident Ivo Kask joined Lena Dal and Jo Roe to congratulate Mara Holt.",
			[]want{{"Ivo Kask", Action, "joined Lena Dal and Jo Roe to congratulate Mara Holt", 0}, {"Lena Dal", Action, "joined Lena Dal and Jo Roe to congratulate Mara Holt", 1}, {"Jo Roe", Action, "joined Lena Dal and Jo Roe to congratulate Mara Holt", 2}}},
		// counter-cases: an object with an origin before the list; a
		// noun that is no group before "including"; joined a group or
		// a place, with no act after "in"
		{"the first name is an object",
			"Reactions\n\nMara Holt thanked President Ivo Kask of Velor and Chancellor Lena Dal congratulated her.",
			[]want{{"Lena Dal", Action, "congratulated her", 0}}},
		{"a cabinet including names",
			"Reactions\n\nMara Holt named a cabinet including Lena Dal and Ivo Kask praised the choice.",
			[]want{{"Ivo Kask", Action, "praised the choice", 0}}},
		{"joined other leaders",
			"Reactions\n\nPresident Ivo Kask joined other leaders in congratulating Mara Holt.",
			[]want{{"Ivo Kask", Action, "joined other leaders in congratulating Mara Holt", 0}}},
		{"joined someone in a place",
			"Reactions\n\nPresident Ivo Kask joined Lena Dal in Paris on Monday.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestMm20SpeakerHeader: a roundup's entry headed by a paragraph that is
// only its speaker, or by a label and a dash before "Name:", gives the
// quotation that follows to that speaker.
func TestMm20SpeakerHeader(t *testing.T) {
	const lead = "Reactions\n\nMara Holt won the vote on Sunday.\n\n"
	quote := "\"We congratulate Mara Holt on her victory.\""
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a header in capitals with a colon",
			lead + "NORLANDIC CHANCELLOR LENA DAL:\n\n" + quote,
			[]want{{"LENA DAL", Direct, "We congratulate Mara Holt on her victory.", 0}}},
		{"a header with where it was said",
			lead + "Velorian President Ivo Kask, in a statement:\n\n\"We will wait for the final count.\"",
			[]want{{"Ivo Kask", Direct, "We will wait for the final count.", 0}}},
		{"a titled header without a colon",
			lead + "Norlandic Chancellor Lena Dal\n\n" + quote,
			[]want{{"Lena Dal", Direct, "We congratulate Mara Holt on her victory.", 0}}},
		{"a country label, a dash, then the name and a colon",
			lead + "NORLAND - Chancellor Lena Dal: " + quote,
			[]want{{"Lena Dal", Direct, "We congratulate Mara Holt on her victory.", 0}}},
		// counter-cases: a section title is nobody; a dash before a
		// description that is no name
		{"a section title",
			lead + "BRITAIN\n\n" + quote,
			[]want{{"", Direct, "We congratulate Mara Holt on her victory.", 0}}},
		{"a dash before a description",
			lead + "The verdict - a landslide: " + quote,
			[]want{{"", Direct, "We congratulate Mara Holt on her victory.", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestMm20RivalPriors recounts rivalPriors: the label shares of the gold
// speakers of priorSets named by a rival form and no winner form.
func TestMm20RivalPriors(t *testing.T) {
	checkPriorShares(t, rivalPriors, func(a GoldArticle, g GoldSpeaker) bool {
		ctx := stance.Context{Winner: a.Winner, Rivals: a.Rivals}
		return rivalSpeaker(ctx, Remark{Speaker: g.Name, Aliases: g.Aliases})
	})
}

// TestMm20RivalPrior: one hesitant hostile remark (hostile 0.45,
// recognising 0.35) sums up as recognising under the general prior and
// as hostile under a rival's; a confident recognising remark (a rival
// who concedes) stays recognising; and the reader gives a rival of its
// context the rival's prior, another speaker the general one.
func TestMm20RivalPrior(t *testing.T) {
	p := func(a, b, c float64) stance.Prediction { return stance.NewPrediction(labels, []float64{a, b, c}) }
	hesitant := []stance.Prediction{p(0.35, 0.20, 0.45)}
	l, _ := SpeakerPrior.applyWith(hesitant, labels, speakerPriors)
	assert.Equal(t, corpus.Recognising, l)
	l, _ = SpeakerPrior.applyWith(hesitant, labels, rivalPriors)
	assert.Equal(t, corpus.Hostile, l)
	l, _ = DefaultRule.applyWith([]stance.Prediction{p(0.8, 0.1, 0.1)}, labels, rivalPriors)
	assert.Equal(t, corpus.Recognising, l)

	r := Reader{Context: stance.Context{Winner: []string{"Mara Holt", "Holt"}, Rivals: []string{"Ivo Kask", "Kask"}}}
	assert.Equal(t, rivalPriors, r.priorOf(Summary{Speaker: "Ivo Kask"}))
	assert.Equal(t, rivalPriors, r.priorOf(Summary{Speaker: "Ivo Kask (opposition leader)", Aliases: []string{"Kask"}}))
	assert.Equal(t, speakerPriors, r.priorOf(Summary{Speaker: "Lena Dal"}))
	assert.Equal(t, speakerPriors, r.priorOf(Summary{Speaker: "Mara Holt"}))
}
