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

// TestEn20AmongWho: a joined clause whose subject "was among" the people
// who acted ends the act before its comma and is the subject's own act.
func TestEn20AmongWho(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"among the leaders who called",
			"Reactions\n\nThe foreign ministry congratulated Ivo Kask on his win, and Chile's Jo Roe was among the first leaders who called him.",
			[]want{{"foreign ministry", Action, "congratulated Ivo Kask on his win", 0}, {"Jo Roe", Action, "was among the first leaders who called him", 1}}},
		{"among those who sent",
			"Reactions\n\nThe European Union welcomed the result, and Mara Holt was among those who sent messages of support.",
			[]want{{"European Union", Action, "welcomed the result", 0}, {"Mara Holt", Action, "was among those who sent messages of support", 1}}},
		{"among the officials who demanded",
			"Reactions\n\nLena Dal rejected the count, and her deputy was among the officials who demanded a recount.",
			[]want{{"Lena Dal", Action, "rejected the count", 0}, {"deputy", Action, "was among the officials who demanded a recount", 1}}},
		// counter-cases: "among" without an act of stance or speech
		{"among the guests",
			"Reactions\n\nThe foreign ministry congratulated Ivo Kask on his win, and Jo Roe was among the guests at the inauguration.",
			[]want{{"foreign ministry", Action, "congratulated Ivo Kask on his win, and Jo Roe was among the guests at the inauguration", 0}}},
		{"among those who lost",
			"Reactions\n\nLena Dal rejected the count, and her deputy was among the officials who lost their seats.",
			[]want{{"Lena Dal", Action, "rejected the count, and her deputy was among the officials who lost their seats", 0}}},
		{"among the highest",
			"Reactions\n\nThe ministry welcomed the result, and turnout was among the highest in years.",
			[]want{{"ministry", Action, "welcomed the result, and turnout was among the highest in years", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestEn20LeadRelative: a lead adverbial of place with a relative clause
// of its own ("In Velor, which backed the losing side, …") stands before
// the subject, whom a "she" after the colon means.
func TestEn20LeadRelative(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"where, a titled name, she said",
			"Ivo Kask won the vote.\n\nIn Tarn, where the count was delayed for two days, Mayor Jo Roe was cautious: she said the courts should decide.",
			[]want{{"Jo Roe", Reported, "the courts should decide", 0}}},
		{"which, a name with an apposition, she called",
			"Ivo Kask won the vote.\n\nIn neighbouring Velor, which backed the losing side, Mara Holt, the foreign minister, was blunt: she called the vote a fraud.",
			[]want{{"Mara Holt", Action, "called the vote a fraud", 0}}},
		{"which, a name, she told",
			"Ivo Kask won the vote.\n\nIn the capital, which voted heavily for the opposition, Lena Dal was defiant: she told supporters the count was rigged.",
			[]want{{"Lena Dal", Reported, "the count was rigged", 0}}},
		// counter-cases: no named subject after the relative clause
		{"a lower-case subject",
			"Ivo Kask won the vote.\n\nIn Velor, which has close ties to Kask, the mood was festive: crowds danced in the streets.",
			nil},
		{"the subject after an adverbial of time",
			"Ivo Kask won the vote.\n\nIn the end, which came after midnight, the commission declared Kask the winner.",
			[]want{{"commission", Reported, "Kask the winner", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestEn20OpenUnsaid: a speaker who "would not say whether" leaves the
// question open; the negation, the verb and the question are one act,
// read as withholding whatever the question names.
func TestEn20OpenUnsaid(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"would not tell reporters where",
			"Ivo Kask won the vote.\n\nIn Velor, a spokesman for the Foreign Ministry would not tell reporters where the government now stood.",
			[]want{{"spokesman for the Foreign Ministry", Action, "would not tell reporters where the government now stood", 0}}},
		{"would not say whether",
			"Ivo Kask won the vote.\n\nJo Roe would not say whether she accepted the result.",
			[]want{{"Jo Roe", Action, "would not say whether she accepted the result", 0}}},
		{"has not said who",
			"Ivo Kask won the vote.\n\nThe ministry has not said who it considers the winner.",
			[]want{{"ministry", Action, "has not said who it considers the winner", 0}}},
		{"would not say when, then a clause of its own",
			"Ivo Kask won the vote.\n\nJo Roe would not say when she would congratulate Kask, but said the result was clear.",
			[]want{{"Jo Roe", Action, "would not say when she would congratulate Kask", 0}, {"Jo Roe", Reported, "the result was clear", 1}}},
		// rev20en: a question of no stance is read as before (rev20en_fix.go)
		{"would not say when she would call, then a clause of its own",
			"Ivo Kask won the vote.\n\nJo Roe would not say when she would call Kask, but said the result was clear.",
			[]want{{"Jo Roe", Reported, "when she would call Kask", 0}, {"Jo Roe", Reported, "the result was clear", 1}}},
		// counter-cases: no negation, or no open question
		{"an affirmative told",
			"Ivo Kask won the vote.\n\nLena Dal told reporters whether or not the courts agreed, she would never concede.",
			[]want{{"Lena Dal", Reported, "the courts agreed, she would never concede", 0}}},
		{"a negated say without a question",
			"Ivo Kask won the vote.\n\nJo Roe did not say the vote was rigged.",
			[]want{{"Jo Roe", Action, "did not say the vote was rigged", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestEn20UnsaidQuestion: the action that leaves a question open is
// withholding, even when the question names recognition.
func TestEn20UnsaidQuestion(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"would not tell reporters whether it recognised the new government", true},
		{"did not say whether she accepted the result", true},
		{"refused to tell journalists where her government stood on the result", true},
		{"has never said who won", true},
		{"did not say the vote was rigged", false},
		{"refused to accept the result", false},
		{"said whether the vote was fair was for the courts", false},
	}
	for _, tc := range tests {
		if got := unsaidQuestion(actionWords(tc.text)); got != tc.want {
			t.Errorf("unsaidQuestion(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestEn20PressingModifier: a participle right after a noun modifies it
// ("Supporters pressing the police to …") and makes no request of the
// noun's; set off by commas it leaves the speaker's own verb its clause.
func TestEn20PressingModifier(t *testing.T) {
	checkPattern(t, "Ivo Kask won the vote.\n\nSupporters pressing the police to open the gates were pushed back.", nil)
	checkPattern(t, "Ivo Kask won the vote.\n\nJo Roe, pressing both camps to talk, said the count was not over.",
		[]want{{"Jo Roe", Reported, "the count was not over", 0}})
}
