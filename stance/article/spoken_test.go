package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/stance"
)

// TestVerdictSpoken: the voters or the court said to have had the last
// word recognise the result; speaking to someone, a ruling that or in
// favour of something, and a hedged or conditioned last word do not.
func TestVerdictSpoken(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Lena Dal", "Dal"}, Rivals: []string{"Ivo Kask", "Kask"}}
	tests := []struct {
		text string
		want actionVerdict
	}{
		{"The people have spoken, and this house will work with the government they chose.", verdictRecognising},
		{"The ballot boxes have spoken", verdictRecognising},
		{"The Velorian majority has spoken clearly", verdictRecognising},
		{"The court has ruled. Anyone who claims the office will answer to the law.", verdictRecognising},
		// counter-cases
		{"The minister, who has spoken to Kask twice this week, said little", verdictNone},
		{"The court has ruled that the recount may go ahead", verdictNone},
		{"The court has ruled in favour of the petition", verdictNone},
		{"Nothing is settled until the court has ruled", verdictNone},
		{"It is not true that the people have spoken", verdictNone},
		{"The court has spoken twice now, once against us and once for us", verdictNone},
		{"The party has spoken to its members", verdictNone},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, claimStance(ctx, tc.text), tc.text)
	}
}

// TestVotersChose: "the people chose" closing a clause recognises the
// result; an object after it, a relative clause, a share of the voters and
// a negation do not.
func TestVotersChose(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Lena Dal", "Dal"}, Rivals: []string{"Ivo Kask", "Kask"}}
	tests := []struct {
		text string
		want actionVerdict
	}{
		{"The people chose. It was not my choice, but it is theirs.", verdictRecognising},
		{"We lost, and the voters have decided", verdictRecognising},
		{"the electorate has chosen clearly", verdictRecognising},
		// counter-cases
		{"Sixty per cent of voters chose someone else", verdictNone},
		{"I will not call Kask the president the people chose", verdictNone},
		{"the voters decided to stay home", verdictNone},
		{"Nobody can say the people chose", verdictNone},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, claimStance(ctx, tc.text), tc.text)
	}
}
