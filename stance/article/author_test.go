package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOpinionAuthor(t *testing.T) {
	text := "Opinion: A stamp is not a mandate\n\nBy Ana Lima\n\n" +
		"I voted in every election for thirty years. I cannot call this one fair. The count was stamped by a court.\n\n" +
		"Interior Minister Rui Sousa said the matter was closed. “It is over,” he said.\n\n" +
		"Until the tally sheets are published, I will not call Mr Tavo the president.\n\n" +
		"Ana Lima was foreign minister from 2009 to 2014. I am told she now teaches law."
	rs := Extract(text)
	var author []Remark
	for _, r := range rs {
		if r.Speaker == "Ana Lima" {
			author = append(author, r)
		}
	}
	require.Len(t, author, 3, "%+v", rs)
	assert.Equal(t, "I voted in every election for thirty years", author[0].Text)
	assert.Equal(t, Direct, author[0].Kind)
	assert.Equal(t, "I cannot call this one fair", author[1].Text)
	assert.Equal(t, author[0].Run, author[1].Run, "consecutive sentences of a paragraph are one run")
	// "I will not call …" is an action whose subject is the author.
	assert.Equal(t, Action, author[2].Kind)
	for _, r := range rs {
		assert.NotContains(t, r.Text, "teaches law", "the closing note about the author is not theirs")
		assert.Equal(t, text[r.Start:r.End], r.Text)
	}
}

func TestByline(t *testing.T) {
	cases := []struct {
		name, text, want string
	}{
		{"byline", "Opinion: headline\n\nBy Ana de Lima\n\nI think so.", "Ana de Lima"},
		{"no byline", "Opinion: headline\n\nI think so.\n\nBy and large, yes.", ""},
		{"sentence", "Headline\n\nBy Tuesday the count was over.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := &extractor{text: c.text}
			x.scan()
			_, got := x.byline()
			assert.Equal(t, c.want, got)
		})
	}
}
