package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
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
