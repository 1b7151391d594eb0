package article

import "testing"

// TestSpeechVerbClauses: the clause of a speech verb is found whatever
// verb the reporter chose — a channel between the verb and a clause with
// no "that", a subject right after a verb that may take an addressee, a
// particle, and less common reporting verbs — and not where the verb has
// an object or a preposition instead.
func TestSpeechVerbClauses(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a statement between the verb and a capitalised subject",
			"Reactions\n\nThe foreign ministry said in a statement Norland was ready to work with the new president.",
			[]want{{"foreign ministry", Reported, "Norland was ready to work with the new president", 0}}},
		{"a news agency as the addressee, then the subject",
			"Reactions\n\nIvo Kask told Reuters Velor would not recognise the count.",
			[]want{{"Ivo Kask", Reported, "Velor would not recognise the count", 0}}},
		{"a platform, then a titled subject",
			"Reactions\n\nLena Dal wrote on X President Ivo Kask had won fairly.",
			[]want{{"Lena Dal", Reported, "President Ivo Kask had won fairly", 0}}},
		{"warned and a noun phrase with its auxiliary",
			"Reactions\n\nLena Dal warned the count had been rigged.",
			[]want{{"Lena Dal", Reported, "the count had been rigged", 0}}},
		{"warned and a subject pronoun",
			"Reactions\n\nLena Dal warned he would never accept the count.",
			[]want{{"Lena Dal", Reported, "he would never accept the count", 0}}},
		{"an addressee, then a capitalised subject",
			"Reactions\n\nIvo Kask told journalists Norland was ready to work with the winner.",
			[]want{{"Ivo Kask", Reported, "Norland was ready to work with the winner", 0}}},
		{"pointed out that",
			"Reactions\n\nIvo Kask pointed out that the count had been clean.",
			[]want{{"Ivo Kask", Reported, "the count had been clean", 0}}},
		{"a less common verb after the quotation",
			"Reactions\n\n“The count was a farce,” charged Lena Dal.",
			[]want{{"Lena Dal", Direct, "The count was a farce", 0}}},
		{"mused that",
			"Reactions\n\nIvo Kask mused that the count had been fair.",
			[]want{{"Ivo Kask", Reported, "the count had been fair", 0}}},
		{"a channel's name goes on before the subject",
			"Reactions\n\nLena Dal told AP News the vote was stolen.",
			[]want{{"Lena Dal", Reported, "the vote was stolen", 0}}},
		{"a channel's two-word name, then a capitalised subject",
			"Reactions\n\nLena Dal told BBC Radio Ivo Kask had stolen the vote.",
			[]want{{"Lena Dal", Reported, "Ivo Kask had stolen the vote", 0}}},
		// counter-cases
		{"pointed out a noun with its relative clause: no clause",
			"Reactions\n\nObservers pointed out irregularities that had been reported in Tarn.",
			nil},
		{"answered questions about whether: no clause",
			"Reactions\n\nLena Dal answered questions about whether the vote had been fair.",
			nil},
		{"answered critics, with their own relative clause: no clause",
			"Reactions\n\nIvo Kask answered critics on Monday, many of whom had called the vote rigged.",
			nil},
		{"a named addressee is no part of the clause",
			"Reactions\n\nLena Dal told Ivo Kask Jo Roe had won.",
			nil},
		{"mused about a topic: no remark",
			"Reactions\n\nIvo Kask mused about the future of his party.",
			nil},
		{"reasoned with an audience: no remark",
			"Reactions\n\nIvo Kask reasoned with the crowd for an hour.",
			nil},
		{"warned an addressee of something: no clause",
			"Reactions\n\nLena Dal warned Ivo Kask of the risks.",
			nil},
		{"an addressee and the clause after it",
			"Reactions\n\nIvo Kask told reporters the count had been fair.",
			[]want{{"Ivo Kask", Reported, "the count had been fair", 0}}},
		{"pointed to a noun: no clause",
			"Reactions\n\nIvo Kask pointed to the long queues.",
			nil},
		{"complained about a noun, then said",
			"Reactions\n\nIvo Kask complained about the heat and said the count had been fair.",
			[]want{{"Ivo Kask", Reported, "the count had been fair", 0}}},
		{"agreed to a plan: no clause",
			"Reactions\n\nLena Dal agreed to a meeting with the winner.",
			nil},
		{"a weekday after the statement is no subject",
			"Reactions\n\nThe ministry said in a statement Sunday that the count had been fair.",
			[]want{{"ministry", Reported, "the count had been fair", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
