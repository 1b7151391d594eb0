package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRec22enWhoseRelative: a relative clause opened by ", whose" ends at
// its comma, and a campaign verb in it is background; the verb after the
// comma is the named person's (sentences invented for the test).
func TestRec22enWhoseRelative(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a party in the clause, a campaign verb",
			"Reactions\n\nPrime Minister Ivo Kask, whose Farmers' Party had backed Rui Sousa, also congratulated the winner.",
			[]want{{"Ivo Kask", Action, "also congratulated the winner", 0}}},
		{"a common noun in the clause, endorsed",
			"Reactions\n\nLena Dal, whose party endorsed Rui Sousa, accepted the result on Monday.",
			[]want{{"Lena Dal", Action, "accepted the result on Monday", 0}}},
		{"a capitalised group, a speech verb after",
			"Reactions\n\nJo Varga, whose Greens had supported Sousa, said he respected the outcome.",
			[]want{{"Jo Varga", Reported, "he respected the outcome", 0}}},
		// counter-cases: the clause's own act stays inside it; no comma, no relative
		{"the clause's act ends at its comma",
			"Reactions\n\nRui Sousa, whose party had rejected the result, said on Monday he would appeal.",
			[]want{{"party", Action, "had rejected the result", 0}, {"Rui Sousa", Reported, "he would appeal", 1}}},
		{"whose without a comma is no aside",
			"Reactions\n\nIt is unclear whose party backed the decision to congratulate Ana Lima.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestRec22enGroupConjunct: names before "and" and a group of speakers
// share the group's verb (sentences invented for the test).
func TestRec22enGroupConjunct(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a body and several governments said",
			"Reactions\n\nThe African Union and several European governments said the result should be respected.",
			[]want{{"European governments", Reported, "the result should be respected", 0}, {"African Union", Reported, "the result should be respected", 1}}},
		{"a country and other governments welcomed",
			"Reactions\n\nNorway and other Nordic governments welcomed the outcome.",
			[]want{{"Nordic governments", Action, "welcomed the outcome", 0}, {"Norway", Action, "welcomed the outcome", 1}}},
		{"a person and her allies rejected",
			"Reactions\n\nLena Dal and her allies rejected the result on Monday.",
			[]want{{"allies", Action, "rejected the result on Monday", 0}, {"Lena Dal", Action, "rejected the result on Monday", 1}}},
		// counter-case: a name after a verb is its object
		{"a name after a verb is its object",
			"Reactions\n\nJo Varga thanked Lena Dal and several European governments congratulated Ana Lima.",
			[]want{{"European governments", Action, "congratulated Ana Lima", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestRec22enBackedStance: backing a stance named back by the object
// ("stood behind the joint refusal") is a likeness to the remark before;
// backing a person or a bill is not (phrases invented for the test).
func TestRec22enBackedStance(t *testing.T) {
	cases := []struct {
		words string
		want  bool
	}{
		{"stood behind the joint refusal", true},
		{"backed the decision", true},
		{"supported the call for a recount", true},
		{"supported that the count go on", false},
		{"rallied behind their boycott", true},
		{"stand behind the opposition's demand", true},
		// counter-cases
		{"backed Sousa in the campaign", false},
		{"backed the new budget", false},
		{"stood behind the podium", false},
		{"stood by the decision", false},
		{"supported the refusal", true},
	}
	for _, c := range cases {
		t.Run(c.words, func(t *testing.T) {
			assert.Equal(t, c.want, backedStance(strings.Fields(c.words)))
		})
	}
}

// TestRec22enBackedSentence: a list of names backing a refusal reported
// just before acts, each with the refusal's remark copied by the analysis
// (sentences invented for the test).
func TestRec22enBackedSentence(t *testing.T) {
	text := "Reactions\n\nIvo Kask said the decision not to recognise the outcome had been unanimous. His co-leader Jo Varga, the Greens' Lena Dal and Mira Holm all stood behind the joint refusal."
	checkPattern(t, text, []want{
		{"Ivo Kask", Reported, "the decision not to recognise the outcome had been unanimous", 0},
		{"Mira Holm", Action, "all stood behind the joint refusal", 1},
		{"Jo Varga", Action, "all stood behind the joint refusal", 2},
		{"Lena Dal", Action, "all stood behind the joint refusal", 3},
	})
	checkPattern(t, "Reactions\n\nMira Holm stood behind the podium and smiled.", nil)
}

// TestRec22enJoinedAside: the company joined may be described, then named
// in an aside set off by dashes or commas before "in" (sentences invented
// for the test).
func TestRec22enJoinedAside(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"dashes, names with their parties",
			"Reactions\n\nRui Sousa joined the leaders of two smaller parties — Jo Roe of the Farmers' Party and Ivo Dal of Unity — in calling for a recount.",
			[]want{
				{"Rui Sousa", Action, "joined the leaders of two smaller parties — Jo Roe of the Farmers' Party and Ivo Dal of Unity — in calling for a recount", 0},
				{"Jo Roe", Action, "joined the leaders of two smaller parties — Jo Roe of the Farmers' Party and Ivo Dal of Unity — in calling for a recount", 1},
				{"Ivo Dal", Action, "joined the leaders of two smaller parties — Jo Roe of the Farmers' Party and Ivo Dal of Unity — in calling for a recount", 2}}},
		{"commas",
			"Reactions\n\nRui Sousa joined two other leaders, Jo Roe and Ivo Dal, in rejecting the result.",
			[]want{
				{"Rui Sousa", Action, "joined two other leaders, Jo Roe and Ivo Dal, in rejecting the result", 0},
				{"Jo Roe", Action, "joined two other leaders, Jo Roe and Ivo Dal, in rejecting the result", 1},
				{"Ivo Dal", Action, "joined two other leaders, Jo Roe and Ivo Dal, in rejecting the result", 2}}},
		// counter-cases: no joining verb before the aside; no stance verb after "in"
		{"no joining verb",
			"Reactions\n\nRui Sousa thanked two other leaders, Jo Roe and Ivo Dal, in Tarn on Monday.",
			nil},
		{"the aside holds no names",
			"Reactions\n\nRui Sousa joined the crowd — farmers and their families — in singing the anthem.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestRec22enPortfolioModifiers: a portfolio word in lower case before an
// office ("enlargement commissioner", "health minister") belongs to the
// speaker phrase, so the name after it is the subject past an aside
// (sentences invented for the test).
func TestRec22enPortfolioModifiers(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"an appositive pair, an aside",
			"Reactions\n\nThe bloc's foreign policy chief, Lena Dal, and enlargement commissioner Jo Roe, in a joint statement, welcomed the result.",
			[]want{{"Jo Roe", Action, "welcomed the result", 0}, {"Lena Dal", Action, "welcomed the result", 1}}},
		{"one name, an aside",
			"Reactions\n\nHealth minister Ivo Kask, in a radio interview, congratulated Ana Lima.",
			[]want{{"Ivo Kask", Action, "congratulated Ana Lima", 0}}},
		// counter-case: a portfolio word that is no office's
		{"energy prices, then a speaker",
			"Reactions\n\nEnergy prices rose sharply, the minister said.",
			[]want{{"minister", Reported, "Energy prices rose sharply", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestRec22enCountedDescription: a plural office counted by a number or a
// quantifier opening the sentence, then its names between commas or
// dashes, is the verb's subject, each name acting (sentences invented for
// the test).
func TestRec22enCountedDescription(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"commas",
			"Reactions\n\nTwo opposition leaders, Jo Roe and Ivo Kask, rejected the result.",
			[]want{{"Ivo Kask", Action, "rejected the result", 0}, {"Jo Roe", Action, "rejected the result", 1}}},
		{"dashes, three names",
			"Reactions\n\nThree regional governors — Jo Roe, Lena Dal and Ivo Kask — congratulated Ana Lima.",
			[]want{{"Ivo Kask", Action, "congratulated Ana Lima", 0}, {"Lena Dal", Action, "congratulated Ana Lima", 1}, {"Jo Roe", Action, "congratulated Ana Lima", 2}}},
		{"a quantifier, a speech verb",
			"Reactions\n\nSeveral senior ministers, Jo Roe and Lena Dal, said the count was fair.",
			[]want{{"Lena Dal", Reported, "the count was fair", 0}, {"Jo Roe", Reported, "the count was fair", 1}}},
		// counter-cases: no office among the counted; the list is an object
		{"two men",
			"Reactions\n\nTwo men, Jo Roe and Ivo Kask, congratulated Ana Lima.",
			nil},
		{"an object after a verb",
			"Reactions\n\nAna Lima thanked two opposition leaders, Jo Roe and Ivo Kask, on Monday.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
