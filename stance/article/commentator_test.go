package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/stance"
)

func TestIsCommentator(t *testing.T) {
	cases := []struct {
		name, text string
		forms      []string
		want       bool
	}{
		{"apposition head", "“Prices rose,” said Ana Lima, an economist at a Tarvos bank.", []string{"Ana Lima", ""}, true},
		{"head before a relative", "said Ana Lima, a 34-year-old software engineer who waited in line.", []string{"Ana Lima", ""}, true},
		{"who teaches", "said Ana Lima, who teaches election law at Tarvos University.", []string{"Ana Lima", ""}, true},
		{"who runs a business", "said Ana Lima, who runs a mobile money business in Tarn.", []string{"Ana Lima", ""}, true},
		{"who runs a consultancy with a dotted name", "said Ana Lima, who runs the political consultancy R.Vista.", []string{"Ana Lima", ""}, true},
		{"who heads the commission", "said Ana Lima, who heads the electoral commission.", []string{"Ana Lima", ""}, false},
		{"who heads the electoral institute", "said Ana Lima, who heads the National Electoral Institute.", []string{"Ana Lima", ""}, false},
		{"who runs the campaign", "said Ana Lima, who runs the party's campaign in the north.", []string{"Ana Lima", ""}, false},
		{"title before the name", "In the capital, bar owner Ana Lima said the street was full.", []string{"Ana Lima", ""}, true},
		{"role", "Ana Lima said so.", []string{"Ana Lima", "political scientist"}, true},
		{"office before a conjunction", "Ana Lima, a Civic Union MP and lawyer, has demanded a recount.", []string{"Ana Lima", "Civic Union MP and lawyer"}, false},
		{"official", "said Ana Lima, the foreign minister.", []string{"Ana Lima", ""}, false},
		{"who leads a party", "said Ana Lima, who leads the opposition.", []string{"Ana Lima", ""}, false},
		{"no description", "Ana Lima said the vote was stolen.", []string{"Ana Lima", ""}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, isCommentator(c.text, c.forms))
		})
	}
}

func TestIsCandidate(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	cases := []struct {
		name, text string
		ctx        stance.Context
		forms      []string
		want       bool
	}{
		{"the winner in the context", "Economist Ana Lima said the peso would float.", ctx, []string{"Ana Lima", "Lima"}, true},
		{"a rival in the context", "Rui Sousa, an economist, said so.", ctx, []string{"Rui Sousa"}, true},
		{"won in the text", "Libertarian economist Eva Sand won the run-off on Sunday.", stance.Context{}, []string{"Eva Sand"}, true},
		{"came third", "The economist Eva Sand, who came third, called for calm.", stance.Context{}, []string{"Eva Sand"}, true},
		{"a commentator", "Eva Sand, an economist at a bank, said prices would rise.", ctx, []string{"Eva Sand"}, false},
		{"came to speak", "Eva Sand came to speak at the rally.", stance.Context{}, []string{"Eva Sand"}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, isCandidate(c.ctx, c.text, c.forms))
		})
	}
}

// TestCandidateNotCommentator checks that a candidate introduced by their
// profession keeps the stance of their remarks about the result.
func TestCandidateNotCommentator(t *testing.T) {
	r := defaultReader(t)
	text := "Sand wins Tarvos run-off\n\nPORT AVERIL — Libertarian economist Eva Sand won the presidential run-off on Sunday.\n\n" +
		"“Today the people chose change, and I accept the trust they have placed in me,” Sand told supporters."
	res := r.Analyze(text)
	for _, s := range res.Speakers {
		if s.Speaker == "Eva Sand" {
			assert.Equal(t, 1, s.Remarks)
			return
		}
	}
	t.Fatalf("no speaker Eva Sand in %+v", res.Speakers)
}

// TestCommentatorRemarks checks that a commentator's remark on the count
// gives no stance while an official's does.
func TestCommentatorRemarks(t *testing.T) {
	r := defaultReader(t)
	text := "Tarvos counts\n\n“The commission has ten days to certify the count, and the courts can extend it,” said Ana Lima, who teaches constitutional law in Port Averil.\n\n" +
		"Foreign Minister Rui Sousa said his government would not recognise the result until the count was certified."
	res := r.Analyze(text)
	got := map[string]Summary{}
	for _, s := range res.Speakers {
		got[s.Speaker] = s
	}
	if assert.Contains(t, got, "Ana Lima") {
		assert.Empty(t, got["Ana Lima"].Stance)
		assert.Equal(t, 1, got["Ana Lima"].OffTopic)
	}
	if assert.Contains(t, got, "Rui Sousa") {
		assert.NotEmpty(t, got["Rui Sousa"].Stance)
	}
}
