package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
)

// TestRev32enRivalOffice: an unnamed "opposition leader" or "defeated
// candidate" stays apart from the one rival speaking when its paragraph
// opens in another place or race, or when an earlier paragraph gives the
// office's word to someone not tied to the rival; it still merges after
// "In a statement" and when the lead ties the office to the rival
// (rev32en_rivaloffice.go). Articles written for the test.
func TestRev32enRivalOffice(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ivo Kask", "Kask"}, Rivals: []string{"Lena Dal", "Dal"}}
	cases := []struct {
		name, text string
		want       []string
	}{
		{"tied in the lead", "Ivo Kask beat opposition leader Lena Dal.\n\nDal refused to concede.\n\nThe opposition leader said the vote had been stolen.", []string{"Lena Dal"}},
		{"in a statement", "Dal refused to concede.\n\nIn a statement, the opposition leader said the vote had been stolen.", []string{"Dal"}},
		// near-misses: another country, another race, another opposition figure
		{"abroad", "Dal said the count was rigged.\n\nIn neighbouring Sarn, the opposition leader congratulated Kask.", []string{"Dal", "opposition leader"}},
		{"another race", "Dal said the count was rigged.\n\nIn the mayoral race, the defeated candidate congratulated the winner.", []string{"Dal", "defeated candidate"}},
		{"another holder", "Dal said the count was rigged.\n\nPaul Obi, who leads the largest opposition party in parliament, did not back Dal.\n\nThe opposition leader said the count had been fair.", []string{"Dal", "opposition leader"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { assertSpeakers(t, ctx, c.text, c.want) }) // en32_rivaloffice_test.go
	}
}

// TestRev32enDash: an en or em dash before a header ending in a colon is
// a list marker, but before a signature line under a quotation it is the
// signature's dash, and the quotation above is the signer's
// (rev32en_dash.go). Articles written for the test.
func TestRev32enDash(t *testing.T) {
	const lead = "Reactions\n\nLeaders reacted on Monday.\n\n"
	en32Run(t, []en32Case{
		{"header", lead + "– Lena Dal, foreign minister of Norland:\n\n\"We respect the choice of the voters.\"\n", []string{"Lena Dal"}},
		// near-misses: signature lines under quotations
		{"em dash signature", lead + "\"We respect the choice of the voters.\"\n\n— Lena Dal, foreign minister of Norland\n\n\"This count is a fraud.\"\n\n— Ivo Kask, Tarnia's president\n",
			[]string{"Lena Dal", "Ivo Kask"}},
		{"en dash signature", lead + "\"We respect the choice of the voters.\"\n\n– Lena Dal, Norland's foreign minister\n", []string{"Lena Dal"}},
	})
}

// TestRev32enCalledRace: "call" in a fronted predicate is a call to the
// winner, not a desk projecting the race (rev32en_fronted.go). Sentences
// written for the test.
func TestRev32enCalledRace(t *testing.T) {
	en32Run(t, []en32Case{
		{"a call", "First to call Ivo Kask was Norland President Lena Dal.", []string{"Lena Dal"}},
		// near-misses: the race or result called
		{"the race", "First to call the race for Ivo Kask was the Associated Press.", nil},
		{"it", "First to call it for Ivo Kask was the Tarnia Herald.", nil},
	})
}

// TestRev32enPressHeader: the prose under a correspondent's header is the
// page's analysis, not signed words, and so is a sentence naming the
// signer by surname; under an office's header the prose is signed
// (rev32en_signed.go). Articles written for the test.
func TestRev32enPressHeader(t *testing.T) {
	const lead = "Reactions\n\nLeaders reacted on Monday.\n\n"
	const prose = "\n\nThe result is a fraud and nobody believes it will stand.\n"
	en32Run(t, []en32Case{
		{"minister", lead + "Jon Roe, Sarn's foreign minister:" + prose, []string{"Jon Roe"}},
		// near-misses: a correspondent; the reporter's note on the signer
		{"correspondent", lead + "Jon Roe, Africa correspondent:" + prose, nil},
		{"signer told about", lead + "– Jon Roe, Sarn's foreign minister:\n\nA critic of the president, Roe was expelled in 2019 after a vote widely seen as rigged.\n", nil},
	})
}
