package article

import "testing"

// TestThirdPersonInterviewee: "He spoke to <reporter> in <place>."
// introduces the interviewee in the third person (spokeToInterviewer).
// Sentences written for the test.
func TestThirdPersonInterviewee(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a pronoun speaking to the reporter",
			"Ivo Kask was a press aide on the campaign in 1988. He spoke to Ana Ferrer in Culiacán.\n\nQ: Where were you?\n\nA: We were told the computers had failed.",
			[]want{{"Ivo Kask", Direct, "We were told the computers had failed.", 0}}},
		{"a name speaking to the reporter",
			"Lena Dal ran the count in Velor. Dal spoke to Ivo Roe last week.\n\nQ: Was it clean?\n\nA: Nobody in that room believed it.",
			[]want{{"Lena Dal", Direct, "Nobody in that room believed it.", 0}}},
		// counter-cases (review): the publication's own reporter asks
		{"our correspondent spoke to the leader",
			"Interview\n\nOur correspondent Lena Dal spoke to the opposition leader Marek Tamm in Tarn on Tuesday.\n\nQ: Do you accept the result?\n\nA: The count was rigged from the start.",
			[]want{{"Marek Tamm", Direct, "The count was rigged from the start.", 0}}},
		{"a publication's reporter spoke to the leader",
			"Interview\n\nThe Tarn Herald's Lena Dal spoke to Marek Tamm in Tarn on Tuesday.\n\nQ: Do you accept the result?\n\nA: The count was rigged from the start.",
			[]want{{"Marek Tamm", Direct, "The count was rigged from the start.", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
