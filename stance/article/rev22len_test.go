package article

import (
	"strings"
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

var rev22lenCtx = stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}

// TestRev22lenPeopleWinnerRef: a greeting of the people that points at
// the winner without naming her is no greeting of the people alone.
func TestRev22lenPeopleWinnerRef(t *testing.T) {
	tests := []struct {
		text string
		want actionVerdict
	}{
		{"congratulated Velorians on a peaceful vote and wished her well as she prepares to take office", verdictNone},
		{"congratulated the people of Tarvos on the vote and invited him to Paris", verdictNone},
		{"congratulated Velorians on Sunday and telephoned her to offer support", verdictNone},
		{"congratulated Velorians and the newly elected president", verdictNone},
		{"congratulated Velorians on electing their first woman president", verdictNone},
		{"congratulated the voters on the vote and looked forward to working with her administration", verdictNone},
		{"commended Velorians for a calm vote ahead of his inauguration", verdictNone},
		// near-misses: the speaker's own possessive, governments in general, no pronoun object
		{"congratulated Velorians on a calm vote on behalf of her government", verdictWithholding},
		{"congratulated Pakistanis on completing the vote and hailed two elected governments", verdictWithholding},
		{"commended Velorians for a calm vote and for her patience", verdictWithholding},
		{"congratulated the voters on a high turnout", verdictWithholding},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, actionStance(rev22lenCtx, tt.text), tt.text)
	}
}

// TestRev22lenPeopleAdjective: "the Velorian people" is the people, as
// "the people of Veloria" is; "the Velorian president" is not.
func TestRev22lenPeopleAdjective(t *testing.T) {
	tests := []struct {
		text string
		want actionVerdict
	}{
		{"congratulated the Velorian people on a well-run election", verdictWithholding},
		{"commended the Georgian electorate for its patience", verdictWithholding},
		{"congratulated the whole nation on a calm vote", verdictWithholding},
		// near-misses: a person, not the people
		{"congratulated the Velorian president on her victory", verdictRecognising},
		{"congratulated the new president", verdictRecognising},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, actionStance(rev22lenCtx, tt.text), tt.text)
	}
}

// TestRev22lenPeopleAnswered: the rest of a greeting's paragraph, the
// sentence before it and the run itself can answer it for the winner.
func TestRev22lenPeopleAnswered(t *testing.T) {
	const head = "SAN MARCO — Ana Lima won the vote.\n\n"
	tests := []struct {
		name, text, act string
		speaker         string
		want            bool
	}{
		{"next sentence names her", "Clara Mott commended Velorians for a calm day. She also congratulated Lima.", "commended Velorians for a calm day", "Clara Mott", true},
		{"speaker's surname after an opener", "Kenji Sato congratulated Velorians on their vote. In a letter, Sato told the president-elect Japan was a partner.", "congratulated Velorians on their vote", "Kenji Sato", true},
		{"winner's camp in the lead", "Jose Pinto, Lima's campaign manager, congratulated Velorians on a record turnout.", "congratulated Velorians on a record turnout", "Jose Pinto", true},
		{"the outcome to be respected", "Pieter Smit congratulated Velorians and said the outcome must be respected.", "congratulated Velorians and said the outcome must be respected", "Pieter Smit", true},
		// near-misses: another's sentence, a withholding sentence, a later paragraph, a respect in a condition
		{"another speaker names her", "Louise Marchand congratulated Velorians on a calm vote. Secretary of State John Hale later telephoned Lima.", "congratulated Velorians on a calm vote", "Louise Marchand", false},
		{"he did not mention her", "Ravi Sharma congratulated Velorians on a calm vote. He said India would work with any government, but did not mention Lima by name.", "congratulated Velorians on a calm vote", "Ravi Sharma", false},
		{"next paragraph", "Anne Roy congratulated Velorians on a calm vote.\n\nLima thanked her voters.", "congratulated Velorians on a calm vote", "Anne Roy", false},
		{"respect in a condition", "Pieter Smit congratulated Velorians and said the outcome would be respected if the court confirmed it.", "congratulated Velorians and said the outcome would be respected if the court confirmed it", "Pieter Smit", false},
	}
	for _, tt := range tests {
		text := head + tt.text
		start := len(head) + strings.Index(tt.text, tt.act)
		rm := Remark{Speaker: tt.speaker, Kind: Action, Start: start, End: start + len(tt.act)}
		r := Reader{Context: rev22lenCtx, text: text}
		assert.Equal(t, tt.want, r.peopleAnswered(rm, tt.act), tt.name)
	}
}

