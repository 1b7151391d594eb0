package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
)

// TestEn15Clauses: a speech verb in the infinitive after a purpose lead-in
// ("went on state television to predict that …"), a short object of a
// speech verb that a colon spells out ("said much the same from the
// podium: …"), a body opening the sentence as the subject of ", saying
// …", and a description with a relative clause before a name set off by
// commas ("A Norlandic diplomat who sat on the board, Ivo Kask, said …").
func TestEn15Clauses(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"infinitive after a purpose lead-in",
			"Reactions\n\nIn Tarn, Foreign Minister Ivo Kask went on state television to predict that ties with Velor would carry on.",
			[]want{{"Ivo Kask", Reported, "ties with Velor would carry on", 0}}},
		{"another infinitive, another lead-in",
			"Reactions\n\nLena Dal used her speech to stress that the count in Norland had been clean.",
			[]want{{"Lena Dal", Reported, "the count in Norland had been clean", 0}}},
		// counter-case (review): a statement the body took back is not its act
		{"a withdrawn statement",
			"Reactions\n\nThe Norlandic government withdrew a statement criticising the vote, saying it had been issued in error.",
			[]want{{"Norlandic government", Reported, "it had been issued in error", 0}}},
		// counter-case: no lead-in before "to"; the infinitive is the object
		// of a wish, not a report of speech
		{"an infinitive without a lead-in",
			"Reactions\n\nLena Dal wants to note that nothing.",
			nil},
		{"a short object before a colon",
			"Reactions\n\nOpening the house on Monday, President Ivo Kask said much the same from the podium: the vote in Norland was over.",
			[]want{{"Ivo Kask", Reported, "the vote in Norland was over", 0}}},
		// counter-case: a clause before the colon is the remark itself (the
		// colon ends it, as before)
		{"a clause before a colon",
			"Reactions\n\nIvo Kask said the vote was over: Norland had chosen.",
			[]want{{"Ivo Kask", Reported, "the vote was over", 0}}},
		{"a body opening the sentence has the participle",
			"Reactions\n\nThe Norlandic government went further and cancelled its statement, saying nobody yet knew who had won.",
			[]want{{"Norlandic government", Reported, "nobody yet knew who had won", 0}}},
		// counter-case: a plain noun opening the sentence is no speaker
		{"a thing opening the sentence",
			"Reactions\n\nThe rain went on all day, saying nothing.",
			nil},
		{"a description with a relative clause before the name",
			"Reactions\n\nA Norlandic diplomat who sat on the monitoring board, Ivo Kask, said Tarn would wait for the certified results.",
			[]want{{"Ivo Kask", Reported, "Tarn would wait for the certified results", 0}}},
		// counter-case: the relative clause holds a speech verb; it is a
		// report of its own, not a description
		{"a relative clause with a speech verb",
			"Reactions\n\nThe man who said Tarn had lost, Ivo Kask, left.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestEn15Anaphora: "he" and "she" agree with the person they go to,
// "Nor has X" after a denied act gives X the act, and a person opening a
// sentence in the possessive ("Soren's response …") is the antecedent of
// a later "he".
func TestEn15Anaphora(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"he after she goes to the man named last, and Nor has copies a denied act",
			"Reactions\n\nLena Dal said she was unhappy with the count in Norland. She has not endorsed the result. Nor has Ivo Kask, a church elder who tried to broker talks. “Let the courts finish,” he said.",
			[]want{{"Lena Dal", Reported, "she was unhappy with the count in Norland", 0}, {"Lena Dal", Action, "has not endorsed the result", 1},
				{"Ivo Kask", Action, "has not endorsed the result", 2}, {"Ivo Kask", Direct, "Let the courts finish", 3}}},
		// counter-case: the pronoun agrees with the woman; she keeps it
		// though the sentence before named a man
		{"she after she stays",
			"Reactions\n\nLena Dal said she was unhappy with the count in Norland. She met Ivo Kask, a church elder, in Tarn. “Let the courts finish,” she said.",
			[]want{{"Lena Dal", Reported, "she was unhappy with the count in Norland", 0}, {"Lena Dal", Direct, "Let the courts finish", 1}}},
		// counter-case (review): the copy does not take the pronoun of the
		// woman a pronoun reached before
		{"she after Nor has stays with her",
			"Reactions\n\nLena Dal said she was unhappy with the count in Norland. She has not endorsed the result. Nor has Marek Tamm. “We are waiting,” she said.",
			[]want{{"Lena Dal", Reported, "she was unhappy with the count in Norland", 0}, {"Lena Dal", Action, "has not endorsed the result", 1},
				{"Marek Tamm", Action, "has not endorsed the result", 2}, {"Lena Dal", Direct, "We are waiting", 3}}},
		// counter-cases (review): "Nor did X" with a verb of its own denies
		// another act and copies nothing
		{"Nor did X with its own verb",
			"Reactions\n\nIvo Kask has not congratulated Sild. Nor did Marek Tamm criticise the count.",
			[]want{{"Ivo Kask", Action, "has not congratulated Sild", 0}}},
		{"Nor did X, an aside, with its own verb",
			"Reactions\n\nIvo Kask has not congratulated Sild. Nor did Marek Tamm, who was travelling, return calls.",
			[]want{{"Ivo Kask", Action, "has not congratulated Sild", 0}}},
		// counter-case: "Nor has X" after an act that is not denied copies nothing
		{"Nor after an act not denied",
			"Reactions\n\nLena Dal has congratulated Velor. Nor has Ivo Kask, a church elder.",
			[]want{{"Lena Dal", Action, "has congratulated Velor", 0}}},
		{"a possessive opening is the antecedent of he",
			"Reactions\n\nIvo Kask won 49 percent, against 40 percent for Tarn Soren. Soren's response has been to call the vote a fraud. In a broadcast on the party's radio, he accused the board of stealing ballot boxes.",
			[]want{{"Tarn Soren", Action, "accused the board of stealing ballot boxes", 0}}},
		// counter-case: a possessive before a noun that is no reaction
		{"a possessive opening before another noun",
			"Reactions\n\nIvo Kask won 49 percent, against 40 percent for Tarn Soren. Soren's house was quiet. In a broadcast on the party's radio, he accused the board of stealing ballot boxes.",
			[]want{{"Ivo Kask", Action, "accused the board of stealing ballot boxes", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestEn15Interview: an introduction saying "He spoke to <interviewer>"
// names the interviewee, and a question asking about a lone surname
// ("How did Kask take it?") is whom the answer's "he" means.
func TestEn15Interview(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"he spoke to a named interviewer",
			"Looking back\n\nIvo Kask was an aide in Norland in 1990. He spoke to Lena Dal in Tarn.\n\nQ: Where were you?\n\nA: In a hotel room with no information.",
			[]want{{"Ivo Kask", Direct, "In a hotel room with no information.", 0}}},
		// counter-case: no answers in the article; "spoke to" a person
		// introduces nobody
		{"spoke to someone in a news story",
			"Reactions\n\nIvo Kask was in Tarn. He spoke to Lena Dal about the vote.",
			nil},
		{"a question about a lone surname",
			"Looking back\n\nWe spoke to Ivo Kask in Tarn.\n\nQ: How did Soren take it?\n\nA: Badly. He said the vote was rigged.",
			[]want{{"Ivo Kask", Direct, "Badly.", 0}, {"Soren", Reported, "the vote was rigged", 1}}},
		// counter-case: the question names nobody; "he" stays the
		// interviewee's antecedent as before
		{"a question about nobody",
			"Looking back\n\nWe spoke to Ivo Kask in Tarn.\n\nQ: How did it go?\n\nA: Badly. He said the vote was rigged.",
			[]want{{"Ivo Kask", Direct, "Badly.", 0}, {"Ivo Kask", Reported, "the vote was rigged", 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestEn15IndefiniteSpokesman: "A spokesman said …" right after a
// sentence about a named person is that person's statement; with a body
// ("a spokesman for the board") or after a sentence naming nobody, the
// spokesman stays a speaker of its own.
func TestEn15IndefiniteSpokesman(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a spokesman after the person",
			"Reactions\n\nThe Norlandic commander Ivo Kask, fourth in the count, dropped his boycott. A spokesman said that the general would wait for the courts.",
			[]want{{"Ivo Kask", Reported, "the general would wait for the courts", 0}}},
		// counter-case: a spokesman for a body
		{"a spokesman for a body",
			"Reactions\n\nThe Norlandic commander Ivo Kask dropped his boycott. A spokesman for the electoral commission said that the count would go on.",
			[]want{{"spokesman for the electoral commission", Reported, "the count would go on", 0}}},
		// counter-case: the sentence before names nobody
		{"a spokesman after a sentence naming nobody",
			"Reactions\n\nIvo Kask voted. The count went on all night in Tarn. A spokesman said that the count would go on.",
			[]want{{"spokesman", Reported, "the count would go on", 0}}},
		// counter-cases (review): the person named is the object of the
		// sentence before, whose opener is someone else
		{"a spokesman after a sentence about a sacked man",
			"Reactions\n\nThe president sacked the army chief, Ivo Kask, on Monday. A spokesman said Kask had failed to keep order during the vote.",
			[]want{{"spokesman", Reported, "Kask had failed to keep order during the vote", 0}}},
		{"an office with a past verb and its object opens the sentence",
			"Reactions\n\nThe president sacked the army chief, Ivo Kask, on Monday, saying he had failed to keep order during the vote.",
			[]want{{"president", Reported, "he had failed to keep order during the vote", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestEn15Series: ", then V" goes on the sentence subject's acts; a lone
// surname of a person named in full before makes that person the one a
// party-described opening of the next sentence ("the Communist leader")
// means, after a participle opener with an object and an "and" aside.
func TestEn15Series(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"then after a comma",
			"Reactions\n\nLena Dal railed against the campaign in Norland, then congratulated the president.",
			[]want{{"Lena Dal", Action, "congratulated the president", 0}}},
		// counter-case: a comma without "then" before a verb keeps its
		// reading (an inverted attribution)
		{"a comma without then",
			"Reactions\n\nThe count in Norland was over, said Lena Dal.",
			[]want{{"Lena Dal", Reported, "The count in Norland was over", 0}}},
		{"a lone surname, then a party description after two openers",
			"Reactions\n\nTarn Soren lost in Norland. The most watched reaction came from Soren himself. Facing a room of reporters, and visibly emotional, the Communist leader congratulated the president.",
			[]want{{"Tarn Soren", Action, "congratulated the president", 0}}},
		// counter-case: a country's office is no description of the person
		{"a country's office after a lone surname",
			"Reactions\n\nTarn Soren lost in Norland. The most watched reaction came from Soren himself. Facing a room of reporters, the Velorian president congratulated the winner.",
			[]want{{"Velorian president", Action, "congratulated the winner", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestEn15Acts: a verdict of "free and fair" by a verb of judgement, and
// signing a text that rejects or accepts the result, are acts.
func TestEn15Acts(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"certified as free and fair",
			"Reactions\n\nMara Holt, the observers' chief, then certified the elections in Norland as generally free and fair.",
			[]want{{"Mara Holt", Action, "certified the elections in Norland as generally free and fair", 0}}},
		// counter-case: certifying without a verdict is the count's routine
		{"certified on a date",
			"Reactions\n\nMara Holt certified the results in Norland on Friday.",
			nil},
		{"signed a declaration refusing",
			"Reactions\n\nParty leader Ivo Kask signed the declaration refusing to accept the outcome in Norland.",
			[]want{{"Ivo Kask", Action, "signed the declaration refusing to accept the outcome in Norland", 0}}},
		{"put a signature on a declaration",
			"Reactions\n\nParty leader Lena Dal put her own signature next to Kask's on the declaration refusing to accept the outcome.",
			[]want{{"Lena Dal", Action, "put her own signature next to Kask's on the declaration refusing to accept the outcome", 0}}},
		// counter-case: a signed text that says nothing of its stance
		{"signed a declaration on trade",
			"Reactions\n\nIvo Kask signed a trade declaration with Norland on Monday.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestEn15View: "In his view …" after a speaker is that speaker's
// reported remark; other "In …" openings are not.
func TestEn15View(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"in his view after a report",
			"Reactions\n\nIvo Kask told reporters in Tarn that the flaws were real. In his view the tally was a fair picture of what voters wanted.",
			[]want{{"Ivo Kask", Reported, "the flaws were real", 0}, {"Ivo Kask", Reported, "the tally was a fair picture of what voters wanted", 1}}},
		// counter-case (review): "his" is not the view of the woman "she"
		// reached
		{"his after she",
			"Reactions\n\nIvo Kask, the foreign minister, said the vote was fair. Lena Dal disagreed. “This is theft,” she said.\n\nIn his view, the commission had done its job well.",
			[]want{{"Ivo Kask", Reported, "the vote was fair", 0}, {"Lena Dal", Direct, "This is theft", 1}}},
		// counter-case: "In the end" is no view
		{"in the end",
			"Reactions\n\nIvo Kask told reporters in Tarn that the flaws were real. In the end the tally was a fair picture of what voters wanted.",
			[]want{{"Ivo Kask", Reported, "the flaws were real", 0}}},
		// counter-case: a sentence with its own speech keeps it
		{"in his view with its own verb",
			"Reactions\n\nIvo Kask spoke in Tarn. In his view, Lena Dal said, the tally was fair.",
			[]want{{"Lena Dal", Reported, "In his view, Lena Dal said, the tally was fair", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestEn15DocumentSubject: a statement by, from or for someone, as
// subject of the verb, is that person's act.
func TestEn15DocumentSubject(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a statement issued for a described name",
			"Reactions\n\nA statement issued for the bloc's foreign policy chief, Mara Holt, welcomed the orderly conduct of the vote in Norland.",
			[]want{{"Mara Holt", Action, "welcomed the orderly conduct of the vote in Norland", 0}}},
		{"a letter from a titled name",
			"Reactions\n\nA letter from President Ivo Kask congratulated Velor on the vote.",
			[]want{{"Ivo Kask", Action, "congratulated Velor on the vote", 0}}},
		// counter-case: a statement that is no subject (the verb has its
		// own) gives its author nothing
		{"a statement that is no subject",
			"Reactions\n\nA statement about the vote was read out in Norland as Ivo Kask welcomed the result.",
			[]want{{"Ivo Kask", Action, "welcomed the result", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestEn15PresentActs: a naming or accusing verb in the present tense is
// an act, as its past form is.
func TestEn15PresentActs(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"describes as",
			"Reactions\n\nThe Norland Front, a coalition, describes Velor as a dictator clinging to office.",
			[]want{{"Norland Front", Action, "describes Velor as a dictator clinging to office", 0}}},
		// counter-case: the present form gives no more than the past one
		{"the past form reads the same",
			"Reactions\n\nThe count in Norland went on. It described nothing.",
			[]want{{"", Action, "described nothing", 0}}},
		{"the present form reads the same",
			"Reactions\n\nThe count in Norland went on. It describes nothing.",
			[]want{{"", Action, "describes nothing", 0}}},
		// counter-cases (review): a reflexive with an indefinite description
		// introduces the person; the clause after it is still read
		{"describes herself as a centrist",
			"Reactions\n\nMara Holt, who describes herself as a centrist, said the vote had been fair.",
			[]want{{"Mara Holt", Reported, "the vote had been fair", 0}}},
		{"brands himself a reformer",
			"Reactions\n\nMarek Tamm, the opposition leader, brands himself a reformer and said the vote was stolen.",
			[]want{{"Marek Tamm", Reported, "the vote was stolen", 0}}},
		{"terms as a noun (review)",
			"Reactions\n\nIn other terms, Lena Dal said, the result was a fraud.",
			[]want{{"Lena Dal", Reported, "In other terms, Lena Dal said, the result was a fraud", 0}}},
		{"a definite description stays a claim",
			"Reactions\n\nMarek Tamm described himself as the rightful winner.",
			[]want{{"Marek Tamm", Action, "described himself as the rightful winner", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestEn15CampaignedFor: a commentator's profession followed by a
// relative clause of campaigning makes a side of the race, not a
// bystander; waiting in line does not.
func TestEn15CampaignedFor(t *testing.T) {
	cases := []struct {
		name, text string
		want       bool
	}{
		{"a lecturer who campaigned", "said Ivo Kask, a Tarn University lecturer who campaigned for one of the minor candidates.", false},
		{"an economist who ran", "said Ivo Kask, an economist who ran for the Senate.", false},
		// counter-cases: the profession stays a commentator's
		{"a lecturer", "said Ivo Kask, a Tarn University lecturer.", true},
		{"an engineer who waited", "said Ivo Kask, a software engineer who waited in line.", true},
		{"an economist who ran a bank (review)", "said Ivo Kask, an economist who ran the central bank until 2015.", true},
		{"an analyst who ran unsuccessfully for", "said Ivo Kask, an analyst who ran unsuccessfully for the Senate.", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := isCommentator(c.text, []string{"Ivo Kask", ""}); got != c.want {
				t.Errorf("isCommentator(%q) = %v, want %v", c.text, got, c.want)
			}
		})
	}
}

// TestEn15WinRegardless: a remark that someone would win or be named
// whatever the voters did says the result was settled beforehand; a
// promise to accept whatever they decide does not.
func TestEn15WinRegardless(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Ivo Kask would be named president whatever the voters decided", true},
		{"he will be declared the winner no matter how people vote", true},
		{"Kask wins regardless of how the country votes", true},
		// counter-cases
		{"we will accept the winner whatever the voters decide", false},
		{"Kask would not be named president whatever the voters decided", false},
		{"whatever the voters decided, the count in Tarn was slow", false},
	}
	for _, c := range cases {
		if got := preDecided(c.text); got != c.want {
			t.Errorf("preDecided(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestEn15RecognitionDeferred: recognising the result put off by a
// condition is withholding evidence; a condition on something else is
// not.
func TestEn15RecognitionDeferred(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"the general counted the vote as an achievement, but the violations had to be weighed before he would recognise the outcome", true},
		{"the party would check the sheets until it could accept the figures", true},
		// counter-cases
		{"Kask congratulated Velor before he would leave for Tarn", false},
		{"he would recognise the outcome, he said before the count", false},
	}
	for _, c := range cases {
		if got := recognitionDeferred(c.text); got != c.want {
			t.Errorf("recognitionDeferred(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestEn15GovernmentCountCrime: accusing the government of a crime
// against the count is hostile; of anything else, nothing.
func TestEn15GovernmentCountCrime(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	cases := []struct {
		text string
		want actionVerdict
	}{
		{"accused the government of stealing ballot boxes and inventing figures", verdictHostile},
		{"has accused the regime of rigging the count in the north", verdictHostile},
		// counter-cases
		{"accused the government of neglecting the north", verdictNone},
		{"has not accused the government of stealing anything", verdictNone},
	}
	for _, c := range cases {
		if got := actionStance(ctx, c.text); got != c.want {
			t.Errorf("actionStance(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestEn15ContactPurpose: writing to someone to wish them success is the
// act the purpose names.
func TestEn15ContactPurpose(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"wrote to a quoted addressee to wish",
			"Reactions\n\nPresident Lena Dal wrote to her \"brother\" to wish him success in a second term.",
			[]want{{"Lena Dal", Reported, "wrote to her \"brother\" to wish him success in a second term", 0}}},
		// counter-case: writing for another purpose is no act
		{"wrote to ask for a visa",
			"Reactions\n\nPresident Lena Dal wrote to Velor to ask about a visa for Tarn.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestEn15Retraction: taking back a greeting is a withholding act of the
// subject, also after "joined the leaders"; withdrawing anything else is
// no act.
func TestEn15Retraction(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"cancelled a congratulatory statement",
			"Reactions\n\nThe Norlandic government formally cancelled its congratulatory statement on Wednesday.",
			[]want{{"Norlandic government", Action, "formally cancelled its congratulatory statement on Wednesday", 0}}},
		{"joined the leaders pulling back greetings",
			"Reactions\n\nBy the afternoon Ivo Kask had joined the European leaders pulling back their premature greetings.",
			[]want{{"Ivo Kask", Action, "had joined the European leaders pulling back their premature greetings", 0}}},
		// counter-case: withdrawing troops is no greeting taken back
		{"withdrew troops",
			"Reactions\n\nIvo Kask withdrew his troops from Tarn.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
	verdicts := []struct {
		text string
		want bool
	}{
		{"withdrew his congratulations", true},
		{"had joined the European leaders pulling back their premature greetings", true},
		{"did not withdraw his congratulations", false},
		{"pulled back his troops", false},
	}
	for _, v := range verdicts {
		if got := retractedGreeting(actionWords(v.text)); got != v.want {
			t.Errorf("retractedGreeting(%q) = %v, want %v", v.text, got, v.want)
		}
	}
}

// TestEn15HowClause: "told reporters how keen he was to …" reports the
// whole exclamation; a clause without "how" starts at its subject.
func TestEn15HowClause(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"how and an adjective",
			"Reactions\n\nIvo Kask told reporters in Tarn how keen he was to start working with Velor.",
			[]want{{"Ivo Kask", Reported, "how keen he was to start working with Velor", 0}}},
		// counter-case: no "how"
		{"an elided that",
			"Reactions\n\nIvo Kask told reporters in Tarn he was keen to start working with Velor.",
			[]want{{"Ivo Kask", Reported, "he was keen to start working with Velor", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestEn15MoreRoles: a party-described backbencher or legislator before a
// name is the name's role.
func TestEn15MoreRoles(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"the Conservative backbencher",
			"Reactions\n\nThe Conservative backbencher Lena Dal said the vote in Velor was stolen.",
			[]want{{"Lena Dal", Reported, "the vote in Velor was stolen", 0}}},
		{"a legislator after the name",
			"Reactions\n\nLena Dal, a legislator from Tarn, said the vote in Velor was stolen.",
			[]want{{"Lena Dal", Reported, "the vote in Velor was stolen", 0}}},
		// counter-case: the plural is no one person's office (and no
		// group the reader knows, as before)
		{"backbenchers",
			"Reactions\n\nConservative backbenchers said the vote in Velor was stolen.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestParliamentSeats: an abbreviated seat of parliament is an office
// before a name, not part of it. Sentences written for the test.
func TestParliamentSeats(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a party and its MP", "Reactions\n\nThe Labour MP Mara Holt said the count was fair.",
			[]want{{"Mara Holt", Reported, "the count was fair", 0}}},
		{"an MEP", "Reactions\n\nTory MEP Mara Holt said the count was fair.",
			[]want{{"Mara Holt", Reported, "the count was fair", 0}}},
		{"a headline's MP is the person the lead names, and so is the deputy",
			"Civic Union MP says she will wait for the court\n\nMara Holt, a Civic Union deputy, has asked for patience.\n\nThe deputy said the count was not over.",
			[]want{{"Mara Holt", Reported, "she will wait for the court", 0}, {"Mara Holt", Reported, "the count was not over", 1}}},
		{"the MP referring back", "Reactions\n\nMara Holt, a Labour MP, said the count was fair. The MP added that she would not challenge it.",
			[]want{{"Mara Holt", Reported, "the count was fair", 0}, {"Mara Holt", Reported, "she would not challenge it", 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestReviewRelativeTime: a time adverbial between a relative "who" and
// its verb keeps the verb in the relative clause, which ends at the
// comma, so the sentence's "said" reports its own clause. Sentences
// written for the test.
func TestReviewRelativeTime(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"who in 2019 criticised",
			"Reactions\n\nIvo Kask, who in 2019 criticised the count, said the vote had been clean.",
			[]want{{"Ivo Kask", Action, "criticised the count", 0}, {"Ivo Kask", Reported, "the vote had been clean", 1}}},
		// counter-case: a copula after the adverbial is no act; the clause
		// of "said" is read as before
		{"who in Tarn is known as",
			"Reactions\n\nMara Holt, who in Tarn is known as a critic, said the vote was clean.",
			[]want{{"Mara Holt", Reported, "the vote was clean", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
