package article

import "testing"

// TestGoOnAndConnectives: "went on claiming", tone verbs of speech, and a
// subject with an apposition after "And yet"; counter-cases: "went" with
// a place, and a connective inside a sentence.
func TestGoOnAndConnectives(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"went on claiming after a connective and an apposition",
			"Reactions\n\nAnd yet Ivo Kask, the ruling party's chairman, went on claiming that his party had won.",
			[]want{{"Ivo Kask", Reported, "his party had won", 0}}},
		{"sneered that",
			"Reactions\n\nLena Dal sneered that the alliance was held together only by hatred.",
			[]want{{"Lena Dal", Reported, "the alliance was held together only by hatred", 0}}},
		{"scoffed that, after but",
			"Reactions\n\nBut Lena Dal, the senator, scoffed that the count was a farce.",
			[]want{{"Lena Dal", Reported, "the count was a farce", 0}}},
		// counter-cases
		{"went to a place is no auxiliary before a name's verb",
			"Reactions\n\nThe delegates of Tarn went home and Ivo Kask said the count was clean.",
			[]want{{"Ivo Kask", Reported, "the count was clean", 0}}},
		{"connectives inside a sentence open no subject",
			"Reactions\n\nThe court heard Tarn and yet Ivo Kask, the lawyer, said the count was clean.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
