package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestOff28RussianDemonym: a capitalised town demonym opening a Russian
// sentence is no part of the name after it, and the resident quoted on
// their own day (or their own vote, told in reported words) is off the
// result; a resident naming the result or the winner stays on it, and a
// demonym-like surname ("Москвин") stays in the name. Sentences written
// for the test.
func TestOff28RussianDemonym(t *testing.T) {
	runLangCases(t, []langCase{
		{"ru Москвичка before a name", "ru", "Москвичка Анна Орлова рассказала, что пришла рано утром.",
			[]langRemark{{Reported, "Анна Орлова", "пришла рано утром"}}},
		{"ru Киевлянин before a name", "ru", "Киевлянин Петр Ковальчук признался, что ждал автобус час.",
			[]langRemark{{Reported, "Петр Ковальчук", "ждал автобус час"}}},
		// counter-case: a surname is no demonym
		{"ru surname Москвин", "ru", "Олег Москвин рассказал, что пришел рано утром.",
			[]langRemark{{Reported, "Олег Москвин", "пришел рано утром"}}},
	})
	ctx := stance.Context{Winner: []string{"Ана Лима", "Лима"}, Rivals: []string{"Руи Соуза", "Соуза"}}
	tests := []struct {
		text, speaker string
		off           bool
	}{
		{"Москвичка Анна Орлова рассказала, что пришла рано утром: «Очередей не было».", "Анна Орлова", true},
		{"Горожанин Петр Ковальчук рассказал, что узнал о голосовании из газеты.", "Петр Ковальчук", true},
		{"Москвичка Анна Орлова рассказала, что выборы были нечестными.", "Анна Орлова", false},
		{"Москвич Петр Ковальчук рассказал, что результат подделан.", "Петр Ковальчук", false},
	}
	for _, tc := range tests {
		off := lexicons["ru"].offTopicSpeakers(ctx, tc.text, ExtractLang(tc.text, "ru"))
		assert.Equal(t, tc.off, off[tc.speaker], "%s (%v)", tc.text, off)
	}
}

// TestOff28NoVerdict: a commentator's analysis of the vote has no word
// of the verdict; a commentator who says who won, accepts or rejects
// the result, calls it final, clean or disputed, or the vote over, gives
// one. Sentences written for the test.
func TestOff28NoVerdict(t *testing.T) {
	tests := []struct {
		run  string
		none bool
	}{
		{"The surveys missed the young voters, and the rural count came in late.", true},
		{"Taxes are set by parliament, not by the president, so little will change.", true},
		{"Whether the outcome was ever in doubt is another question.", true},
		{"We do not accept this result.", false},
		{"Lima won because the north turned out.", false},
		{"Nobody serious disputes the count.", false},
		{"The election is over and the courts have no case.", false},
		{"They took over the council.", true}, // near-miss: "over" not after is/was
		{"The count was clean.", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.none, off28NoVerdict(tc.run), tc.run)
	}
}
