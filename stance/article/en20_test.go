package article

import "testing"

// TestEn20PressedTo: a request made with "pressed", "encouraged",
// "implored" or "exhorted" and an object and "to" (or "pressed for") is
// an act, as "urged them to …" is (sentences invented for the test).
func TestEn20PressedTo(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"pressed an object to",
			"Reactions\n\nJo Roe pressed both camps to accept the count.",
			[]want{{"Jo Roe", Action, "pressed both camps to accept the count", 0}}},
		{"encouraged an object to",
			"Reactions\n\nThe foreign ministry encouraged the losing candidate to take his complaints to the courts.",
			[]want{{"foreign ministry", Action, "encouraged the losing candidate to take his complaints to the courts", 0}}},
		{"implored an object to",
			"Reactions\n\nLena Dal implored her supporters to stay calm while the votes were recounted.",
			[]want{{"Lena Dal", Action, "implored her supporters to stay calm while the votes were recounted", 0}}},
		{"exhorted, with a participle after a comma",
			"Reactions\n\nThe bloc's envoy exhorted the parties to respect the outcome, without saying who had won.",
			[]want{{"bloc's envoy", Action, "exhorted the parties to respect the outcome, without saying who had won", 0}}},
		{"pressed for",
			"Reactions\n\nMara Holt pressed for a full recount in the capital.",
			[]want{{"Mara Holt", Action, "pressed for a full recount in the capital", 0}}},
		{"after a relative clause of its own",
			"Reactions\n\nThe envoy Jo Roe, who said she was saddened by the killings, pressed the two camps to start talking again.",
			[]want{{"Jo Roe", Reported, "she was saddened by the killings", 0}, {"Jo Roe", Action, "pressed the two camps to start talking again", 1}}},
		// counter-cases: no request
		{"pressed ahead", "Reactions\n\nElection officials pressed ahead with the count despite the protests.", nil},
		{"pressed for time, passive", "Reactions\n\nLena Dal was pressed for time and left without a word.", nil},
		{"encouraged without to", "Reactions\n\nThe turnout encouraged observers, who had feared violence.", nil},
		{"pressed charges", "Reactions\n\nPolice pressed charges against two protesters.", nil},
		{"encouraged to, passive", "Reactions\n\nJo Roe was encouraged to run again by her party.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestEn20FreeRelative: a name given in a free relative inside an aside
// ("by what her lawyers call an illegal order") is no remark of the
// namer, and the sentence's speaker keeps the verb after the aside.
func TestEn20FreeRelative(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"what officials described as, then told",
			"Reactions\n\nJo Roe, speaking after what officials described as a tense meeting, told reporters the result would stand.",
			[]want{{"Jo Roe", Reported, "the result would stand", 0}}},
		{"what aides termed, in a relative clause",
			"Reactions\n\nLena Dal, who left for what aides termed a private visit, said in a statement that she would not concede.",
			[]want{{"Lena Dal", Reported, "she would not concede", 0}}},
		{"what critics dubbed, after an office",
			"Reactions\n\nThe minister, in what critics dubbed a victory lap, said the vote had been clean.",
			[]want{{"minister", Reported, "the vote had been clean", 0}}},
		{"what her party calls",
			"Reactions\n\nLena Dal, confined to her home by what her party calls a police cordon, said in a statement that the count had been rigged.",
			[]want{{"Lena Dal", Reported, "the count had been rigged", 0}}},
		// counter-cases: the free relative is the speaker's own view when no
		// speech verb follows; a sentence-opening "What …" is a pseudo-cleft
		{"no speech verb after",
			"Reactions\n\nMara Holt handed over what her office described as proof of fraud.",
			[]want{{"Mara Holt", Action, "described as proof of fraud", 0}}},
		{"the speaker's own words",
			"Reactions\n\nLena Dal rejected what she called a rigged count.",
			[]want{{"Lena Dal", Action, "rejected what she called a rigged count", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestEn20AskedWithoutSaying: a participle after a comma (", without
// saying …") is the requester's own, not another speaker's report.
func TestEn20AskedWithoutSaying(t *testing.T) {
	checkPattern(t, "Reactions\n\nIvo Kask asked both camps to wait, without saying when the count would end.",
		[]want{{"Ivo Kask", Reported, "asked both camps to wait, without saying when the count would end", 0}})
	// counter-case: a finite speech verb after the comma is another speaker's report
	checkPattern(t, "Reactions\n\nAnalysts asked investors to wait, the bank's economist Mara Holt said.",
		[]want{{"Mara Holt", Reported, "Analysts asked investors to wait", 0}})
}
