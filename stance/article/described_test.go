package article

import "testing"

// TestDescribedPerson: a definite description of a person named the
// sentence before (described.go); sentences invented for the test.
func TestDescribedPerson(t *testing.T) {
	const lead = "Reactions\n\nVelor's leader, Dmitri Olan, stopped short of congratulating Ivo Kask on Tuesday. "
	const clause = " said only that his country would study the final figures."
	olan := []want{{"Dmitri Olan", Action, "stopped short of congratulating Ivo Kask on Tuesday", 0}, {"Dmitri Olan", Reported, "his country would study the final figures", 1}}
	tests := []struct {
		name, text string
		want       []want
	}{
		{"an age and a past office", lead + "The 68-year-old former general" + clause, olan},
		{"a past office", lead + "The former general" + clause, olan},
		{"a retired office", lead + "The retired general" + clause, olan},
		{"a past office of another kind than the role", lead + "The former prime minister" + clause, olan},
		{"a describing word and the role's own office", lead + "The veteran leader" + clause, olan},
		{"a describing word and another leading office", lead + "The embattled president" + clause, olan},
		{"an age and an office the person was given before",
			"Reactions\n\nOpposition leader Tomas Reed rejected the count. Ivo Kask thanked his voters. The 62-year-old opposition leader said the figures were false.",
			[]want{{"Tomas Reed", Action, "rejected the count", 0}, {"Tomas Reed", Reported, "the figures were false", 1}}},
		{"a description opening the next paragraph after an actor",
			"Reactions\n\nDmitri Olan stopped short of congratulating Ivo Kask on Tuesday.\n\nThe former general" + clause, olan},
		// counter-case: in a new paragraph a name the sentence before gave
		// as an object is not what the description means
		{"a description opening the next paragraph after an object",
			"Reactions\n\nAnalysts pointed to Dmitri Olan.\n\nThe former general" + clause,
			[]want{{"former general", Reported, "his country would study the final figures", 0}}},
		// counter-case: an office with no describing word is no description
		{"a plain office of another kind", lead + "The prime minister" + clause,
			[]want{olan[0], {"prime minister", Reported, "his country would study the final figures", 1}}},
		// counter-case: the office contradicts the role of the person before
		{"an age and an office the person before does not hold",
			"Reactions\n\nCommission chairman Lena Dal said the count was final. The 38-year-old opposition leader said the figures were false.",
			[]want{{"Lena Dal", Reported, "the count was final", 0}, {"38-year-old opposition leader", Reported, "the figures were false", 1}}},
		// counter-case: the person before has no known role and the
		// office is qualified, a post of its own
		{"a qualified office after a person of unknown role",
			"Reactions\n\nTomas Reed rejected the count. The 70-year-old commission chairman said the count was final.",
			[]want{{"Tomas Reed", Action, "rejected the count", 0}, {"70-year-old commission chairman", Reported, "the count was final", 1}}},
		// counter-case: the sentence before named several people
		{"a description after a sentence of several names",
			"Reactions\n\nDmitri Olan met Ana Berg and Tom Lind on Tuesday. The former general" + clause,
			[]want{{"former general", Reported, "his country would study the final figures", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
