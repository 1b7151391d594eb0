package article

import "testing"

// TestFrontedPhrase: a fronted prepositional phrase without a comma before
// the sentence's subject; counter-cases where the name is the phrase's
// object.
func TestFrontedPhrase(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a fronted phrase, a name, two verbs and a pronoun after",
			"Reactions\n\nIn his televised address Ivo Kask complained about violence and said it had been the worst vote in years. But he also said he would hand over.",
			[]want{{"Ivo Kask", Reported, "it had been the worst vote in years", 0}, {"Ivo Kask", Reported, "he would hand over", 1}}},
		{"after a ruling, a titled name",
			"Reactions\n\nAfter the court's ruling President Lena Dal thanked the judges and said the count was final.",
			[]want{{"Lena Dal", Reported, "the count was final", 0}}},
		{"an opener preposition, a name and an apposition with a relative clause, a pronoun after",
			"Reactions\n\nWithin hours Ivo Kask, the party leader who had shared power with Lena Dal, held a news conference. He said the count was rigged.",
			[]want{{"Ivo Kask", Reported, "the count was rigged", 0}}},
		{"a weekday after the preposition, then the name",
			"Reactions\n\nOn Monday Ivo Kask held a news conference. He said the count was rigged.",
			[]want{{"Ivo Kask", Reported, "the count was rigged", 0}}},
		{"a connective, a fronted phrase, an apposed name and a speech verb",
			"Reactions\n\nAnd within hours Lena Dal, Velor's envoy, said the count was final.",
			[]want{{"Lena Dal", Reported, "the count was final", 0}}},
		// counter-cases
		{"a name after a preposition is its object, not the speaker",
			"Reactions\n\nDuring talks with Ivo Kask the minister thanked the judges and said the count was final.",
			nil},
		{"a name after a preposition, with a comma, is its object too",
			"Reactions\n\nDuring talks with Ivo Kask, the minister said the count was final.",
			[]want{{"minister", Reported, "the count was final", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestCommaOpener: a short opening adverbial set off by a comma before
// the subject; counter-case: a word that opens no adverbial.
func TestCommaOpener(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"outside a place, a described name, a participle",
			"Reactions\n\nOutside parliament, Ivo Kask filed a complaint, calling the victory a fraud.",
			[]want{{"Ivo Kask", Action, "calling the victory a fraud", 0}}},
		{"across the region, a name, a pronoun after",
			"Reactions\n\nAcross the region, Lena Dal was the first to speak. She said the vote was clean.",
			[]want{{"Lena Dal", Reported, "the vote was clean", 0}}},
		// counter-case
		{"an opener word without a comma keeps nobody as the subject",
			"Reactions\n\nLena Dal spoke first. Elsewhere the count went on. She said the vote was clean.",
			[]want{{"Lena Dal", Reported, "the vote was clean", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestClauseAdverbial: a short adverbial after ", and" before a new
// clause's subject; counter-case: "and" followed by an object phrase.
func TestClauseAdverbial(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"and after the announcement he said",
			"Reactions\n\nIvo Kask had congratulated Lima, and after the announcement he said the count was clean.",
			[]want{{"Ivo Kask", Action, "had congratulated Lima", 0}, {"Ivo Kask", Reported, "the count was clean", 1}}},
		{"but on Monday a name said",
			"Reactions\n\nIvo Kask congratulated Lima, but on Monday Lena Dal said the count was a fraud.",
			[]want{{"Ivo Kask", Action, "congratulated Lima", 0}, {"Lena Dal", Reported, "the count was a fraud", 1}}},
		// counter-case
		{"and with a phrase that has no new subject stays in the act",
			"Reactions\n\nIvo Kask congratulated Lima, and in the same message thanked the voters.",
			[]want{{"Ivo Kask", Action, "congratulated Lima, and in the same message thanked the voters", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestStackedOpeners: connectives and adverbials stacked before the
// subject ("And in Tarn, …", "Meanwhile, in Tarn, …"); counter-cases: a
// connective before a sentence with no person as subject, and a
// connective before a pronoun.
func TestStackedOpeners(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a connective and a place, a titled name, a pronoun's quotation after",
			"Reactions\n\nAnd in Tarn, Prime Minister Ivo Kask struck a warmer note. “We look forward to working with him,” he told reporters.",
			[]want{{"Ivo Kask", Direct, "We look forward to working with him", 0}}},
		{"a sentence adverb with a comma, a place, a titled name",
			"Reactions\n\nMeanwhile, in Tarn, President Lena Dal struck a cooler note. “We will wait for the court,” she said.",
			[]want{{"Lena Dal", Direct, "We will wait for the court", 0}}},
		{"a connective before an adjective and an office with a name",
			"Reactions\n\nAnd Velorian Prime Minister Ivo Kask took half a day before congratulating Dal, and in a separate message thanked Roe.",
			[]want{{"Ivo Kask", Action, "congratulating Dal, and in a separate message thanked Roe", 0}}},
		{"two connectives and a time adverbial",
			"Reactions\n\nBut meanwhile, on Thursday, Lena Dal, the opposition leader, struck a harder tone. “This count is a fraud,” she said.",
			[]want{{"Lena Dal", Direct, "This count is a fraud", 0}}},
		// counter-cases
		{"a connective before a sentence whose subject is no person",
			"Reactions\n\nLena Dal spoke first. And in Tarn, crowds gathered outside the commission. “We will wait for the court,” she said.",
			[]want{{"Lena Dal", Direct, "We will wait for the court", 0}}},
		{"a connective before a pronoun leaves the pronoun to the person before",
			"Reactions\n\nIvo Kask spoke after the count. And then he said the vote was clean.",
			[]want{{"Ivo Kask", Reported, "the vote was clean", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
