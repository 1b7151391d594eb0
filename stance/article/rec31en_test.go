package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRec31enConstructions: constructions of real English reaction
// roundups (sentences invented for the test), each with a near-miss the
// rule must leave alone.
func TestRec31enConstructions(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"among those praising, a colon list",
			"Reactions\n\nAmong those praising Kask's win: Sarnian leader Lena Dal, Morish president Tom Berg, and Ostian leader Pia Lund.",
			[]want{{"Lena Dal", Action, "praising Kask's win", 0}, {"Tom Berg", Action, "praising Kask's win", 1}, {"Pia Lund", Action, "praising Kask's win", 2}}},
		{"among, a colon list without a stance verb",
			"Reactions\n\nAmong the topics raised: trade, Sarnian leader Lena Dal and the border.",
			nil},
		{"a split infinitive after a purpose lead-in",
			"Reactions\n\nNorlish Prime Minister Ari Vik went online on Thursday to publicly congratulate the new president.",
			[]want{{"Ari Vik", Action, "went online on Thursday to publicly congratulate the new president", 0}}},
		{"a split infinitive of no stance",
			"Reactions\n\nNorlish Prime Minister Ari Vik went to the rally to loudly cheer the crowd.",
			nil},
		{"a fronted comparison is no name",
			"Reactions\n\nDal sent Kask a warm letter on Sunday.\n\nLike Dal, Moravia's president held off until the count was final.",
			[]want{{"Dal", Action, "sent Kask a warm letter on Sunday", 0}}},
		{"an envoy to a place, then the name",
			"Reactions\n\nSarnian ambassador to Velor, Jan Holt, said the vote was fair.",
			[]want{{"Jan Holt", Reported, "the vote was fair", 0}}},
		{"a dash aside after the opening person, then saying",
			"Reactions\n\nSarnian President Lena Dal—whose ties with Kask quickly cooled—addressed Kask in a tweet, saying: \"We have much to do together.\"",
			[]want{{"Lena Dal", Direct, "We have much to do together.", 0}}},
		{"a partitive, then the name",
			"Reactions\n\nOne of the party leaders, Eva Dunn, said that the party would reject the result.",
			[]want{{"Eva Dunn", Reported, "the party would reject the result", 0}}},
		{"a partitive as an object",
			"Reactions\n\nVoters backed one of the party leaders, Eva Dunn, who said that the party would reject the result.",
			[]want{{"Voters", Action, "backed one of the party leaders, Eva Dunn, who said that the party would reject the result", 0}}},
		{"a call followed by others from a list",
			"Reactions\n\nPresident Lena Dal called Kask to congratulate him on Monday. Dal's call was soon followed by others from Ostian President Pia Lund and Morish Premier Ola Berg.",
			[]want{{"Lena Dal", Action, "called Kask to congratulate him on Monday", 0}, {"Pia Lund", Action, "called Kask to congratulate him on Monday", 1}, {"Ola Berg", Action, "called Kask to congratulate him on Monday", 2}}},
		{"a call followed by protests of no person",
			"Reactions\n\nThe call for a recount was followed by protests from the opposition.",
			nil},
		{"the leaders of a list",
			"Reactions\n\nThe leaders of Tarnia and Sarnia congratulated Kask.",
			[]want{{"Sarnia", Action, "congratulated Kask", 0}, {"Tarnia", Action, "congratulated Kask", 1}}},
		{"the governments of a longer list",
			"Reactions\n\nThe governments of Tarnia, Sarnia and Ostia called for a second round.",
			[]want{{"Ostia", Action, "called for a second round", 0}, {"Sarnia", Action, "called for a second round", 1}, {"Tarnia", Action, "called for a second round", 2}}},
		{"the supporters of a list: the first is no actor",
			"Reactions\n\nThe supporters of Tarnia and Sarnia congratulated Kask.",
			[]want{{"Sarnia", Action, "congratulated Kask", 0}}},
		{"state media reported that a name congratulated",
			"Reactions\n\nIn the last week of May, Sarnian state media reported that Lena Dal had congratulated Kask on his win.",
			[]want{{"Lena Dal", Action, "had congratulated Kask on his win", 0}}},
		{"a report that already holds the act",
			"Reactions\n\nSarnian officials said that Lena Dal had congratulated Kask on his win.",
			[]want{{"Sarnian officials", Reported, "Lena Dal had congratulated Kask on his win", 0}, {"Lena Dal", Action, "Lena Dal had congratulated Kask on his win", 1}}},
		{"that as a determiner, no report verb",
			"Reactions\n\nVoters cheered that Lena Dal statue on Monday.",
			nil},
		{"leaders of a list opening the sentence",
			"Reactions\n\nLeaders of Tarnia, Ostia and Moria wished Kask success in his new term.",
			[]want{{"Moria", Action, "wished Kask success in his new term", 0}, {"Ostia", Action, "wished Kask success in his new term", 1}, {"Tarnia", Action, "wished Kask success in his new term", 2}}},
		{"a list closed by many others",
			"Reactions\n\nPresident Jo Roe, Premier Eli Sand and many others congratulated Kask.",
			[]want{{"Jo Roe", Action, "congratulated Kask", 0}, {"Eli Sand", Action, "congratulated Kask", 1}}},
		{"a list closed by others as an object",
			"Reactions\n\nKask thanked Tarnia, Ostia and others who congratulated him.",
			nil},
		{"glued bullets and a line closing a quotation",
			"Reactions\n\n*Sarnian President Tom Berg wrote that he ‘congratulates the new president’.\n*Sarnian ambassador to Tarnia, Jan Holt, wrote in a tweet: ‘A new era is opening’\n*Morish Prime Minister Per Lind congratulated Kask.",
			[]want{{"Tom Berg", Reported, "he ‘congratulates the new president’", 0}, {"Jan Holt", Direct, "A new era is opening", 1}, {"Per Lind", Action, "congratulated Kask", 2}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestRec31enHelpers: the word-level tests of the rules.
func TestRec31enHelpers(t *testing.T) {
	assert.True(t, gluedBullet("*Sarnian", 1))
	assert.False(t, gluedBullet("*ahem*", 1))
	assert.True(t, quoteClosedLine("wrote: ‘A world is ending’", "Morish Premier Ola Berg"))
	assert.False(t, quoteClosedLine("wrote: ‘A world is ending’", "and left."))
	assert.False(t, quoteClosedLine("the vote in", "Velor was fair."))
	assert.True(t, splitAdverb(token{kind: tWord, lower: "publicly"}))
	assert.False(t, splitAdverb(token{kind: tWord, lower: "rally"}))
	toks := tokenize(nil, "Jo Roe—a critic—said", 0, len("Jo Roe—a critic—said"), nil, 0)
	assert.True(t, dashAsideAfter(toks, 2))
	toks = tokenize(nil, "Jo Roe—a critic—Tarn", 0, len("Jo Roe—a critic—Tarn"), nil, 0)
	assert.False(t, dashAsideAfter(toks, 2))
}
