package article

import "testing"

// TestFrontedPronounClause: a clause reported before its attribution
// (", he said") may open with its own pronoun subject or "there" ("He
// wanted a clearer picture first, he said"); before, any sentence opening
// with a word of notNames was refused. A clause opening with a
// subordinator ("When …, he said") is still no fronted remark.
func TestFrontedPronounClause(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a pronoun subject opens the fronted clause",
			"Reactions\n\nIvo Kask spoke on Monday. He wanted a clearer picture from the monitors before forming any view, he said, appealing for calm.",
			[]want{{"Ivo Kask", Reported, "He wanted a clearer picture from the monitors before forming any view", 0}}},
		{"an expletive opens the fronted clause",
			"Reactions\n\nLena Dal spoke on Monday. There would be no recount in Norland, she said.",
			[]want{{"Lena Dal", Reported, "There would be no recount in Norland", 0}}},
		// counter-case
		{"a subordinator opens no fronted clause",
			"Reactions\n\nLena Dal spoke on Monday. When the count in Norland was over, she said.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestByParticiple: a speech participle after "by" is the means of the
// sentence subject's act ("closed her announcement by asking that …"),
// as one after a comma or "and" is; with no subject before it ("By
// saying …, the commission ended …") the clause gets no speaker.
func TestByParticiple(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"an act, then by and a speech participle",
			"Reactions\n\nIts chairwoman, Lena Dal, closed her announcement by asking that the new president be given strength.",
			[]want{{"Lena Dal", Reported, "the new president be given strength", 0}}},
		// counter-case
		{"by opening the sentence",
			"Reactions\n\nBy saying that the count in Norland was fair, the commission ended the dispute.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestAttributionAfterColon: an attribution inside the clause after a
// colon ("put it more bluntly: the figures, she told reporters, meant
// nothing"; ": Sylvania will not comment, the spokesman said") reports the
// clause from the colon on; the reporter's introduction before the colon
// is no part of the remark. Without a colon the clause starts with the
// sentence, as before.
func TestAttributionAfterColon(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a parenthetical attribution after a colon",
			"Reactions\n\nHis spokeswoman, Lena Dal, put it more bluntly: the figures, she told reporters, meant nothing.",
			[]want{{"Lena Dal", Reported, "the figures, she told reporters, meant nothing", 0}}},
		{"a fronted clause after a colon",
			"Reactions\n\nThe ministry was clear: Norland will not comment on the count, the spokesman said.",
			[]want{{"spokesman", Reported, "Norland will not comment on the count", 0}}},
		// counter-case: no colon, the clause opens the sentence
		{"a parenthetical attribution without a colon",
			"Reactions\n\nLena Dal spoke on Monday. The figures, she told reporters, meant nothing.",
			[]want{{"Lena Dal", Reported, "The figures, she told reporters, meant nothing", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestJoinedDescribedName: a clause joined by ", and" may open with an
// office set off with its holder's name by commas ("…, and the party's
// spokeswoman, Lena Dal, told journalists …"): the name is the clause's
// subject (descriptionStart) and the clause ends the act before it
// (newClause, apposedName). A description with no speech verb after it
// gives no remark.
func TestJoinedDescribedName(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"an act, then a joined clause with a described name",
			"Reactions\n\nIvo Kask accused the commission of cheating, and the party's spokeswoman, Lena Dal, told journalists the count was rigged.",
			[]want{{"Ivo Kask", Action, "accused the commission of cheating", 0}, {"Lena Dal", Reported, "the count was rigged", 1}}},
		// counter-case
		{"a joined described name without a speech verb",
			"Reactions\n\nIvo Kask accused the commission of cheating, and the party's spokeswoman, Lena Dal, stayed at home.",
			[]want{{"Ivo Kask", Action, "accused the commission of cheating, and the party's spokeswoman, Lena Dal, stayed at home", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestIssuedStatementParticiple: a participle right after "a statement"
// ("a message", "a letter") is the act of the statement's author, the
// sentence's subject, whatever verb put the statement out ("had already
// put out a statement congratulating Lena Dal"). A statement that is
// itself the subject ("The statement congratulating …") has no author
// in the sentence and gives no remark.
func TestIssuedStatementParticiple(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"put out a statement congratulating",
			"Reactions\n\nIvo Kask of the Velor party had already put out a statement congratulating Lena Dal before the count was finished.",
			[]want{{"Ivo Kask", Action, "congratulating Lena Dal before the count was finished", 0}}},
		{"fired off a letter welcoming",
			"Reactions\n\nNorland's prime minister fired off a short letter welcoming the result.",
			[]want{{"Norland's prime minister", Action, "welcoming the result", 0}}},
		// counter-case
		{"the statement is the subject",
			"Reactions\n\nThe statement congratulating Lena Dal was read on television.",
			nil},
		// counter-cases: a statement the subject did not write
		// (unauthoredBefore)
		{"a statement the subject ignored",
			"Reactions\n\nIvo Kask ignored a statement congratulating Lena Dal from his own party.",
			nil},
		{"a message after which the subject acted",
			"Reactions\n\nIvo Kask left Tarn after a message welcoming the result arrived from Velor.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestRangVerb: "rang" is a verb of telephoning as "phoned" and
// "telephoned" are ("Ivo Kask rang Lena Dal to congratulate her"); bells
// that rang are no speaker.
func TestRangVerb(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"rang someone to congratulate",
			"Reactions\n\nIvo Kask rang Lena Dal to congratulate her.",
			[]want{{"Ivo Kask", Action, "rang Lena Dal to congratulate her", 0}}},
		// counter-case
		{"bells rang",
			"Reactions\n\nChurch bells rang across the capital as the result was read.",
			nil},
		// a person who rang no one (rangNoCall)
		{"rang a bell",
			"Reactions\n\nIvo Kask rang the opening bell at the Tarn stock exchange on the day of the vote.",
			nil},
		{"rang in the new year",
			"Reactions\n\nIvo Kask rang in the new year with supporters.",
			nil},
		{"rang an office",
			"Reactions\n\nIvo Kask rang the president to congratulate her.",
			[]want{{"Ivo Kask", Action, "rang the president to congratulate her", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestAndSoDid: ", and so did B" (", and so too did B") inside a
// sentence says B did what the clause before it tells, as ", as did B"
// does: B gets a copy of the act, which ends at the comma. ", and so"
// followed by a clause of its own is no comparison.
func TestAndSoDid(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"and so did",
			"Reactions\n\nIvo Kask called to congratulate Lena Dal, and so did Velor's prime minister, Otto Brenn.",
			[]want{{"Ivo Kask", Action, "called to congratulate Lena Dal", 0}, {"Otto Brenn", Action, "called to congratulate Lena Dal", 1}}},
		{"and so too did",
			"Reactions\n\nIvo Kask congratulated Lena Dal, and so too did Otto Brenn.",
			[]want{{"Ivo Kask", Action, "congratulated Lena Dal", 0}, {"Otto Brenn", Action, "congratulated Lena Dal", 1}}},
		// counter-case
		{"and so with a clause of its own",
			"Reactions\n\nIvo Kask congratulated Lena Dal, and so the count in Norland went on.",
			[]want{{"Ivo Kask", Action, "congratulated Lena Dal, and so the count in Norland went on", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestNoSubject: a subject denied by "no" ("No Western leader has
// congratulated Lena Dal", "no head of government telephoned her") is
// nobody and gets no remark; "no" inside the reported clause leaves the
// speaker before it alone.
func TestNoSubject(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"no before an office",
			"Reactions\n\nNo Western leader has congratulated Lena Dal.",
			nil},
		{"no after a time adverbial",
			"Reactions\n\nFor days after the announcement no head of government telephoned Lena Dal.",
			nil},
		// counter-case
		{"no inside the reported clause",
			"Reactions\n\nThe foreign minister said no leader would recognise the vote in Norland.",
			[]want{{"foreign minister", Reported, "no leader would recognise the vote in Norland", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
