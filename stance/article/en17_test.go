package article

import "testing"

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
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
