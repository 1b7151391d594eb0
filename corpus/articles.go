package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"slices"
	"sync"
)

// Article is a news article with its gold speakers, for measuring how well
// a reader of articles finds who took which stance (corpus/SCHEMA.md,
// "Article fields").
type Article struct {
	ID string `json:"id"`
	// Text is the whole article: a headline line, a blank line, then
	// paragraphs separated by blank lines.
	Text string `json:"text"`
	// Lang is the ISO 639-1 code of the text's language ("en" when the
	// file leaves it out).
	Lang string `json:"lang"`
	// Election is an [Election] ID; Winner and Rivals are the name forms
	// the article reader is given as context.
	Election string   `json:"election"`
	Winner   []string `json:"winner"`
	Rivals   []string `json:"rivals"`
	// Style is wire, roundup, interview, op-ed or analysis.
	Style string `json:"style"`
	// Speakers are the people who take a stance on the result, and
	// OffTopicSpeakers those quoted or named who take none.
	Speakers         []Speaker `json:"speakers"`
	OffTopicSpeakers []Speaker `json:"off_topic_speakers"`
}

// Speaker is a gold speaker of an [Article].
type Speaker struct {
	// Name is the canonical name, and Aliases every other way the
	// article refers to the speaker.
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
	// For is the leader a spokesperson speaks for, when the text says so.
	For string `json:"for,omitempty"`
	// Label is the speaker's overall stance in the article; empty for an
	// off-topic speaker.
	Label Label `json:"label,omitempty"`
}

func (a Article) clone() Article {
	a.Winner = slices.Clone(a.Winner)
	a.Rivals = slices.Clone(a.Rivals)
	a.Speakers = cloneSpeakers(a.Speakers)
	a.OffTopicSpeakers = cloneSpeakers(a.OffTopicSpeakers)
	return a
}

func cloneSpeakers(ss []Speaker) []Speaker {
	if ss == nil {
		return nil
	}
	out := make([]Speaker, len(ss))
	for i, s := range ss {
		s.Aliases = slices.Clone(s.Aliases)
		out[i] = s
	}
	return out
}

var articles = sync.OnceValue(func() []Article {
	as, err := parseArticles()
	if err != nil {
		panic(fmt.Sprintf("corpus: invalid embedded data: %v", err))
	}
	return as
})

// parseArticles reads corpus/articles/*.jsonl in name order.
func parseArticles() ([]Article, error) {
	paths, err := fs.Glob(files, "articles/*.jsonl")
	if err != nil {
		return nil, err
	}
	var out []Article
	for _, p := range paths {
		n := 0
		for line := range bytes.Lines(mustEmbedded(p)) {
			n++
			if len(bytes.TrimSpace(line)) == 0 {
				continue
			}
			dec := json.NewDecoder(bytes.NewReader(line))
			dec.DisallowUnknownFields()
			var a Article
			if err := dec.Decode(&a); err != nil {
				return nil, &Error{File: p, Line: n, Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
			}
			if a.Lang == "" {
				a.Lang = "en"
			}
			out = append(out, a)
		}
	}
	return out, nil
}

// Articles returns the news articles of corpus/articles/ (English first,
// then the other languages), with their gold speakers. They are data for
// measuring an article reader; no model is trained on them. Parsed on
// first use; each call returns new values, so a caller may modify them.
func Articles() []Article {
	src := articles()
	out := make([]Article, len(src))
	for i, a := range src {
		out[i] = a.clone()
	}
	return out
}
