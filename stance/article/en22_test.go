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

// TestEn22FrontedSubordinate: a remark that opens with a subordinate
// clause of time or reason and ends in an attribution ("Once the court
// had ruled, Velor would …, Lena Dal said") is the attribution's remark,
// the subordinate clause included; a speech verb inside that clause makes
// no remark of its own (sentences invented for the test).
func TestEn22FrontedSubordinate(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"now that, a speech verb in the subordinate clause",
			"Reactions\n\nNow that the commission had formally declared the result, Velor offered Ana Berg its congratulations, spokesman Jo Roe said in a statement.",
			[]want{{"Jo Roe", Reported, "Now that the commission had formally declared the result, Velor offered Ana Berg its congratulations", 0}, {"Velor", Action, "Now that the commission had formally declared the result, Velor offered Ana Berg its congratulations", 1}}},
		{"once, then a name said",
			"Reactions\n\nOnce the court had announced the tally, Velor would work with Ana Berg, Lena Dal said.",
			[]want{{"Lena Dal", Reported, "Once the court had announced the tally, Velor would work with Ana Berg", 0}}},
		{"because, with an office told reporters",
			"Reactions\n\nBecause the observers had confirmed the count, the party would not go to court, its chairman told reporters on Monday.",
			[]want{{"chairman", Reported, "Because the observers had confirmed the count, the party would not go to court", 0}}},
		{"a clause of time after the attribution",
			"Reactions\n\nAfter the commission proclaimed the winner, Norland sent its good wishes, Ivo Kask said in a statement issued while he was travelling abroad.",
			[]want{{"Ivo Kask", Reported, "After the commission proclaimed the winner, Norland sent its good wishes", 0}, {"Norland", Action, "After the commission proclaimed the winner, Norland sent its good wishes", 1}}},
		// counter-cases: no attribution closes the sentence
		{"a subordinate clause before the speaker's own verb",
			"Reactions\n\nWhen the commission declared the winner, Ivo Kask said he would accept it.",
			[]want{{"Ivo Kask", Reported, "he would accept it", 0}}},
		{"a subordinate clause with no attribution after",
			"Reactions\n\nOnce the court had announced the tally, crowds gathered outside the palace, waving flags.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestEn22FromAndFrom: "received congratulations from A and from B"
// gives B the act too, past a description of A set off by commas
// (sentences invented for the test).
func TestEn22FromAndFrom(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"from a described name and from an office with its name",
			"Reactions\n\nAna Berg received congratulations from Ivo Kask, head of the council, and from the council's prime minister, Lena Dal.",
			[]want{{"Ivo Kask", Action, "received congratulations", 0}, {"Lena Dal", Action, "received congratulations", 1}}},
		{"calls from a name and from a name",
			"Reactions\n\nAna Berg received calls from Ivo Kask and from Jo Roe on Monday.",
			[]want{{"Ivo Kask", Action, "received calls", 0}, {"Jo Roe", Action, "received calls", 1}}},
		{"messages from a list and from a name after a comma",
			"Reactions\n\nAna Berg received messages from Ivo Kask and Mara Holt, and from Lena Dal.",
			[]want{{"Ivo Kask", Action, "received messages", 0}, {"Mara Holt", Action, "received messages", 1}, {"Lena Dal", Action, "received messages", 2}}},
		// counter-cases: no name after the second "from"
		{"and from abroad",
			"Reactions\n\nAna Berg received congratulations from Ivo Kask and from abroad.",
			[]want{{"Ivo Kask", Action, "received congratulations", 0}}},
		{"and another verb",
			"Reactions\n\nAna Berg received congratulations from Ivo Kask and flew to Tarn.",
			[]want{{"Ivo Kask", Action, "received congratulations", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
