package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// want is what a pattern test fixes about one remark.
type want struct {
	speaker string
	kind    Kind
	text    string
	run     int // index of the run's first remark
}

// checkPattern extracts text's remarks and checks their offsets and what
// each want fixes about them. The clause fallback's remarks (Inferred:
// clause_fallback.go, tested in clause_fallback_test.go) are left out: a
// pattern test fixes what the constructions read.
func checkPattern(t *testing.T, text string, ws []want) {
	t.Helper()
	got := Extract(text)
	checkOffsets(t, text, got)
	assert.Equal(t, ws, constructedWants(got))
}

// constructedWants returns what a pattern test fixes about the remarks that are
// not Inferred, each run numbered by its first such remark.
func constructedWants(got []Remark) []want {
	var g []want
	at := make(map[int]int) // index in got -> index in g
	for i, r := range got {
		if r.Inferred {
			continue
		}
		at[i] = len(g)
		run, ok := at[r.Run]
		if !ok {
			run = len(g) // the run opened with an inferred remark
		}
		g = append(g, want{r.Speaker, r.Kind, r.Text, run})
	}
	return g
}

// TestPatterns covers the reader's patterns for speakers, runs and actions
// on constructed sentences (names and places invented).
func TestPatterns(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"headline office is the lead's named speaker",
			"Velorian President says he will not recognise the count\n\nTARN (Wire) — Ivo Kask said on Monday that Velor would wait for the courts.",
			[]want{{"Ivo Kask", Reported, "he will not recognise the count", 0}, {"Ivo Kask", Reported, "Velor would wait for the courts", 1}}},
		{"the president after the headline link, with a clause before the colon",
			"Velorian President says he is in no hurry\n\nTARN — Ivo Kask said on Monday that Velor would wait.\n\nSpeaking to the state broadcaster, the president was blunt in his answer: ‘We will deal with whoever the voters chose.’",
			[]want{{"Ivo Kask", Reported, "he is in no hurry", 0}, {"Ivo Kask", Reported, "Velor would wait", 1}, {"Ivo Kask", Direct, "We will deal with whoever the voters chose.", 2}}},
		{"the X leader and the N-year-old are the last leading speaker",
			"President Ivo Kask spoke on Monday. The Palace leader shrugged off the criticism. ‘Relations cannot get any colder,’ the 61-year-old said.",
			[]want{{"Ivo Kask", Direct, "Relations cannot get any colder", 0}}},
		{"he added continues a run",
			"Karl Brandt said: ‘We respect the vote.’\n\nHe added: ‘But the courts must rule first.’",
			[]want{{"Karl Brandt", Direct, "We respect the vote.", 0}, {"Karl Brandt", Direct, "But the courts must rule first.", 0}}},
		{"a quotation opening the next sentence continues a run",
			"‘We will wait,’ Hana Volk said. ‘The count is not over.’",
			[]want{{"Hana Volk", Direct, "We will wait", 0}, {"Hana Volk", Direct, "The count is not over.", 0}}},
		{"another speaker's remark does not continue a run",
			"Karl Brandt said: ‘We respect the vote.’ Anna Berg said: ‘We do not.’",
			[]want{{"Karl Brandt", Direct, "We respect the vote.", 0}, {"Anna Berg", Direct, "We do not.", 1}}},
		{"a description, then the name set off by commas",
			"His predecessor, Jo Varga, said he hoped to attend the inauguration.",
			[]want{{"Jo Varga", Reported, "he hoped to attend the inauguration", 0}}},
		{"a one-word name with a reflexive is the antecedent of he",
			"Karl Brandt spoke first. Lima herself struck a softer note. ‘I will govern for everyone,’ she said.",
			[]want{{"Lima", Direct, "I will govern for everyone", 0}}},
		{"a floating all between a list of subjects and the verb",
			"Chancellor Karl Brandt, President Anna Berg and Prime Minister Hana Volk all sent congratulations on Sunday.",
			[]want{{"Hana Volk", Action, "all sent congratulations on Sunday", 0}, {"Anna Berg", Action, "all sent congratulations on Sunday", 1}, {"Karl Brandt", Action, "all sent congratulations on Sunday", 2}}},
		{"the Kremlin said X had no plans to congratulate: X's act",
			"Palace spokesman Otto Brenn said President Ivo Kask had no plans to congratulate Lima.",
			[]want{{"Otto Brenn", Reported, "President Ivo Kask had no plans to congratulate Lima", 0}, {"Ivo Kask", Action, "President Ivo Kask had no plans to congratulate Lima", 1}}},
		{"a possessive description, then the name set off by commas",
			"Sousa's running mate, Lia Dorn, said the figures did not reflect the vote.",
			[]want{{"Lia Dorn", Reported, "the figures did not reflect the vote", 0}}},
		{"a two-word name's possessive description",
			"Rui Sousa's campaign chief, Lia Dorn, said the count was rigged.",
			[]want{{"Lia Dorn", Reported, "the count was rigged", 0}}},
		{"a description, then a described name",
			"Another defeated candidate, the cleric Omid Rahel, called the result illegitimate.",
			[]want{{"Omid Rahel", Action, "called the result illegitimate", 0}}},
		{"a description, then a name after a profession",
			"The opposition candidate, television presenter Rui Sousa, called the declaration a fraud.",
			[]want{{"Rui Sousa", Action, "called the declaration a fraud", 0}}},
		{"an adverbial, a long description, then the name",
			"Abroad, the secretary-general of the Example Union of States, Eva Sand, congratulated Lima.",
			[]want{{"Eva Sand", Action, "congratulated Lima", 0}}},
		{"a description opening the sentence whose verb follows and",
			"His running mate, Tomas Reyes, celebrated openly and said he would attend the inauguration.",
			[]want{{"Tomas Reyes", Reported, "he would attend the inauguration", 0}}},
		{"a profession before the name and a relative clause",
			"The evangelical pastor Dan Oyelaran, who came third, also called for a fresh vote.",
			[]want{{"Dan Oyelaran", Action, "also called for a fresh vote", 0}}},
		{"a name before the commas is not a description",
			"Ana Lima, Rui Sousa, said the vote was clean.",
			[]want{{"Ana Lima", Reported, "the vote was clean", 0}}},
		{"a name with a hyphenated particle",
			"Syrian President Omar al-Haddad sent a message of congratulations.",
			[]want{{"Omar al-Haddad", Action, "sent a message of congratulations", 0}}},
		{"a second actor with a hyphenated particle after ', and'",
			"Hugo Rivas telephoned Lima to congratulate her, and Syrian President Omar al-Haddad sent a message of congratulations.",
			[]want{{"Hugo Rivas", Action, "telephoned Lima to congratulate her", 0}, {"Omar al-Haddad", Action, "sent a message of congratulations", 1}}},
		{"', with X saying' is the speaker's reported remark",
			"Tarn has yet to congratulate Lima, with Kremlin spokesman Ivo Kask saying Tarn would wait for the official result.",
			[]want{{"Tarn", Action, "has yet to congratulate Lima", 0}, {"Ivo Kask", Reported, "Tarn would wait for the official result", 1}}},
		{"', with' and no speech verb goes on with the clause",
			"Tarn has yet to congratulate Lima, with officials in no hurry.",
			[]want{{"Tarn", Action, "has yet to congratulate Lima, with officials in no hurry", 0}}},
		{"a roundup's attribution line after the quotation's paragraph",
			"Leaders react\n\n“Tarn is ready to work with the new president.”\n\n—Norlandic President Ivo Kask\n\n“We will wait for the courts.”\n\n—Sarnian Prime Minister Eva Sand",
			[]want{{"Ivo Kask", Direct, "Tarn is ready to work with the new president.", 0}, {"Eva Sand", Direct, "We will wait for the courts.", 1}}},
		{"an attribution after a dash in the quotation's sentence",
			"“We respect the choice of the voters.” — Ivo Kask, President of Norland",
			[]want{{"Ivo Kask", Direct, "We respect the choice of the voters.", 0}}},
		{"a dash inside a sentence is no attribution line",
			"The vote — held on Sunday in Tarn — was calm, Ivo Kask said.",
			[]want{{"Ivo Kask", Reported, "The vote — held on Sunday in Tarn — was calm", 0}}},
		{"conveyed congratulations is an action",
			"Chancellor Otto Brenn conveyed his congratulations to Lima, saying he looked forward to working with her.",
			[]want{{"Otto Brenn", Action, "conveyed his congratulations to Lima", 0}, {"Otto Brenn", Reported, "he looked forward to working with her", 1}}},
		{"quoted X as saying",
			"Local media quoted Tomas Reyes as saying the party had evidence of fraud.",
			[]want{{"Tomas Reyes", Reported, "the party had evidence of fraud", 0}}},
		{"cited an official as saying",
			"State radio cited a senior official as saying Tarn would wait for the courts.",
			[]want{{"senior official", Reported, "Tarn would wait for the courts", 0}}},
		{"X's statement says",
			"Rui Sousa lost. Rui Sousa’s letter says he will never accept the result.",
			[]want{{"Rui Sousa", Reported, "he will never accept the result", 0}}},
		{"his statement says",
			"Rui Sousa lost. His statement says that voting was suppressed in the north.",
			[]want{{"Rui Sousa", Reported, "voting was suppressed in the north", 0}}},
		{"a lower-case owner is no speaker's statement",
			"The party's statement said nothing new.",
			nil},
		{"long apposition with a relative clause",
			"Former navy officer Jana Roe, vice president for research at the Example Institute, who has studied elections for a decade, explained to reporters: ‘The networks mostly repeat what circulates already.’",
			[]want{{"Jana Roe", Direct, "The networks mostly repeat what circulates already.", 0}}},
		{"a scare quote in reported speech is no remark",
			"Hana Volk said the networks were recycling ‘homegrown’ claims rather than making their own.",
			[]want{{"Hana Volk", Reported, "the networks were recycling ‘homegrown’ claims rather than making their own", 0}}},
		{"a scare quote in running text after the sentence's speaker is no remark",
			"‘We will wait,’ Hana Volk said, and the networks kept recycling ‘almost all’ of it.",
			[]want{{"Hana Volk", Direct, "We will wait", 0}}},
		{"a parenthetical attribution reports the whole sentence",
			"Lena Dal spoke first. The president, she told the chamber, was entitled to wait for the courts.",
			[]want{{"Lena Dal", Reported, "The president, she told the chamber, was entitled to wait for the courts", 0}}},
		{"an attribution after a fronted clause is not parenthetical",
			"Tarn will wait for the courts, the ministry said on Tuesday.",
			[]want{{"ministry", Reported, "Tarn will wait for the courts", 0}}},
		{"a reflexive after the name leaves it the subject",
			"Ivo Kask himself, speaking from Tarn in a video, called the election a farce.",
			[]want{{"Ivo Kask", Action, "called the election a farce", 0}}},
		{"told reporters there were …",
			"His spokesman, Lev Orlin, told reporters there were no plans to congratulate the winner.",
			[]want{{"Lev Orlin", Reported, "there were no plans to congratulate the winner", 0}}},
		{"whom someone backed in the campaign is no remark",
			"Former president Ivo Kask, who backed Mara Lenz, has remained silent.",
			[]want{{"Ivo Kask", Action, "has remained silent", 0}}},
		{"X congratulated Y",
			"Chancellor Anna Berg congratulated Mara Lenz on her victory.",
			[]want{{"Anna Berg", Action, "congratulated Mara Lenz on her victory", 0}}},
		{"X was among the first to call Y",
			"Omar Rask was among the first to call the winner.",
			[]want{{"Omar Rask", Action, "was among the first to call the winner", 0}}},
		{"X was the first foreign leader to congratulate Y",
			"Norland's Omar Rask was the first foreign leader to congratulate Lenz.",
			[]want{{"Omar Rask", Action, "was the first foreign leader to congratulate Lenz", 0}}},
		{"leaders who sent congratulations included A, B and C",
			"Leaders who sent congratulations within hours included Chancellor Anna Berg, President Tom Hale of Marossa and Lusenian President Petra Holm.",
			[]want{{"Anna Berg", Action, "sent congratulations within hours", 0}, {"Tom Hale", Action, "sent congratulations within hours", 1}, {"Petra Holm", Action, "sent congratulations within hours", 2}}},
		{"A and B have yet to congratulate Y",
			"Premier Lena Dal and Norland’s Omar Rask have yet to congratulate the winner.",
			[]want{{"Omar Rask", Action, "have yet to congratulate the winner", 0}, {"Lena Dal", Action, "have yet to congratulate the winner", 1}}},
		{"a name and an institution: each gets the act",
			"At the summit, Premier Lena Dal and the Norlandic government urged the commission to publish every tally sheet.",
			[]want{{"Norlandic government", Action, "urged the commission to publish every tally sheet", 0}, {"Lena Dal", Action, "urged the commission to publish every tally sheet", 1}}},
		{"a name after a verb is its object, not a co-subject (counter-case)",
			"Lenz thanked Anna Berg and the Palace said the vote was clean.",
			[]want{{"Palace", Reported, "the vote was clean", 0}}},
		{"an adverb in -ly between subject and verb",
			"President Ivo Kask belatedly congratulated Lenz on Friday.",
			[]want{{"Ivo Kask", Action, "belatedly congratulated Lenz on Friday", 0}}},
		{"'likewise' between subject and verb",
			"Premier Lena Dal likewise urged the commission to publish the tallies.",
			[]want{{"Lena Dal", Action, "likewise urged the commission to publish the tallies", 0}}},
		{"a noun in -ly is no adverb: the family is not Kask (counter-case)",
			"The Kask family said the vote was stolen.",
			nil},
		{"a relative clause holding a list of names between subject and verb",
			"The Tarvos Pact, which groups Velor, Sarn, Norland and Marossa, said in a statement that the count could not be trusted.",
			[]want{{"Tarvos Pact", Reported, "the count could not be trusted", 0}}},
		{"a description ending in names is still an apposition (counter-case)",
			"Ivo Kask, the envoy of Velor and Sarn, said the count could not be trusted.",
			[]want{{"Ivo Kask", Reported, "the count could not be trusted", 0}}},
		{"a group's place after 'in' is no speaker",
			"Nine countries in the Pacific said they would not recognise the count.",
			[]want{{"Nine countries", Reported, "they would not recognise the count", 0}}},
		{"a named person's place after 'in' is no speaker",
			"President Ivo Kask in Tarn said the count was clean.",
			[]want{{"Ivo Kask", Reported, "the count was clean", 0}}},
		{"a bare capitalised word owns no place: the trim does not fire (counter-case; a place speaking is a known limit)",
			"Rallies in Tarn said little about the count.",
			[]want{{"Tarn", Reported, "little about the count", 0}}},
		{"a speech verb sending congratulations is an act",
			"Premier Lena Dal tweeted congratulations, and Tom Hale said the count was clean.",
			[]want{{"Lena Dal", Action, "tweeted congratulations", 0}, {"Tom Hale", Reported, "the count was clean", 1}}},
		{"a speech verb sending one's congratulations is an act",
			"Premier Lena Dal posted her congratulations to Lenz on Sunday.",
			[]want{{"Lena Dal", Action, "posted her congratulations to Lenz on Sunday", 0}}},
		{"congratulations as the subject of a reported clause are words (counter-case)",
			"Premier Lena Dal said congratulations were premature.",
			[]want{{"Lena Dal", Reported, "congratulations were premature", 0}}},
		{"an envoy to a body speaks",
			"Norland's ambassador to the United Nations said the vote had been deeply flawed.",
			[]want{{"Norland's ambassador", Reported, "the vote had been deeply flawed", 0}}},
		{"a mission to a body speaks",
			"The Velorian mission to the Regional Council said the count could not be trusted.",
			[]want{{"Velorian mission", Reported, "the count could not be trusted", 0}}},
		{"what is sent to a body is no speaker, nor is the body (counter-case)",
			"Appeals to the Supreme Court said the vote was flawed.",
			nil},
		{"A, B and C were among the leaders who sent messages",
			"Tom Hale, Lena Dal and Omar Rask were among the leaders who sent messages to the winner.",
			[]want{{"Omar Rask", Action, "were among the leaders who sent messages to the winner", 0}, {"Lena Dal", Action, "were among the leaders who sent messages to the winner", 1}, {"Tom Hale", Action, "were among the leaders who sent messages to the winner", 2}}},
		{"a reported act inside reported speech is the actor's too",
			"The Palace said President Ivo Kask had sent a telegram congratulating the winner.",
			[]want{{"Palace", Reported, "President Ivo Kask had sent a telegram congratulating the winner", 0}, {"Ivo Kask", Action, "President Ivo Kask had sent a telegram congratulating the winner", 1}}},
		{"a second clause with its own subject ends the reported clause",
			"The Palace said Ivo Kask had sent a telegram, and Norland's Omar Rask called the victory good news.",
			[]want{{"Palace", Reported, "Ivo Kask had sent a telegram", 0}, {"Ivo Kask", Action, "Ivo Kask had sent a telegram", 1}, {"Omar Rask", Action, "called the victory good news", 2}}},
		{"a new clause's subject may carry a description set off by commas",
			"The Palace said Ivo Kask would wait, and Norland's Omar Rask, a longtime friend of Lenz, also welcomed the result.",
			[]want{{"Palace", Reported, "Ivo Kask would wait", 0}, {"Omar Rask", Action, "also welcomed the result", 1}}},
		{"a new clause's subject may carry a relative clause",
			"Tom Hale said the count was clean, and Premier Lena Dal, who took office in May, also hailed the victory.",
			[]want{{"Tom Hale", Reported, "the count was clean", 0}, {"Lena Dal", Action, "also hailed the victory", 1}}},
		{"a new clause may report a silence",
			"Anna Berg said the vote had been fair, and Omar Rask, the Norlandic leader, has yet to comment.",
			[]want{{"Anna Berg", Reported, "the vote had been fair", 0}, {"Omar Rask", Action, "has yet to comment", 1}}},
		{"a new clause's subject may carry an origin",
			"Tom Hale congratulated Lenz, while Lena Dal of the Green Future party also conceded.",
			[]want{{"Tom Hale", Action, "congratulated Lenz", 0}, {"Lena Dal", Action, "also conceded", 1}}},
		{"after the description no speech or stance verb: the reported clause goes on (counter-case)",
			"Anna Berg said the vote had been fair, and Omar Rask, the Norlandic leader, was right to wait.",
			[]want{{"Anna Berg", Reported, "the vote had been fair, and Omar Rask, the Norlandic leader, was right to wait", 0}}},
		{"a description with a stance verb of its own is no apposition (counter-case)",
			"Anna Berg said the vote had been fair, and Omar Rask, whom she called a friend, would agree.",
			[]want{{"Anna Berg", Reported, "the vote had been fair, and Omar Rask, whom she called a friend, would agree", 0}}},
		{"', as did B and C': each did what the subject did",
			"Premier Lena Dal quickly congratulated Lenz, as did the rulers of Tarn, Velor and Norland's President Ivo Kask.",
			[]want{{"Lena Dal", Action, "quickly congratulated Lenz", 0}, {"Velor", Action, "quickly congratulated Lenz", 1}, {"Ivo Kask", Action, "quickly congratulated Lenz", 2}}},
		{"', as have B': a reported clause is shared too",
			"Tom Hale has said the count was clean, as have Anna Berg and Omar Rask.",
			[]want{{"Tom Hale", Reported, "the count was clean", 0}, {"Anna Berg", Reported, "the count was clean", 1}, {"Omar Rask", Reported, "the count was clean", 2}}},
		{"', as was B': a copula's comparison shares the act too",
			"Tom Hale was quick to congratulate Lenz, as were Anna Berg and Omar Rask.",
			[]want{{"Tom Hale", Action, "was quick to congratulate Lenz", 0}, {"Anna Berg", Action, "was quick to congratulate Lenz", 1}, {"Omar Rask", Action, "was quick to congratulate Lenz", 2}}},
		{"', as was expected' names nobody (counter-case)",
			"Tom Hale congratulated Lenz, as was expected.",
			[]want{{"Tom Hale", Action, "congratulated Lenz", 0}}},
		{"'as did' without its comma is no new subject (counter-case)",
			"Tom Hale said the count went as planned, and voters did as they pleased.",
			[]want{{"Tom Hale", Reported, "the count went as planned, and voters did as they pleased", 0}}},
		{"leaders who … after ', and' start a clause of their own (a trailing adverb goes with 'included')",
			"Tom Hale was among the first to call Lenz, and leaders who wrote to her later included Chancellor Anna Berg.",
			[]want{{"Tom Hale", Action, "was among the first to call Lenz", 0}, {"Anna Berg", Action, "wrote to her", 1}}},
		{"a description before the name in an apposition",
			"The party's founder, billionaire Omar Rask, said the result was clean.",
			[]want{{"Omar Rask", Reported, "the result was clean", 0}}},
		{"an origin before a relative clause",
			"Omar Rask of Renamo, whose party slipped to third place, said the ruling was void.",
			[]want{{"Omar Rask", Reported, "the ruling was void", 0}}},
		{"the person before a description and a relative clause",
			"Celso Lima, the president's chief adviser, who was in Tarn on election night, told a committee that ties with Tarn mattered.",
			[]want{{"Celso Lima", Reported, "ties with Tarn mattered", 0}}},
		{"a passive participle is no speech",
			"Halvek, who was declared the winner with most of the vote, thanked voters.",
			nil},
		{"', and he …' ends a reported clause",
			"Otto Brenn said the ministry would wait for the official results, and he repeated on Monday that there was no hurry.",
			[]want{{"Otto Brenn", Reported, "the ministry would wait for the official results", 0}, {"Otto Brenn", Reported, "there was no hurry", 1}}},
		{"interview answers are the interviewee's; reports inside them keep their actors",
			"Hana Volk watched the count in Tarn. We spoke to her in Sarn.\n\nQ: What did you see?\n\nA: The count was stolen. Ivo Kask sent his telegram too early. I call it a forgery.",
			[]want{{"Hana Volk", Direct, "The count was stolen.", 0}, {"Ivo Kask", Action, "sent his telegram too early", 1}, {"Hana Volk", Action, "call it a forgery", 2}}},
		{"interview: 'we spoke to her' names the person the introduction opens with, not the last one it mentions",
			"Hana Volk lost her seat on Thursday. Ivo Kask conceded the same night. We spoke to her on Monday.\n\nQ: Was it fair?\n\nA: It was fair.",
			[]want{{"Ivo Kask", Action, "conceded the same night", 0}, {"Hana Volk", Direct, "It was fair.", 1}}},
		{"interview: she spoke to us; one run per answer",
			"Lena Dal sits in parliament. She spoke to us in Tarn.\n\nQ: Did you lose?\n\nA: We lost. It was close.\n\nQ: And now?\n\nA: Now we work.",
			[]want{{"Lena Dal", Direct, "We lost.", 0}, {"Lena Dal", Direct, "It was close.", 0}, {"Lena Dal", Direct, "Now we work.", 2}}},
		{"an interviewer's question is no remark",
			"We spoke to Hana Volk.\n\nQ: Would Tarn accept a recount? Isn't your candidate the loser, as Ivo Kask said?\n\nA: No.",
			[]want{{"Hana Volk", Direct, "No.", 0}}},
		{"X of Place said",
			"In Tarn, Sen. Lisa Vale of Norland said it was time to move on.",
			[]want{{"Lisa Vale", Reported, "it was time to move on", 0}}},
		{"X of an organisation with a lower-case link said",
			"Lena Dal of the Movement for Renewal said the count had been rigged.",
			[]want{{"Lena Dal", Reported, "the count had been rigged", 0}}},
		{"X of an organisation ending in a lower-case noun conceded",
			"Tom Hale of the Green Future party conceded on Monday night.",
			[]want{{"Tom Hale", Action, "conceded on Monday night", 0}}},
		{"X of the Union of Y said: the inner 'of' is the name's",
			"Omar Rask of the Union of Democratic Forces said the vote was clean.",
			[]want{{"Omar Rask", Reported, "the vote was clean", 0}}},
		{"a bare unknown surname owns no origin: no speaker is guessed (counter-case)",
			"Kask of the Movement for Renewal said the count had been rigged.",
			nil},
		{"a name ending merges with the full name",
			"Ana María Ruiz Soto welcomed the count. Ruiz Soto said the vote was clean.",
			[]want{{"Ana María Ruiz Soto", Action, "welcomed the count", 0}, {"Ana María Ruiz Soto", Reported, "the vote was clean", 1}}},
		{"an opening subject after a short adverbial is the antecedent of she",
			"In Tarn, Chancellor Anna Berg struck a warmer note. ‘We are glad to work with her,’ she told reporters.",
			[]want{{"Anna Berg", Direct, "We are glad to work with her", 0}}},
		{"a lower-case description between the quotation and the name",
			"“There is nothing left to review,” electoral court president Jorge Salas said as he read out the figures.",
			[]want{{"Jorge Salas", Direct, "There is nothing left to review", 0}}},
		{"a clause word is no description: the quotation keeps no speaker",
			"“We will wait for the courts,” and then Jorge Salas said the vote was clean.",
			[]want{{"", Direct, "We will wait for the courts", 0}, {"Jorge Salas", Reported, "the vote was clean", 1}}},
		{"a shared surname goes to the full name mentioned last",
			"President Ivo Kask congratulated Lima on Monday. Opposition figure Rui Kask said the vote had been rigged. Kask added that he would go to court. Ivo Kask said the count was clean.",
			[]want{{"Ivo Kask", Action, "congratulated Lima on Monday", 0}, {"Rui Kask", Reported, "the vote had been rigged", 1},
				{"Rui Kask", Reported, "he would go to court", 2}, {"Ivo Kask", Reported, "the count was clean", 3}}},
		{"a possessive role before a name: the name speaks",
			"Lima won the count. His rival Eva Kask said the vote was rigged.",
			[]want{{"Eva Kask", Reported, "the vote was rigged", 0}}},
		{"a possessive right before a name names nobody",
			"Some Tarvosians said the vote was rigged.",
			nil},
		{"a participle clause after an opening subject",
			"Norland's Omar Rask went further, telling reporters that the vote had been stolen.",
			[]want{{"Omar Rask", Reported, "the vote had been stolen", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestSilence: an action that reports no stance is a remark without one.
func TestSilence(t *testing.T) {
	for _, text := range []string{
		"Karl Abel remained silent.",
		"Karl Abel stayed silent on the result.",
		"Karl Abel declined to comment.",
		"Karl Abel has not commented on the election.",
		"Prime Minister Karl Abel, whose government lost, has made no comment.",
		"Karl Abel said nothing at all.",
		"Prime Minister Karl Abel, whose government lost, has said nothing in public since the vote.",
		"Karl Abel is yet to comment on the result.",
		"Karl Abel has yet to react publicly.",
		"Karl Abel did not comment.",
	} {
		got := Extract(text)
		checkOffsets(t, text, got)
		require.Len(t, got, 1, text)
		assert.Equal(t, "Karl Abel", got[0].Speaker, text)
		assert.Equal(t, Action, got[0].Kind, text)
		assert.True(t, got[0].NoStance, text)
	}
	got := Extract("Karl Abel declined to recognise the result.")
	require.Len(t, got, 1)
	assert.False(t, got[0].NoStance, "declining to recognise is a stance")
	// "Neither A nor B has commented": a silence of each.
	text := "Neither Karl Abel nor Ilka Verhoeven has commented on the result."
	got = Extract(text)
	checkOffsets(t, text, got)
	require.Len(t, got, 2)
	for _, r := range got {
		assert.True(t, r.NoStance)
		assert.Equal(t, "Neither Karl Abel nor Ilka Verhoeven has commented on the result", r.Text)
	}
	assert.ElementsMatch(t, []string{"Karl Abel", "Ilka Verhoeven"}, []string{got[0].Speaker, got[1].Speaker})
	// A plain "has commented" is no silence.
	got = Extract("Karl Abel has commented on the result.")
	assert.Empty(t, got)
}

// TestAliasesAndFor: a speaker's mentions are merged into one canonical
// name, and a spokesperson speaks for whom the text says.
func TestAliasesAndFor(t *testing.T) {
	text := "Velorian President says he will not recognise the count\n\n" +
		"TARN — Ivo Kask said on Monday that Velor would wait.\n\n" +
		"The Palace leader shrugged off the criticism. ‘Relations cannot get any colder,’ the 61-year-old said.\n\n" +
		"Palace spokesman Otto Brenn said the government would study the tallies.\n\n" +
		"Anna Berg spoke next. Her spokeswoman, Ilka Verhoeven, said the chancellor would wait.\n\n" +
		"Karl Abel, the foreign ministry spokesman, said nothing had been decided yet."
	got := Extract(text)
	checkOffsets(t, text, got)
	bySpeaker := map[string]Remark{}
	for _, r := range got {
		bySpeaker[r.Speaker] = r
	}
	require.Contains(t, bySpeaker, "Ivo Kask")
	assert.Equal(t, []string{"Velorian President", "The Palace leader", "the 61-year-old"}, bySpeaker["Ivo Kask"].Aliases)
	assert.Equal(t, "Velorian President", bySpeaker["Ivo Kask"].Role)
	assert.Equal(t, "Ivo Kask", bySpeaker["Otto Brenn"].For, "the Palace's leader, as the article tied them")
	assert.Equal(t, "Anna Berg", bySpeaker["Ilka Verhoeven"].For)
	assert.Equal(t, "", bySpeaker["Karl Abel"].For, "an appositive office without 'for' or a capitalised body names nobody")
	assert.Equal(t, "", bySpeaker["Anna Berg"].For)

	got = Extract("Russian President Vladimir Putin spoke on Monday. Putin's spokesman said the Kremlin would wait. A spokeswoman for the foreign ministry said there was no hurry.")
	require.Len(t, got, 2)
	assert.Equal(t, "Putin's spokesman", got[0].Speaker)
	assert.Equal(t, "Vladimir Putin", got[0].For)
	assert.Equal(t, "spokeswoman for the foreign ministry", got[1].Speaker)
	assert.Equal(t, "foreign ministry", got[1].For)
}
