package article

import (
	"slices"
	"testing"
)

// TestMiddleInitials: a name with a middle initial is one name wherever it
// stands — mentioned as an object, read before "said", set off by commas
// after an office — and its surname alone is that speaker. Sentences
// written for the test.
func TestMiddleInitials(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"the surname alone after a mention of the full name",
			"Reactions\n\nThe council proclaimed Lena M. Dal the winner.\n\nDal said the result would be respected.",
			[]want{{"Lena M. Dal", Reported, "the result would be respected", 0}}},
		{"the full name before said",
			"Reactions\n\nOpposition leader Tomas J. Verhoef said the count was a fraud.",
			[]want{{"Tomas J. Verhoef", Reported, "the count was a fraud", 0}}},
		{"two initials",
			"Reactions\n\nIvo K. L. Kask said the count was a fraud.",
			[]want{{"Ivo K. L. Kask", Reported, "the count was a fraud", 0}}},
		{"set off by commas after an office",
			"Reactions\n\nThe chancellor's spokesman, Marek T. Hollan, said Berlin had doubts about the vote.",
			[]want{{"Marek T. Hollan", Reported, "Berlin had doubts about the vote", 0}}},
		// counter-cases
		{"a lone capital that ends a paragraph",
			"Reactions\n\nKask said the fallback was plan B.\n\nDal said the vote was fair.",
			[]want{{"Kask", Reported, "the fallback was plan B", 0}, {"Dal", Reported, "the vote was fair", 1}}},
		{"a lone capital ends the sentence before a speaker named in full (review)",
			"Reactions\n\nVoters in Velor rejected Plan B. Marek Tamm said the count was clean.\n\nThe army fought in World War I. Lena Dal said the result was a fraud.",
			[]want{{"Velor", Action, "rejected Plan B", 0}, {"Marek Tamm", Reported, "the count was clean", 1}, {"Lena Dal", Reported, "the result was a fraud", 2}}},
		{"an abbreviation is no initial",
			"Reactions\n\nThe U.S. Senate leader Ivo Kask said the vote was fair.",
			[]want{{"Ivo Kask", Reported, "the vote was fair", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestInitialPeriod: a capital letter's full stop joins it when a
// capitalised word follows after a space; not at a paragraph's end, not
// before a lower-case word, not after a word of more letters.
func TestInitialPeriod(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Lena M. Dal said", []string{"Lena", "M.", "Dal", "said"}},
		{"В. В. Путин заявил", []string{"В.", "В.", "Путин", "заявил"}},
		{"plan B.", []string{"plan", "B", "."}},
		{"plan B. then", []string{"plan", "B", ".", "then"}},
		{"the U.S. Senate", []string{"the", "U.S", ".", "Senate"}},
		{"Mr. Kask", []string{"Mr", ".", "Kask"}},
		{"Plan B. Marek Tamm said", []string{"Plan", "B", ".", "Marek", "Tamm", "said"}},
		{"Lena M. Dal Costa told", []string{"Lena", "M", ".", "Dal", "Costa", "told"}},
	}
	for _, tc := range tests {
		var got []string
		for _, tok := range tokenize(nil, tc.text, 0, len(tc.text), nil, 0) {
			got = append(got, tc.text[tok.start:tok.end])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestInitialsInOtherLanguages: an initial inside a name in the other
// languages' readers, and the French honorific "M." still dropped from the
// name it titles. Sentences written for the test.
func TestInitialsInOtherLanguages(t *testing.T) {
	tests := []struct{ lang, text, speaker string }{
		{"es", "Reacciones\n\nLa líder opositora Lena M. Dal dijo que el recuento fue un fraude.", "Lena M. Dal"},
		{"de", "Reaktionen\n\nLena M. Dal sagte, die Wahl sei gefälscht worden.", "Lena M. Dal"},
		{"ru", "Реакция\n\nИ. К. Каск заявил, что выборы были нечестными.", "И. К. Каск"},
		{"fr", "Réactions\n\nM. Affo a déclaré que le scrutin était une mascarade.", "Affo"},
	}
	for _, tc := range tests {
		rs := ExtractLang(tc.text, tc.lang)
		if len(rs) == 0 || rs[0].Speaker != tc.speaker {
			t.Errorf("%s %q: got %+v, want the speaker %q", tc.lang, tc.text, rs, tc.speaker)
		}
	}
}
