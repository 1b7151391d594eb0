package article

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// en32Case is a made-up sentence and the speakers its remarks get (in
// order of first appearance, each once).
type en32Case struct {
	name, text string
	want       []string
}

func en32Run(t *testing.T, cases []en32Case) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, r := range Extract(c.text) {
				if !slices.Contains(got, r.Speaker) {
					got = append(got, r.Speaker)
				}
			}
			assert.Equal(t, c.want, got)
		})
	}
}

// TestEn32Fronted: a fronted predicate ("Joining the chorus …", "First
// to call", "Quick to congratulate W") has its actors after the copula,
// a list of names, one office or body, or the countries of a plural
// office; the adjective before the verb is no subject (en32_fronted.go).
// Sentences written for the test.
func TestEn32Fronted(t *testing.T) {
	en32Run(t, []en32Case{
		{"joining", "Joining the chorus of congratulations was Tarnian Prime Minister Ivo Kask.", []string{"Ivo Kask"}},
		{"first to call", "First to call was Norland President Lena Dal.", []string{"Lena Dal"}},
		{"quick to", "Quick to congratulate the winner was Ostian leader Pia Lund.", []string{"Pia Lund"}},
		{"swift, office", "Swift to condemn the vote was the president of Velor.", []string{"president of Velor"}},
		{"plural office", "The first to congratulate the winner were the leaders of Tarnia and Ostia.", []string{"Tarnia", "Ostia"}},
		{"among, body", "Among those congratulating the winner was the Kremlin.", []string{"Kremlin"}},
		{"leading", "Leading the congratulations was Norland's Prime Minister Ute Rahm.", []string{"Ute Rahm"}},
		{"also among", "Also among the first to congratulate the winner was the Ostian prime minister.", []string{"Ostian prime minister"}},
		{"also among, no act", "Also among those present was the Ostian prime minister.", nil},
		// near-misses: no act before the copula, an office followed by more words
		{"first, no act", "First, the count was slow in the north.", nil},
		{"office with more", "First to call was the president's chief of staff's idea of a joke.", nil},
	})
}

// TestEn32OwnerOf: a body whose name has an "of" owns the office or body
// after its possessive ("the Organization of American States' mission");
// an office before "of" keeps its head (en32_owner.go). Sentences
// written for the test.
func TestEn32OwnerOf(t *testing.T) {
	en32Run(t, []en32Case{
		{"plural possessive", "The Organization of Tarnian States' observation mission said the vote was credible.", []string{"Organization of Tarnian States' observation mission"}},
		{"'s possessive", "The Union of Ostian Republics's election mission said the vote was credible.", []string{"Union of Ostian Republics's election mission"}},
		{"office of a country", "The president of Tarnia said the vote was credible.", []string{"president of Tarnia"}},
	})
}

// TestEn32Signed: a roundup entry under a header "Name, office:" (after a
// hyphen, en dash, em dash or none) has its quotation or plain prose as
// the header's speaker's words, and the first-person acts too; a
// sentence of the reporter's ends the entry, and a paragraph after a
// header without a colon stays unsigned (en32_signed.go,
// bullets12.go). Articles written for the test.
func TestEn32Signed(t *testing.T) {
	const lead = "Reactions\n\nLeaders reacted to the result on Monday.\n\n"
	en32Run(t, []en32Case{
		{"en dash, quotation", lead + "– Lena Dal, foreign minister of Norland:\n\n\"We respect the choice of the voters.\"\n",
			[]string{"Lena Dal"}},
		{"em dash, prose", lead + "— Lena Dal, foreign minister of Norland:\n\nThe count was marred by serious irregularities.\n",
			[]string{"Lena Dal"}},
		{"no marker, first person", lead + "Ivo Kask, prime minister of Tarnia:\n\nWe congratulate the winner on a clear victory. I hope the country stays calm.\n",
			[]string{"Ivo Kask"}},
		// near-misses: the reporter's sentence after the entry, no colon
		{"reporter resumes", lead + "Ivo Kask, prime minister of Tarnia:\n\nThe result must be respected. The ministry later said it would send an envoy.\n",
			[]string{"Ivo Kask", "ministry"}},
		{"caption, no colon", lead + "Ivo Kask, prime minister of Tarnia\n\nThe count went on through the night in the capital.\n",
			nil},
	})
}

// TestEn32PluralHead: a plural office heading a list of names ("the
// leaders of A and B", "leaders including A and B", "world leaders such
// as A and B") gives the list rules its names, and the senders listed
// after "observers from" or "missions from" each speak; a place after a
// single name stays a place, and a list with no name gives nothing
// (en32_plural.go). Sentences written for the test.
func TestEn32PluralHead(t *testing.T) {
	en32Run(t, []en32Case{
		{"calls from leaders of", "The winner received calls from the leaders of Tarnia and Ostia.", []string{"Tarnia", "Ostia"}},
		{"including", "Messages of congratulation came from leaders including Ivo Kask and Lena Dal.", []string{"Ivo Kask", "Lena Dal"}},
		{"such as", "Congratulations came from world leaders such as Ivo Kask and Lena Dal.", []string{"Ivo Kask", "Lena Dal"}},
		{"observers from two", "Observers from Norland and Tarnia said the count was credible.", []string{"Tarnia", "Norland"}},
		{"missions from three", "Observer missions from Norland, Ostia and Tarnia said the count was credible.", []string{"Tarnia", "Ostia", "Norland"}},
		{"observers from one", "Observers from the Tarnian Union said the count was credible.", []string{"Tarnian Union"}},
		// near-misses: a place after a name, a list of no names
		{"name in a place", "Ivo Kask in Velor and Lena Dal said the count was credible.", []string{"Lena Dal", "Ivo Kask"}},
		{"no names", "The winner received calls from the leaders of the two parties.", nil},
	})
}

// TestEn32Bodies: clergy as a group ("Catholic bishops", "a group of
// bishops"), a service as an institution ("the EU's diplomatic
// service"); a news conference a speaker talks to is no speaker
// (lexicon.go). Sentences written for the
// test.
func TestEn32Bodies(t *testing.T) {
	en32Run(t, []en32Case{
		{"group of bishops", "A group of Catholic bishops said the vote had been marred by intimidation.", []string{"Catholic bishops"}},
		{"service", "The Tarnian Union's diplomatic service said the election was marred.", []string{"Tarnian Union's diplomatic service"}},
		// near-miss: the conference is where the speaker spoke
		{"news conference", "Speaking at a news conference, Ivo Kask said the vote was rigged.", []string{"Ivo Kask"}},
	})
}
