package article

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/stance"
)

// TestConstructions covers attribution constructions of wire reporting
// that the reader missed (project-written sentences, invented names).
func TestConstructions(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"an age in parentheses between an appositive name and the verb",
			"The opposition leader, Ivo Kask (62), said the result was a fraud.",
			[]want{{"Ivo Kask", Reported, "the result was a fraud", 0}}},
		{"a party and state in parentheses after a titled name",
			"Sen. Ivo Kask (R-Norland) said the vote was clean.",
			[]want{{"Ivo Kask", Reported, "the vote was clean", 0}}},
		{"a country in parentheses before a stance verb stays out of the action",
			"Ivo Kask (Velor) congratulated Lima.",
			[]want{{"Ivo Kask", Action, "congratulated Lima", 0}}},
		{"congratulations received from a list of leaders",
			"Lima has received congratulatory messages from President Ivo Kask and Chancellor Karl Brandt.",
			[]want{{"Ivo Kask", Action, "received congratulatory messages", 0}, {"Karl Brandt", Action, "received congratulatory messages", 1}}},
		{"calls received from a leader",
			"The president-elect received calls from Ivo Kask, the Velorian leader.",
			[]want{{"Ivo Kask", Action, "received calls", 0}}},
		{"congratulations came from a list of names",
			"Congratulations also came from Nora Fisk, Per Holm and Eva Strand.",
			[]want{{"Nora Fisk", Action, "Congratulations also came", 0}, {"Per Holm", Action, "Congratulations also came", 1}, {"Eva Strand", Action, "Congratulations also came", 2}}},
		{"messages of congratulation poured in from a titled leader",
			"Messages of congratulation poured in from President Lars Berg.",
			[]want{{"Lars Berg", Action, "Messages of congratulation poured in", 0}}},
		{"congratulations that have not come are nobody's act",
			"Congratulations have not yet come from President Lars Berg.",
			nil},
		{"no congratulations came from a leader",
			"No congratulations came from President Lars Berg.",
			nil},
		{"congratulations from places are nobody's",
			"Congratulations poured in from Europe and beyond.",
			nil},
		{"what came from someone without a greeting is no action",
			"The loudest cheers came from Per Holm.",
			nil},
		{"also congratulating W was X",
			"Also congratulating Lima was Ivo Kask, the Norland president.",
			[]want{{"Ivo Kask", Action, "congratulating Lima", 0}}},
		{"a fronted participle clause before a comma is no inverted list",
			"Congratulating Lima, Premier Dag Sund said the people had spoken.",
			[]want{{"Dag Sund", Action, "Congratulating Lima", 0}, {"Dag Sund", Reported, "the people had spoken", 1}}}, // mm21_lead.go: the participle is Sund's act
		{"received without a greeting is no action",
			"Lima received support from Ivo Kask.",
			nil},
		{"received inside a reported clause is the clause's and the sender's",
			"The ministry said Lima had received congratulations from Ivo Kask.",
			[]want{{"ministry", Reported, "Lima had received congratulations from Ivo Kask", 0}, {"Ivo Kask", Action, "Lima had received congratulations from Ivo Kask", 1}}}, // mm21_within.go
		{"among those congratulating, then the inverted list",
			"Among those congratulating Lima were Ivo Kask of Velor and Anna Berg of Norland.",
			[]want{{"Ivo Kask", Action, "congratulating Lima", 0}, {"Anna Berg", Action, "congratulating Lima", 1}}},
		{"among the leaders who sent congratulations was X",
			"Among the leaders who sent congratulations was Chancellor Karl Brandt.",
			[]want{{"Karl Brandt", Action, "sent congratulations", 0}}},
		{"among without a stance verb is no action",
			"Among the guests were Ivo Kask and Anna Berg.",
			nil},
		{"went on after a quotation is a speech verb",
			"“We accept it,” Kask said. Supporters cheered. “It is over,” he went on.",
			[]want{{"Kask", Direct, "We accept it", 0}, {"Kask", Direct, "It is over", 1}}},
		{"went on before a colon continues the run",
			"Kask said: “We accept it.” He went on: “But the courts must rule.”",
			[]want{{"Kask", Direct, "We accept it.", 0}, {"Kask", Direct, "But the courts must rule.", 0}}},
		{"went on to win is no speech",
			"Kask went on to win the vote.",
			nil},
		{"a relative clause set off by dashes between subject and verb",
			"Ivo Kask — who finished second — said the vote was stolen.",
			[]want{{"Ivo Kask", Reported, "the vote was stolen", 0}}},
		{"an appositive set off by en dashes before a quotation's verb",
			"“We reject it,” Ivo Kask – the opposition leader – told reporters.",
			[]want{{"Ivo Kask", Direct, "We reject it", 0}}},
		{"a thing described between dashes is no speaker",
			"The result — a landslide — said more than any speech.",
			nil},
		{"her office speaks for the last named speaker",
			"Velor congratulated Ana Berg. The president of Congress, Shirley Rivera, was more guarded. Her office said in a statement that Congress would abide by the courts.",
			[]want{{"Velor", Action, "congratulated Ana Berg", 0}, {"Shirley Rivera", Action, "was more guarded", 1}, {"Shirley Rivera", Reported, "Congress would abide by the courts", 2}}}, // en17_tone.go: the reserved tone, after a reaction to compare it with, is her act
		{"a titled name's government speaks for the name",
			"President Ivo Kask's government said it was awaiting the full data.",
			[]want{{"Ivo Kask", Reported, "it was awaiting the full data", 0}}},
		{"a known surname's office speaks for the person",
			"Ivo Kask spoke on Monday. Kask's office said he had called Lima to congratulate her.",
			[]want{{"Ivo Kask", Reported, "he had called Lima to congratulate her", 0}}},
		{"an unnamed owner's office stays the office",
			"The registrar's office said turnout was high.",
			[]want{{"registrar's office", Reported, "turnout was high", 0}}},
		{"a place's government stays the government",
			"Zambia's government said the vote was fair.",
			[]want{{"Zambia's government", Reported, "the vote was fair", 0}}},
		{"his campaign with nobody named before stays the campaign",
			"His campaign said in a statement that it would challenge the result.",
			[]want{{"campaign", Reported, "it would challenge the result", 0}}},
		{"a dateline and a fronted time before the lead's subject: she is that subject",
			"MANILA - On the Friday after the election, Vice President Lia Dorn stood before her supporters.\n\n“The majority has spoken,” she said.",
			[]want{{"Lia Dorn", Direct, "The majority has spoken", 0}}},
		{"a dateline with a date",
			"TARN, Aug 14 — Vice President Lia Dorn stood before her supporters.\n\n“The majority has spoken,” she said.",
			[]want{{"Lia Dorn", Direct, "The majority has spoken", 0}}},
		{"a long apposition ending in a name suffix with its period",
			"Lia Dorn, spokeswoman for President-elect Ivo Kask Jr., said in a statement that the people had given a clear verdict.",
			[]want{{"Lia Dorn", Reported, "the people had given a clear verdict", 0}}},
		{"an actor in a reported clause whose act is quoted",
			"The ministry said in a statement that Ivo Kask had “congratulated the people of Norland and its president-elect” and was ready to talk.",
			[]want{{"ministry", Reported, "Ivo Kask had “congratulated the people of Norland and its president-elect” and was ready to talk", 0}, {"Ivo Kask", Action, "Ivo Kask had “congratulated the people of Norland and its president-elect” and was ready to talk", 1}}},
		{"a quotation after the actor that does not open with a stance verb gives no action",
			"The ministry said that Ivo Kask had “serious doubts about the count” and would wait.",
			[]want{{"ministry", Reported, "Ivo Kask had “serious doubts about the count” and would wait", 0}}},
		{"a colon-introduced quotation ends its sentence before a name and a verb",
			"Asked whether the board would pause the tally, its chairman replied: “No. Every result stands.” Judge Ivo Kask said the board would answer in writing.",
			[]want{{"chairman", Direct, "No. Every result stands.", 0}, {"Ivo Kask", Reported, "the board would answer in writing", 1}}},
		{"without a colon the verb after the quotation still attributes it",
			"“Why?” Ivo Kask asked.",
			[]want{{"Ivo Kask", Direct, "Why?", 0}}},
		{"a description with your and a leading and, then the name set off by commas",
			"And your party's vice-president, Lia Dorn, said on Monday the party would wait for the court.",
			[]want{{"Lia Dorn", Reported, "the party would wait for the court", 0}}},
		{"the same in an interviewer's statement",
			"Q: Your deputy, Lia Dorn, said on Monday the party would wait for the court.",
			[]want{{"Lia Dorn", Reported, "the party would wait for the court", 0}}},
		{"shouted attributes a quotation",
			"“This was a fraud,” Ivo Kask shouted from a truck.",
			[]want{{"Ivo Kask", Direct, "This was a fraud", 0}}},
		{"an unnamed spokesperson for a titled leader stays the spokesperson",
			"A spokesperson for President Ivo Kask said the result was being studied.",
			[]want{{"spokesperson for President Ivo Kask", Reported, "the result was being studied", 0}}},
		{"the same after an inverted quotation",
			"“We will wait,” said a spokesman for Chancellor Karl Brandt.",
			[]want{{"spokesman for Chancellor Karl Brandt", Direct, "We will wait", 0}}},
		{"a secretary of state keeps the name",
			"Secretary of State Ivo Kask said the vote was credible.",
			[]want{{"Ivo Kask", Reported, "the vote was credible", 0}}},
		{"a name's message before a colon",
			"Ivo Kask's message was blunt: “The count was rigged.”",
			[]want{{"Ivo Kask", Direct, "The count was rigged.", 0}}},
		{"a name's verdict before a colon",
			"Ivo Kask's verdict was damning: “The count was rigged.”",
			[]want{{"Ivo Kask", Direct, "The count was rigged.", 0}}},
		{"a name's reaction before a colon",
			"Ivo Kask's reaction was swift: “We congratulate the winner.”",
			[]want{{"Ivo Kask", Direct, "We congratulate the winner.", 0}}},
		{"his reply before a colon",
			"Ivo Kask spoke. His reply was short: “We will not accept it.”",
			[]want{{"Ivo Kask", Direct, "We will not accept it.", 0}}},
		{"an unowned message before a colon has no speaker",
			"The message was clear: “The count was rigged.”",
			[]want{{"", Direct, "The count was rigged.", 0}}},
		{"a description after a sentence naming one person in passing is that person",
			"Contrast that with Ivo Kask. The populist former senator, known to all as Payo, finished third. “This was a fraud,” he shouted from a truck.",
			[]want{{"Ivo Kask", Direct, "This was a fraud", 0}}},
		{"a description's later action is the person's",
			"Analysts pointed to Ivo Kask. The former general has refused to concede.",
			[]want{{"Ivo Kask", Action, "has refused to concede", 0}}},
		{"a speaker opening the previous sentence is not described by the next office",
			"Ivo Kask said the count was clean. The foreign minister said the count was rigged.",
			[]want{{"Ivo Kask", Reported, "the count was clean", 0}, {"foreign minister", Reported, "the count was rigged", 1}}},
		{"an office with a nationality is not a description",
			"The vote went to Ivo Kask. The Velorian president has not congratulated him.",
			[]want{{"Velorian president", Action, "has not congratulated him", 0}}},
		{"a new paragraph's office is not a description",
			"Analysts pointed to Ivo Kask.\n\nThe former general has refused to concede.",
			[]want{{"former general", Action, "has refused to concede", 0}}},
		{"an -ly adverb and a place between the verb and that",
			"His spokesman, Lia Dorn, said separately in Brussels that the bloc would send a delegation.",
			[]want{{"Lia Dorn", Reported, "the bloc would send a delegation", 0}}},
		{"a capitalised word in -ly after the verb opens the clause",
			"Ivo Kask said Italy would wait for the count.",
			[]want{{"Ivo Kask", Reported, "Italy would wait for the count", 0}}},
		{"both A and B: each acts",
			"Both Ivo Kask and Anna Berg congratulated Lima.",
			[]want{{"Anna Berg", Action, "congratulated Lima", 0}, {"Ivo Kask", Action, "congratulated Lima", 1}}},
		{"neither A nor B: each act keeps the negation",
			"Neither Ivo Kask nor Anna Berg has congratulated Lima.",
			[]want{{"Anna Berg", Action, "Neither Ivo Kask nor Anna Berg has congratulated Lima", 0}, {"Ivo Kask", Action, "Neither Ivo Kask nor Anna Berg has congratulated Lima", 1}}},
		{"the subject of a passive quoted as saying",
			"Ivo Kask was quoted by the state news agency as saying the vote had been rigged.",
			[]want{{"Ivo Kask", Reported, "the vote had been rigged", 0}}},
		{"the same without a by phrase",
			"Ivo Kask was quoted as saying the vote had been rigged.",
			[]want{{"Ivo Kask", Reported, "the vote had been rigged", 0}}},
		{"took to a channel to act",
			"Ivo Kask took to social media to congratulate Lima.",
			[]want{{"Ivo Kask", Action, "took to social media to congratulate Lima", 0}}},
		{"took time to act is no lead-in",
			"Ivo Kask took time to congratulate Lima.",
			nil},
		{"he in an answer is the one person the question names with a title",
			"We spoke to Lia Dorn, a deputy.\n\nQ: What did President Ivo Kask tell Lima?\n\nA: He called him that night to congratulate him.",
			[]want{{"Ivo Kask", Action, "called him that night to congratulate him", 0}}},
		{"a question naming nobody leaves the interviewee's answer hers",
			"We spoke to Lia Dorn, a deputy.\n\nQ: Did you vote?\n\nA: I voted early.",
			[]want{{"Lia Dorn", Direct, "I voted early.", 0}}},
		{"a body speaks through its officer set off by commas",
			"The Velor Farmers' Union, through its general secretary, Ivo Kask, welcomed the result.",
			[]want{{"Ivo Kask", Action, "welcomed the result", 0}}},
		{"a body speaking through its officer",
			"The National Renewal Party, speaking through its national chairman, Rui Sousa, said the count had been rigged.",
			[]want{{"Rui Sousa", Reported, "the count had been rigged", 0}}},
		{"a body said through its officer that",
			"The bishops' conference, whose monitors visited 300 stations, said through its secretary-general, Father Jan Holm, that it would wait for the tallies.",
			[]want{{"Father Jan Holm", Reported, "it would wait for the tallies", 0}}},
		{"said, via its spokesperson, then a quotation",
			"The alliance said, via its spokesperson, Eva Sand, “We accept the result.”",
			[]want{{"Eva Sand", Direct, "We accept the result.", 0}}},
		{"through its officers with no name makes no officer a speaker",
			"The union, through its lawyers, said the count had been rigged.",
			nil},
		{"a name after the officer's comma that is the verb's object is no officer",
			"Rui Sousa said through their lawyers, Kask and Holm, that the count was rigged.",
			[]want{{"Rui Sousa", Reported, "the count was rigged", 0}}},
		{"through a place is no officer",
			"Ivo Kask, travelling through Tarn, said the count was clean.",
			[]want{{"Ivo Kask", Reported, "the count was clean", 0}}},
		{"a long office description, then the name, opens the sentence",
			"The speaker of the old and new parliament, Jo Roe, convened the session anyway, arguing that the signature was a formality.",
			[]want{{"Jo Roe", Reported, "the signature was a formality", 0}}},
		{"an office phrase that ends at the comma keeps its name",
			"The leader of the opposition, Jo Roe, met the envoys, arguing that the count was flawed.",
			[]want{{"Jo Roe", Reported, "the count was flawed", 0}}},
		{"a one-word name before a comma and who is a person",
			"Kask, who lives in exile in Tarn, met supporters and said he would return “sooner or later”.",
			[]want{{"Kask", Reported, "he would return “sooner or later”", 0}}},
		{"a one-word subject without who is still no person",
			"Crowds gathered in the square and said the count was rigged.",
			nil},
		{"joined other leaders in congratulating",
			"Ivo Sten, the Harland president, joined other leaders in congratulating Lima.",
			[]want{{"Ivo Sten", Action, "joined other leaders in congratulating Lima", 0}}},
		{"joined other leaders to congratulate: the joiner, not the leaders",
			"President Ivo Sten on Wednesday joined other world leaders to congratulate Lima.",
			[]want{{"Ivo Sten", Action, "on Wednesday joined other world leaders to congratulate Lima", 0}}},
		{"joined a party years before is no lead-in of the later act",
			"Jo Berra joined the party in 2010 to fight for reform, and on Monday he congratulated Lima.",
			[]want{{"Jo Berra", Action, "congratulated Lima", 0}}},
		{"a relative clause with a stance verb between dashes",
			"Eva Strand — who had earlier refused to concede — said she accepted the count.",
			[]want{{"Eva Strand", Reported, "she accepted the count", 0}}},
		{"a clause between dashes that is no relative clause is no description",
			"Eva Strand spoke — the others refused to comment — and said the count was over.",
			[]want{{"Eva Strand", Reported, "the count was over", 0}}},
		{"a statement released by an office: the clause starts after that",
			"Ivo Kask said in a statement released by his office that Velor respected the outcome.",
			[]want{{"Ivo Kask", Reported, "Velor respected the outcome", 0}}},
		{"a statement from someone's office: the office speaks, not the last speaker",
			"Ivo Kask spoke first. A statement from Anna Berg's office said she had called Lima.",
			[]want{{"Anna Berg's office", Reported, "she had called Lima", 0}}},
		{"a quotation from a name is still an object",
			"The court heard a quotation from Anna Berg said to be false.",
			nil},
		{"a one-word subject before an adverb set off by commas is the next sentence's he",
			"Anna Berg spoke first. Kask, meanwhile, has not appeared in public. On television he kept insisting that the vote was rigged.",
			[]want{{"Kask", Reported, "the vote was rigged", 0}}},
		{"a one-word subject before an adverb makes no remark by itself",
			"Kask, meanwhile, has not appeared in public.",
			nil},
		{"a passive participle with its agent is nobody's act",
			"Ivo Kask was declared the winner, in a vote boycotted by the opposition and condemned within hours by a bloc of governments.",
			nil},
		{"a passive participle with a titled agent",
			"Lima, congratulated by President Karl Brandt, thanked her voters.",
			nil},
		{"by a means keeps the act",
			"Ivo Kask congratulated by phone the new president.",
			[]want{{"Ivo Kask", Action, "congratulated by phone the new president", 0}}},
		{"an object before by makes the verb active: a platform is a means",
			"President Ivo Kask congratulated Lima by WhatsApp on Monday night.",
			[]want{{"Ivo Kask", Action, "congratulated Lima by WhatsApp on Monday night", 0}}},
		{"an object pronoun before by makes the verb active",
			"Ivo Kask congratulated her by Zoom.",
			[]want{{"Ivo Kask", Action, "congratulated her by Zoom", 0}}},
		{"a day before by is a time, not an object",
			"Lima, congratulated on Monday by President Karl Brandt, thanked her voters.",
			nil},
		{"by a time keeps the act",
			"Rui Sousa had not conceded by Monday evening.",
			[]want{{"Rui Sousa", Action, "had not conceded by Monday evening", 0}}},
		{"said through the night keeps the subject",
			"Rui Sousa said through the night that the count was clean.",
			[]want{{"Rui Sousa", Reported, "the count was clean", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestReceivedVerdict: the action a sender gets from "received
// congratulations from" recognises by its greeting noun; a bare call is
// left to the model.
func TestReceivedVerdict(t *testing.T) {
	for text, want := range map[string]actionVerdict{
		"received congratulations":                              verdictRecognising,
		"received congratulatory messages":                      verdictRecognising,
		"congratulating Lima":                                   verdictRecognising,
		"received calls":                                        verdictNone,
		"Neither Ivo Kask nor Anna Berg has congratulated Lima": verdictNotRecognising,
	} {
		assert.Equal(t, want, actionStance(stance.Context{}, text), text)
	}
}

// TestSpokesForTitled: the spokesperson's "for" reaches over titles to the
// name; other offices' "of"/"for" do not make a name an object.
func TestSpokesForTitled(t *testing.T) {
	for text, want := range map[string]string{
		"a spokesperson for President Ivo Kask": "for=President Ivo Kask",
		"Secretary of State Ivo Kask":           "name=Ivo Kask",
	} {
		toks := tokenize(nil, text, 0, len(text), nil, 0)
		p := backward(text, toks, len(toks)-1)
		got := "name=" + p.name
		if p.kind == pRole {
			got = "for=" + strings.TrimPrefix(p.role, "spokesperson for ")
		}
		assert.Equal(t, want, got, text)
	}
}

// TestCommentLater: a comment verb without a negation before it is no
// silence.
func TestCommentLater(t *testing.T) {
	for _, text := range []string{"Ivo Kask will comment later.", "Ivo Kask is expected to comment on Monday."} {
		silent := 0
		for _, r := range Extract(text) {
			if r.NoStance {
				silent++
			}
		}
		assert.Zero(t, silent, text) // the model may read it; it is no silence
		toks := tokenize(nil, text, 0, len(text), nil, 0)
		k := slices.IndexFunc(toks, func(t token) bool { return t.lower == "comment" })
		require.GreaterOrEqual(t, k, 0)
		assert.False(t, silence(toks, k), text)
	}
}

// TestOfficeDescriptionRole: an office set off by commas after a name is
// the name's role; a description that is no office is not.
func TestOfficeDescriptionRole(t *testing.T) {
	for text, want := range map[string]string{
		"“Every sheet is online,” Jo Roe, president of the Superior Electoral Tribunal, said on Monday.": "president of the Superior Electoral Tribunal",
		"Jo Roe, a farmer from the north, said the count was clean.":                                     "",
	} {
		rs := Extract(text)
		require.Len(t, rs, 1, text)
		assert.Equal(t, "Jo Roe", rs[0].Speaker, text)
		assert.Equal(t, want, rs[0].Role, text)
	}
}