func TestRev22lenSentences(t *testing.T) {
	assert.Equal(t, []string{"A b.", " She c!", " d"}, rev22lenSentences("A b. She c! d"))
	assert.Equal(t, []string{"3.5 per cent."}, rev22lenSentences("3.5 per cent."))
}

// TestRev22lenNestedDemand: a demand verb inside another's span is its
// own demand; one to give a demand up asks for nothing.
func TestRev22lenNestedDemand(t *testing.T) {
	tests := []struct {
		text string
		want actionVerdict
	}{
		{"urged the opposition to stop calling for a new vote and accept the result", verdictNone},
		{"asked the party to stop demanding a rerun of the vote", verdictNone},
		{"urged Sousa to drop his call for the election to be annulled", verdictNone},
		// near-misses: the nested demand is the actor's, or kept
		{"asked the court to demand a new vote in three provinces", verdictHostile},
		{"urged the court to annul the election", verdictHostile},
		{"urged supporters not to stop calling for a new vote", verdictHostile},
		{"asked for a recount and demanded a new vote", verdictWithholding},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, demandVerdict(actionWords(tt.text), sentenceStarts(tt.text)), tt.text)
	}
}

// TestRev22lenGerundNamed: a naming that is a sentence's subject is
// judged, not made.
func TestRev22lenGerundNamed(t *testing.T) {
	tests := []struct {
		text string
		want actionVerdict
	}{
		{"Calling the election a plot is absurd.", verdictNone},
		{"Calling the vote a massive fraud would be wrong.", verdictNone},
		{"He said so. Branding the result a conspiracy was reckless.", verdictNone},
		// near-misses: the naming is made
		{"Calling the vote a sham, Sousa vowed to fight on.", verdictHostile},
		{"called the election a plot by the ruling party", verdictHostile},
		{"Sousa is calling the vote a farce.", verdictHostile},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, namingVerdictAt(actionWords(tt.text), sentenceStarts(tt.text)), tt.text)
	}
}

// TestRev22lenMostVotesRecord: the most votes ever, in an earlier vote or
// of a class of candidates, or denied, is no win of this election.
func TestRev22lenMostVotesRecord(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Sousa received the most votes of any opposition candidate in history, but it was not enough", false},
		{"Sousa got the most votes ever for a losing candidate", false},
		{"in 2019 Sousa got more votes than Lima, but this time she won", false},
		{"Sousa had received the most votes since 1994 for an opposition leader", false},
		{"in the first round Sousa received the most votes", false},
		{"Sousa got more votes than Lima four years ago", false},
		{"Sousa received the most votes last time", false},
		{"no credible count had ever shown Sousa as the winner", false},
		{"a fake website wrongly named Sousa as the winner", false},
		// near-misses: the rival given this election's win
		{"Sousa got more votes than any other candidate", true},
		{"Sousa received the most votes of any candidate", true},
		{"our own count shows that Sousa obtained most of the ballots cast", true},
		{"the tally sheets showed Sousa as president-elect", true},
		{"nobody can deny that the count showed Sousa as the winner", true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, rivalWon(rev22lenCtx, tt.text), tt.text)
	}
}

// TestRev22lenOverLimited: a vote over only later, or for someone else,
// is not final.
func TestRev22lenOverLimited(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"the election is over for us only when the courts have ruled", false},
		{"the election is over until the court rules otherwise", false},
		{"the election is over as far as the government is concerned", false},
		{"the vote is over if the court confirms the count", false},
		// near-misses: a final vote
		{"the election is over and the people have spoken", true},
		{"the election is over for the opposition", true},
		{"the vote's over, now we govern for all", true},
	}
	for _, tt := range tests {
		words := actionWords(tt.text)
		got := false
		for i := range words {
			got = got || electionOver(words, i)
		}
		assert.Equal(t, tt.want, got, tt.text)
	}
}

// TestRev22lenResultHonoured: the result to be respected, in the passive.
func TestRev22lenResultHonoured(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"said the outcome must be respected by all", true},
		{"the result should be accepted by every party", true},
		{"the results have been upheld", true},
		// near-misses: denied, conditioned
		{"the result cannot be accepted", false},
		{"the outcome will be respected if the court confirms it", false},
		{"the result was not accepted by the opposition", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, resultHonoured(actionWords(tt.text)), tt.text)
	}
}
