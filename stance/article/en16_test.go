package article

import "testing"

// TestEn16Clauses: the constructions of English reporting the sixteenth
// session taught the reader (sentences invented for the test).
func TestEn16Clauses(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a long lead adverbial before the subject of and said",
			"Reactions\n\nIn a statement issued in Velor last weekend, President Ivo Kask laid the blame on the party, and said the abuses had been severe.",
			[]want{{"Ivo Kask", Reported, "the abuses had been severe", 0}}},
		// counter-case: past twelve tokens the comma closes no lead
		// adverbial, and "and said" finds no subject
		{"a lead adverbial too long to step over",
			"Reactions\n\nIn the weeks of the long campaign across the northern provinces of Velor and Tarn, President Ivo Kask laid the blame on the party, and said the abuses had been severe.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
