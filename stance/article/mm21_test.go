package article

import (
	"strings"
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// mm21Lead opens the test articles of mm21 (names and places invented).
const mm21Lead = "Holt wins\n\nTARN (Wire) -- Mara Holt won the run-off on Sunday, beating Ivo Kask.\n\n"

// mm21Stances reads text with the default model in an election whose
// winner is Mara Holt and rival Ivo Kask, and returns each speaker's
// stance.
func mm21Stances(t *testing.T, text string) map[string]corpus.Label {
	t.Helper()
	r := defaultReader(t)
	r.Context = stance.Context{Winner: []string{"Mara Holt", "Holt"}, Rivals: []string{"Ivo Kask", "Kask"}}
	out := make(map[string]corpus.Label)
	for _, s := range r.Analyze(text).Speakers {
		out[s.Speaker] = s.Stance
	}
	return out
}

// TestMm21LeadParticiple: a stance participle opening the sentence is the
// act of the main clause's subject, who speaks after the comma.
func TestMm21LeadParticiple(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"congratulating, then said",
			mm21Lead + "Congratulating Mara Holt, Chancellor Lena Dal said trade talks would resume next month.",
			[]want{{"Lena Dal", Action, "Congratulating Mara Holt", 0}, {"Lena Dal", Reported, "trade talks would resume next month", 1}}},
		{"rejecting, then told",
			mm21Lead + "Rejecting the count, Senator Jo Roe told supporters the party would march on Friday.",
			[]want{{"Jo Roe", Action, "Rejecting the count", 0}, {"Jo Roe", Reported, "the party would march on Friday", 1}}},
		{"in welcoming, with a possessive object",
			mm21Lead + "In welcoming Holt's victory, Prime Minister Karl Ems said the two countries were old friends.",
			[]want{{"Karl Ems", Action, "In welcoming Holt's victory", 0}, {"Karl Ems", Reported, "the two countries were old friends", 1}}},
		{"refusing to recognise a named winner",
			mm21Lead + "Refusing to recognise Mara Holt, Senator Jo Roe said the party would boycott parliament.",
			[]want{{"Jo Roe", Action, "Refusing to recognise Mara Holt", 0}, {"Jo Roe", Reported, "the party would boycott parliament", 1}}},
		// near-misses: a participle of no stance; a stance participle
		// whose main clause has nobody speaking
		{"speaking is no act",
			mm21Lead + "Speaking to reporters, Chancellor Lena Dal said the count should be published.",
			[]want{{"Lena Dal", Reported, "the count should be published", 0}}},
		{"nobody speaks after the participle",
			mm21Lead + "Congratulating Mara Holt, crowds filled the main square.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestMm21Echo: "Those were the words of X", "So said X" after a quotation
// standing alone give it to X.
func TestMm21Echo(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"those were the words of",
			mm21Lead + "\"The count was rigged from the start.\" Those were the words of Senator Jo Roe.",
			[]want{{"Jo Roe", Direct, "The count was rigged from the start.", 0}}},
		{"that was the verdict of an office and name",
			mm21Lead + "\"We congratulate Mara Holt.\" That was the verdict of the foreign minister, Lena Dal.",
			[]want{{"Lena Dal", Direct, "We congratulate Mara Holt.", 0}}},
		{"so said, in the quotation's sentence",
			mm21Lead + "\"The people have chosen.\" So said Chancellor Karl Ems on Monday.",
			[]want{{"Karl Ems", Direct, "The people have chosen.", 0}}},
		{"such was the reaction of",
			mm21Lead + "\"We will work with her.\" Such was the reaction of Prime Minister Karl Ems.",
			[]want{{"Karl Ems", Direct, "We will work with her.", 0}}},
		// near-miss: the quotation had its own attribution
		{"an attributed quotation keeps its speaker",
			mm21Lead + "\"The count was rigged,\" said Senator Jo Roe. Those were the words of a desperate man.",
			[]want{{"Jo Roe", Direct, "The count was rigged", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestMm21Doubt: casting doubt on the vote is an act, read as
// withholding unless a stronger act decides.
func TestMm21Doubt(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"cast doubt on",
			mm21Lead + "Senator Jo Roe cast doubt on the result.",
			[]want{{"Jo Roe", Action, "cast doubt on the result", 0}}},
		{"has also cast fresh doubt over",
			mm21Lead + "Senator Jo Roe has also cast fresh doubt over Holt's victory.",
			[]want{{"Jo Roe", Action, "has also cast fresh doubt over Holt's victory", 0}}},
		{"raised serious questions about",
			mm21Lead + "Senator Jo Roe raised serious questions about the count.",
			[]want{{"Jo Roe", Action, "raised serious questions about the count", 0}}},
		{"threw doubt on the figures",
			mm21Lead + "Senator Jo Roe threw doubt on the official figures.",
			[]want{{"Jo Roe", Action, "threw doubt on the official figures", 0}}},
		// near-miss: questions about something else than the vote
		{"questions about the budget",
			mm21Lead + "Senator Jo Roe raised questions about the budget.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
	ctx := stance.Context{Winner: []string{"Mara Holt", "Holt"}}
	verdicts := []struct {
		text string
		want actionVerdict
	}{
		{"cast doubt on the result", verdictWithholding},
		{"has also cast fresh doubt over Holt's victory", verdictWithholding},
		{"raised serious questions about the count", verdictWithholding},
		{"cast doubt on the result and called for the election to be annulled", verdictHostile},
		{"raised funds for the campaign", verdictNone},
	}
	for _, v := range verdicts {
		assert.Equal(t, v.want, actionStance(ctx, v.text), v.text)
	}
}

// TestMm21Mock: an attribution made in mockery ("said sarcastically",
// "with heavy sarcasm") makes the remark hostile whatever its words.
func TestMm21Mock(t *testing.T) {
	tests := []struct {
		name, text string
		want       corpus.Label
	}{
		{"said sarcastically",
			mm21Lead + "\"Congratulations to Madam President on her great victory,\" Senator Jo Roe said sarcastically.", corpus.Hostile},
		{"said with heavy sarcasm",
			mm21Lead + "\"Well done, Madam President,\" Senator Jo Roe said with heavy sarcasm.", corpus.Hostile},
		{"ironically before a colon",
			mm21Lead + "Senator Jo Roe remarked ironically: \"A wonderful result for democracy.\"", corpus.Hostile},
		{"mockingly before a reported clause",
			mm21Lead + "Senator Jo Roe said mockingly that Holt had won a famous victory.", corpus.Hostile},
		// near-misses: a sincere manner; the mock word inside the quotation
		{"said sincerely",
			mm21Lead + "\"Congratulations to Madam President on her great victory,\" Senator Jo Roe said sincerely.", corpus.Recognising},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, mm21Stances(t, tc.text)["Jo Roe"])
		})
	}
	assert.False(t, mockingManner(actionWords("Senator Jo Roe said with a smile")))
	assert.True(t, mockingManner(actionWords("Senator Jo Roe said with obvious irony")))
	text := "\"Nobody here is sarcastic about the count,\" Senator Jo Roe said."
	rm := Remark{QuoteStart: 0, QuoteEnd: strings.Index(text, " Senator")}
	assert.Equal(t, []string{"senator", "jo", "roe", "said"}, attributionWords(text, rm))
}

// TestMm21Within: a greeting received from someone, told inside another
// speaker's reported clause, is the sender's act too (with the clause's
// span).
func TestMm21Within(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a call from a named leader who congratulated",
			mm21Lead + "Mara Holt said she had received a call from Chancellor Lena Dal, who congratulated her.",
			[]want{{"Mara Holt", Reported, "she had received a call from Chancellor Lena Dal, who congratulated her", 0}, {"Lena Dal", Action, "she had received a call from Chancellor Lena Dal, who congratulated her", 1}}},
		{"messages from two leaders, told by a spokesman",
			mm21Lead + "Her spokesman, Aron Vik, said Holt had received messages of congratulation from Chancellor Lena Dal and Prime Minister Karl Ems.",
			[]want{{"Aron Vik", Reported, "Holt had received messages of congratulation from Chancellor Lena Dal and Prime Minister Karl Ems", 0}, {"Lena Dal", Action, "Holt had received messages of congratulation from Chancellor Lena Dal and Prime Minister Karl Ems", 1}, {"Karl Ems", Action, "Holt had received messages of congratulation from Chancellor Lena Dal and Prime Minister Karl Ems", 2}}},
		{"told reporters she had received calls",
			mm21Lead + "Holt told reporters she had received calls from Chancellor Lena Dal and Prime Minister Karl Ems.",
			[]want{{"Mara Holt", Reported, "she had received calls from Chancellor Lena Dal and Prime Minister Karl Ems", 0}, {"Lena Dal", Action, "she had received calls from Chancellor Lena Dal and Prime Minister Karl Ems", 1}, {"Karl Ems", Action, "she had received calls from Chancellor Lena Dal and Prime Minister Karl Ems", 2}}},
		// near-miss: something received that is no greeting
		{"a report received is no act",
			mm21Lead + "Mara Holt said she had received a report from Chancellor Lena Dal on fishing quotas.",
			[]want{{"Mara Holt", Reported, "she had received a report from Chancellor Lena Dal on fishing quotas", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestMm21HeadlineSurname: a headline speaker given by surname alone is
// the body's one full name ending with it.
func TestMm21HeadlineSurname(t *testing.T) {
	const body = "\n\nTARN (Wire) -- Mara Holt won the run-off on Sunday.\n\n"
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a colon headline",
			"Dal: \"We will work with her\"" + body + "Chancellor Lena Dal said her government accepted the result.",
			[]want{{"Lena Dal", Direct, "We will work with her", 0}, {"Lena Dal", Reported, "her government accepted the result", 1}}},
		{"a says headline",
			"Dal says vote was rigged" + body + "Former minister Lena Dal told reporters the count had been rigged.",
			[]want{{"Lena Dal", Reported, "vote was rigged", 0}, {"Lena Dal", Reported, "the count had been rigged", 1}}},
		{"a headline surname named in full later in the body",
			"Dal: \"The people have chosen\"" + body + "Turnout was high. Lena Dal, the foreign minister, said the people had chosen.",
			[]want{{"Lena Dal", Direct, "The people have chosen", 0}, {"Lena Dal", Reported, "the people had chosen", 1}}},
		// near-miss: two full names end with the surname
		{"two people share the surname",
			"Dal: \"We will work with her\"" + body + "Chancellor Lena Dal said the result stood. Her brother Aron Dal said the count was rigged.",
			[]want{{"Dal", Direct, "We will work with her", 0}, {"Lena Dal", Reported, "the result stood", 1}, {"Aron Dal", Reported, "the count was rigged", 2}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
