package article

import "testing"

// TestLinkLists: a list of links to other stories inside an article gives
// nobody a remark (linklist.go); articles invented for the test.
func TestLinkLists(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a labelled list between paragraphs",
			"Kask wins\n\nIvo Kask was declared the winner. Tomas Reed said the count was rigged.\n\nRELATED COVERAGE\nNorland opposition vows to fight on in court\nKask names new cabinet\n\nLena Dal said the vote was clean.",
			[]want{{"Tomas Reed", Reported, "the count was rigged", 0}, {"Lena Dal", Reported, "the vote was clean", 1}}},
		// counter-case: a paragraph of one line without a full stop is kept
		// (a subheading, or a quotation that lost its stop)
		{"a one-line label",
			"Kask wins\n\nIvo Kask was declared the winner.\n\nREACTIONS\n\nLena Dal said the vote was clean.",
			[]want{{"Lena Dal", Reported, "the vote was clean", 0}}},
		// counter-case: a section's label over lines of attributed quotes
		// that lost their stops is no list of links
		{"a label of no links over quotes",
			"Kask wins\n\nIvo Kask was declared the winner.\n\nQUOTES\n\"We will never accept this,\" said Tomas Reed\n\"The count is final,\" said Lena Dal\n\nKask thanked voters.",
			[]want{{"Tomas Reed", Direct, "We will never accept this", 0}, {"Lena Dal", Direct, "The count is final", 1}}},
		// counter-case: a hard-wrapped paragraph that lost its full stop
		// opens with no label in capitals
		{"a wrapped paragraph without a stop",
			"Kask wins\n\nIvo Kask was declared the winner.\n\nLena Dal said the vote\nwas clean and the count fair",
			[]want{{"Lena Dal", Reported, "the vote\nwas clean and the count fair", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
