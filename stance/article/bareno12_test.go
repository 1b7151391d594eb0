package article

import "testing"

// TestBareNo: an interview answer opening "No." ends a sentence; the
// number abbreviation "No. 10" does not.
func TestBareNo(t *testing.T) {
	const head = "A Q&A with Jo Roe\n\nWe spoke to Jo Roe, a researcher.\n\nQ: Is his party on the same page?\n\n"
	tests := []struct {
		name, text string
		want       []want
	}{
		{"an answer's No. ends its sentence",
			head + "A: No. Ivo Kask, a legislator from the south, told a rally that ballots had been stuffed in Tarn.",
			[]want{{"Jo Roe", Direct, "No.", 0}, {"Ivo Kask", Reported, "ballots had been stuffed in Tarn", 1}}},
		// counter-case
		{"No. before a number is an abbreviation",
			"Reactions\n\nLena Dal, who lives at No. 10 Harbour Street, said the count was a fraud.",
			[]want{{"Lena Dal", Reported, "the count was a fraud", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
