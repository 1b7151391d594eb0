package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/stance"
)

// TestOpenedDescription: a description set off by commas before a name
// ("the party's head of elections, Lena Dal,") is found after the
// sentence's opening adverbials or after a colon, so the name, not the
// office, is the subject and a later "he" or "she" goes to it.
func TestOpenedDescription(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"two comma adverbials, then the description and the name",
			"Reactions\n\nEven before that, in the small hours of Saturday, the party's head of elections, Lena Dal, had gone further at a briefing. She told reporters that the party would not accept the figures.",
			[]want{{"Lena Dal", Reported, "the party would not accept the figures", 0}}},
		{"one multi-word adverbial",
			"Reactions\n\nOn Saturday, the movement's chief agent, Ivo Kask, said the count in Norland was a fraud.",
			[]want{{"Ivo Kask", Reported, "the count in Norland was a fraud", 0}}},
		{"after a colon",
			"Reactions\n\nVelor was quick: the ambassador to Norland, Ivo Kask, congratulated the winner on a clean election.",
			[]want{{"Ivo Kask", Action, "congratulated the winner on a clean election", 0}}},
		// counter-case: the description holds a verb, so it is no description
		{"a clause before the name is no description",
			"Reactions\n\nOn Saturday, the party said its agent, Ivo Kask, had seen the count in Norland.",
			[]want{{"party", Reported, "its agent, Ivo Kask, had seen the count in Norland", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestSubordinateClosed: a fronted clause of time ("When the commission
// announced its figures,") ends at its comma; a speech verb inside it
// reports no more than its own object, and the main clause keeps its
// speaker and remark.
func TestSubordinateClosed(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"when-clause, then a name with an apposition",
			"Reactions\n\nWhen the commission announced its figures, Ivo Kask, a spokesman for the Velor government, said Velor would say nothing until the court had ruled.",
			[]want{{"Ivo Kask", Reported, "Velor would say nothing until the court had ruled", 0}}},
		{"after-clause, then a plain name",
			"Reactions\n\nAfter the board declared the result, Lena Dal told reporters the vote in Norland had been stolen.",
			[]want{{"Lena Dal", Reported, "the vote in Norland had been stolen", 0}}},
		// counter-case: no subordinator opens the sentence; the comma
		// closes nothing and the report runs on
		{"a report without a fronted clause",
			"Reactions\n\nThe commission announced that the count was over, and that Lena Dal had won in Norland.",
			[]want{{"commission", Reported, "the count was over, and that Lena Dal had won in Norland", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestOrgAnd: "and" inside an organisation's name after "for" or "of"
// ("the Rally for Democracy and Progress") is part of the name; the
// person before "of the …" is the subject, not the name's last word.
func TestOrgAnd(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"person of an organisation with and in its name",
			"Reactions\n\nIvo Kask of the Rally for Justice and Progress said his party would not accept the count in Norland.",
			[]want{{"Ivo Kask", Reported, "his party would not accept the count in Norland", 0}}},
		// counter-case: two people joined by "and"; the second one speaks
		{"a place and the next person",
			"Reactions\n\nLeaders who called included President Ivo Kask of Velor and Sarnian President Lena Dal. Lena Dal said the count in Norland was fair.",
			[]want{{"Ivo Kask", Action, "called", 0}, {"Lena Dal", Action, "called", 1}, {"Lena Dal", Reported, "the count in Norland was fair", 2}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestClaimPretending: a claim under "pretending" ("should stop
// pretending Lima's victory was good news") is feigned, as under
// "pretend" or "pretended": no recognition. The claim alone still
// recognises.
func TestClaimPretending(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	cases := []struct {
		text string
		want actionVerdict
	}{
		{"Velor should stop pretending the outcome was historic", verdictNone},
		{"the capital keeps pretending Lima had won", verdictNone},
		// counter-cases: no hedge
		{"the outcome was historic", verdictRecognising},
		{"Lima had won", verdictRecognising},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, claimStance(ctx, tc.text), tc.text)
	}
}

// TestLowerTitleMention: a name mentioned in mid-sentence after a
// lower-case office ("the party of former president Ivo Kask") keeps the
// office, so a later "the former president" is that person, not a new
// unnamed speaker.
func TestLowerTitleMention(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"office inside a prepositional phrase",
			"Reactions\n\nThe Velor party of former president Ivo Kask came third. Kask stayed away. Late on Saturday, the former president said the count in Norland was rigged.",
			[]want{{"Ivo Kask", Reported, "the count in Norland was rigged", 0}}},
		{"office after a participle",
			"Reactions\n\nThe Rally came second, followed by opposition leader Lena Dal with 58 seats. The opposition leader said the count in Norland was rigged.",
			[]want{{"Lena Dal", Reported, "the count in Norland was rigged", 0}}},
		// counter-case: another office is no match
		{"a different office stays unnamed",
			"Reactions\n\nThe Velor party of former president Ivo Kask came third. The interior minister said the count in Norland was fair.",
			[]want{{"interior minister", Reported, "the count in Norland was fair", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestRelativeAfterPreposition: the person a relative clause describes is
// its subject even after a preposition ("A more cautious note came from
// Lena Dal of the Civic Movement, who said …"); after "of" the antecedent
// stays unclear and no speaker is given.
func TestRelativeAfterPreposition(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"came from a person with an origin",
			"Reactions\n\nA more cautious note came from Lena Dal of the Civic Movement, who said her party would wait for an audit of the count in Norland.",
			[]want{{"Lena Dal", Reported, "her party would wait for an audit of the count in Norland", 0}}},
		{"spoke to a person",
			"Reactions\n\nReporters spoke to Ivo Kask, who said the count in Norland had been stolen.",
			[]want{{"Ivo Kask", Reported, "the count in Norland had been stolen", 0}}},
		// counter-case: after "of" the relative may describe the head noun
		{"the wife of a person",
			"Reactions\n\nThe count was watched by the wife of Ivo Kask, who said it had been stolen in Norland.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestDescribedList: a plural description and a list of names set off by
// commas open the sentence ("The presidents of Velor and Sarn, Ivo Kask
// and Lena Dal, were among the first …"): every name of the list is a
// subject, none of the description's place names.
func TestDescribedList(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"two names after a plural office",
			"Reactions\n\nThe presidents of Velor and Sarn, Ivo Kask and Lena Dal, congratulated the winner in Norland.",
			[]want{{"Lena Dal", Action, "congratulated the winner in Norland", 0}, {"Ivo Kask", Action, "congratulated the winner in Norland", 1}}},
		{"three names",
			"Reactions\n\nThe three regional leaders, Ivo Kask, Otto Brenn and Lena Dal, congratulated the winner in Norland.",
			[]want{{"Lena Dal", Action, "congratulated the winner in Norland", 0}, {"Otto Brenn", Action, "congratulated the winner in Norland", 1}, {"Ivo Kask", Action, "congratulated the winner in Norland", 2}}},
		// counter-case: a singular office before two names is no such list
		{"a singular office",
			"Reactions\n\nThe president of Velor, Ivo Kask and Lena Dal, congratulated the winner in Norland.",
			[]want{{"president of Velor", Action, "congratulated the winner in Norland", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestFullerRole: the office a later phrase gives a speaker replaces a
// shorter one it ends with ("board chair" after "chair").
func TestFullerRole(t *testing.T) {
	assert.True(t, fullerRole("chair", "board chair"))
	assert.False(t, fullerRole("chair", "chair"))
	assert.False(t, fullerRole("president", "prime minister")) // counter-case
}

// TestPurposeThatAskedFor: "so that" opens a purpose, not what was said
// ("asked for every result to be published so that citizens can see …"),
// and "asked for X to be …" is a request, read as "asked X to" is.
func TestPurposeThatAskedFor(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"asked for, with a purpose",
			"Reactions\n\nLena Dal asked for every result in Norland to be published so that citizens can see which votes were counted.",
			[]want{{"Lena Dal", Reported, "asked for every result in Norland to be published so that citizens can see which votes were counted", 0}}},
		{"told reporters, so that",
			"Reactions\n\nIvo Kask told reporters in Norland on Monday so that nobody would doubt it.",
			nil},
		// counter-cases: a plain "that" still reports; "to no avail" is no request
		{"told reporters that",
			"Reactions\n\nIvo Kask told reporters that the count in Norland was a fraud.",
			[]want{{"Ivo Kask", Reported, "the count in Norland was a fraud", 0}}},
		{"asked for comment to no avail",
			"Reactions\n\nReporters asked for comment to no avail.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestWatchesVote: "who coordinates" or "who monitors" with the vote's
// watchers as object describes a party to the result, not a commentator;
// other objects, and verbs of study, still describe one.
func TestWatchesVote(t *testing.T) {
	assert.False(t, commentatorApposition(", who coordinates a network of citizen observers, said"))
	assert.False(t, commentatorApposition(", who coordinates a platform of civic groups, said"))
	assert.True(t, commentatorApposition(", who coordinates the health ministry's response in Tarn"))
	assert.True(t, commentatorApposition(", who teaches election law at Tarn University"))
}

// TestInterviewQuietOpener: "We spoke to her" names the person the
// sentence before introduced without giving a remark, even when the
// paragraph opened with someone else; after a sentence whose opener acted
// ("Ivo Kask conceded") the paragraph's opener is still taken.
func TestInterviewQuietOpener(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"the introduced person after the news",
			"Ivo Kask was sworn in as president of Norland on Saturday. Lena Dal chairs the Norland Election Watch, which deployed 2,000 monitors. We spoke to her on Sunday.\n\nQ: Is it over?\n\nA: We cannot call this result credible yet.",
			[]want{{"Lena Dal", Direct, "We cannot call this result credible yet.", 0}}},
		// counter-case: the sentence before had its opener act
		{"an acting opener is no introduction",
			"Hana Volk lost her seat on Thursday. Ivo Kask conceded the same night. We spoke to her on Monday.\n\nQ: Was it fair?\n\nA: It was fair.",
			[]want{{"Ivo Kask", Action, "conceded the same night", 0}, {"Hana Volk", Direct, "It was fair.", 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestDesiredResult: a result wished for or required ("deserves a result
// that nobody can question") is not the declared one, so guarding it
// against challenge recognises nothing; the declared result guarded still
// does.
func TestDesiredResult(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	cases := []struct {
		text string
		want actionVerdict
	}{
		{"Norland deserves a result that nobody can question", verdictNone},
		{"the country needs an outcome no one can dispute", verdictNone},
		// counter-cases
		{"it is a result that nobody can question", verdictRecognising},
		{"nobody can question the result", verdictRecognising},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, claimStance(ctx, tc.text), tc.text)
	}
}

// TestLowerOrigin: a person's origin in lower case ("Ivo Kask of the
// ruling party said", "Lena Dal of the council of churches asked") is
// stepped over to the person, as a capitalised one is; an office before
// it ("The leader of the ruling party said") stays the subject.
func TestLowerOrigin(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"of the ruling party",
			"Reactions\n\nIvo Kask of the ruling party said the count in Norland was clean.",
			[]want{{"Ivo Kask", Reported, "the count in Norland was clean", 0}}},
		{"of the council of churches, with a request",
			"Reactions\n\nLena Dal of the council of churches asked both camps in Norland to wait for the judges.",
			[]want{{"Lena Dal", Reported, "asked both camps in Norland to wait for the judges", 0}}},
		// counter-case: an office owns no origin; the phrase is the subject
		{"an office of the party",
			"Reactions\n\nThe leader of the ruling party said the count in Norland was clean.",
			[]want{{"leader of the ruling party", Reported, "the count in Norland was clean", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestApposedAntecedent: a relative clause after an apposition describes
// the person before it ("came from Ivo Kask, a senator from Velor, who
// said …"); a group before the apposition is no person.
func TestApposedAntecedent(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a person, an apposition, who said",
			"Reactions\n\nCriticism came from Ivo Kask, a senator from Velor, who said the count in Norland had been rigged.",
			[]want{{"Ivo Kask", Reported, "the count in Norland had been rigged", 0}}},
		// counter-case: no person before the apposition
		{"a group, an apposition, who said",
			"Reactions\n\nThe count was praised by the monitors, a group of lawyers, who said it had been fair in Norland.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestLeadAdverbial: a short lead adverbial before a comma ("Hours
// later,", "Speaking in Tarn,") is stepped over to the sentence's subject,
// whom a later "he" means; a time phrase running into the subject with no
// comma ("Two weeks later her candidate, Ivo Kask, lost") is no adverbial.
func TestLeadAdverbial(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"hours later",
			"Reactions\n\nHours later, the party's leader, Ivo Kask, went on television. He said the count in Norland had been rigged.",
			[]want{{"Ivo Kask", Reported, "the count in Norland had been rigged", 0}}},
		{"a participle",
			"Reactions\n\nSpeaking in Tarn, the party's leader, Ivo Kask, went further. He said the count in Norland had been rigged.",
			[]want{{"Ivo Kask", Reported, "the count in Norland had been rigged", 0}}},
		// counter-case: the subject follows the time phrase without a comma
		{"a time phrase and its subject",
			"Reactions\n\nLena Dal spoke in Tarn. Two weeks later her rival, Ivo Kask, lost the run-off. She said the count in Norland had been rigged.",
			[]want{{"Lena Dal", Reported, "the count in Norland had been rigged", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestAuthorityScorned: naming the body that ran the count, or its
// officials, with a word of crime or servility is hostile; naming them
// otherwise, or denying it, is left to the model.
func TestAuthorityScorned(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	cases := []struct {
		text string
		want actionVerdict
	}{
		{"called the commission's officials criminals and left", verdictHostile},
		{"branded the electoral board a puppet of the ruling party", verdictHostile},
		// counter-cases
		{"called the commission's officials to ask for the figures", verdictNone},
		{"never called the judges traitors", verdictNone},
		{"called the commission's officials victims of criminals", verdictNone},
		{"shielded the board from crooks", verdictNone},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, actionStance(ctx, tc.text), tc.text)
	}
}

// TestStatisticianCommentator: a statistician is quoted for expertise, as
// a pollster or demographer is; an official is not.
func TestStatisticianCommentator(t *testing.T) {
	assert.True(t, isCommentator("Its statistician Ivo Kask had cautioned that the model could be off.", []string{"Ivo Kask", "statistician"}))
	assert.False(t, isCommentator("Its spokesman Ivo Kask said the count was over.", []string{"Ivo Kask", "spokesman"})) // counter-case
}

// TestSubordinateAttribution: an attribution set inside the sentence
// after a fronted clause ("If the court rules against him, Ivo Kask said,
// he will appeal") does not end the fronted clause as a new clause would.
func TestSubordinateAttribution(t *testing.T) {
	assert.False(t, subordinateCut("If the court in Norland rules against him, Ivo Kask said, he will appeal."))
	assert.True(t, subordinateCut("When the board in Norland announced its figures, Ivo Kask said the party would appeal."))
}

// subordinateCut reports whether the first comma of text ends a clause
// (prepare's cut table).
func subordinateCut(text string) bool {
	x := &extractor{text: text, byName: make(map[string]*speaker), bySurname: make(map[string]*speaker),
		byFirst: make(map[string]*speaker), bySuffix: make(map[string]*speaker), leaderOf: make(map[string]*speaker)}
	x.scan()
	for i, t := range x.toks {
		if t.is(",") {
			return x.newClause(x.toks, i)
		}
	}
	return false
}

// TestDescribedInterviewee: "We spoke to its chair, Lena Dal," names the
// person after the office as the interviewee; an office with no name
// after it names nobody.
func TestDescribedInterviewee(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"an office and a name",
			"Ivo Kask was sworn in as president of Norland on Saturday. We spoke to the watch's chair, Lena Dal, on Sunday.\n\nQ: Is it over?\n\nA: We cannot call this result credible yet.",
			[]want{{"Lena Dal", Direct, "We cannot call this result credible yet.", 0}}},
		// counter-case: no name after the office
		{"an office alone",
			"Ivo Kask was sworn in as president of Norland on Saturday. We spoke to the watch's chair on Sunday.\n\nQ: Is it over?\n\nA: We cannot call this result credible yet.",
			[]want{{"", Direct, "We cannot call this result credible yet.", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestPluralListStart: a list of names after a plural description ("were
// the presidents of Velor and Sarn, Ivo Kask and Lena Dal") gives each name
// the action; the description's places are no names of the list.
func TestPluralListStart(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"among those … were the presidents of A and B, X and Y",
			"Reactions\n\nAmong those congratulating the winner in Norland were the presidents of Velor and Sarn, Ivo Kask and Lena Dal.",
			[]want{{"Ivo Kask", Action, "congratulating the winner in Norland", 0}, {"Lena Dal", Action, "congratulating the winner in Norland", 1}}},
		// no name after the description: the countries of the plural
		// office are the actors (en32_plural.go), as "The leaders of A and
		// B congratulated W" gives them (rec31en_oflist.go)
		{"a description alone",
			"Reactions\n\nAmong those congratulating the winner in Norland were the presidents of Velor and Sarn.",
			[]want{{"Velor", Action, "congratulating the winner in Norland", 0}, {"Sarn", Action, "congratulating the winner in Norland", 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
