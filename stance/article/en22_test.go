package article

import "testing"

// TestEn22Locative: a name's seat after it ("A in Madrid, B in Rome and
// C in Ottawa all sent congratulations", ", and D at the Commission
// said") neither ends a list nor hides a clause's subject (sentences
// invented for the test).
func TestEn22Locative(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a list of names with capitals, all",
			"Reactions\n\nLena Dal in Tarn, Ivo Kask in Velor and Jo Roe in Norland all congratulated Ana Berg.",
			[]want{{"Jo Roe", Action, "all congratulated Ana Berg", 0}, {"Ivo Kask", Action, "all congratulated Ana Berg", 1}, {"Lena Dal", Action, "all congratulated Ana Berg", 2}}},
		{"two names at bodies, both",
			"Reactions\n\nIvo Kask at the Commission and Lena Dal at the Council both welcomed the result.",
			[]want{{"Lena Dal", Action, "both welcomed the result", 0}, {"Ivo Kask", Action, "both welcomed the result", 1}}},
		{"names from capitals",
			"Reactions\n\nJo Roe from Norland and Mara Holt from Velor sent congratulations within hours.",
			[]want{{"Mara Holt", Action, "sent congratulations within hours", 0}, {"Jo Roe", Action, "sent congratulations within hours", 1}}},
		{"a clause with a seated subject after a comma",
			"Reactions\n\nIvo Kask congratulated Ana Berg, and Jo Roe at the Commission said she looked forward to working with her.",
			[]want{{"Ivo Kask", Action, "congratulated Ana Berg", 0}, {"Jo Roe", Reported, "she looked forward to working with her", 1}}},
		{"a list after included, read forward",
			"Reactions\n\nLeaders who sent congratulations included Lena Dal in Tarn, Ivo Kask in Velor and Jo Roe in Norland.",
			[]want{{"Lena Dal", Action, "sent congratulations", 0}, {"Ivo Kask", Action, "sent congratulations", 1}, {"Jo Roe", Action, "sent congratulations", 2}}},
		{"congratulations came from a list with capitals",
			"Reactions\n\nCongratulations came from Lena Dal in Tarn and Ivo Kask at the Council.",
			[]want{{"Lena Dal", Action, "Congratulations came", 0}, {"Ivo Kask", Action, "Congratulations came", 1}}},
		// counter-cases
		{"a name met in a place is an object",
			"Reactions\n\nIvo Kask met Lena Dal in Tarn and congratulated Ana Berg.",
			[]want{{"Ivo Kask", Action, "congratulated Ana Berg", 0}}},
		{"in a month is no seat",
			"Reactions\n\nLena Dal in May and Ivo Kask congratulated Ana Berg.",
			[]want{{"Ivo Kask", Action, "congratulated Ana Berg", 0}}},
		{"a place in lower case is no seat",
			"Reactions\n\nIvo Kask congratulated Ana Berg, and Jo Roe in the capital said she looked forward to working with her.",
			[]want{{"Ivo Kask", Action, "congratulated Ana Berg, and Jo Roe in the capital said she looked forward to working with her", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
