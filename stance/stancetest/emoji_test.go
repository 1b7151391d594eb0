package stancetest_test

import (
	"os"
	"strings"
	"testing"

	"github.com/jonreiter/govader"
	"github.com/stancekit/stancekit/corpus/sentiment"
	"github.com/stancekit/stancekit/stance"
)

// emojiFloor is the lowest acceptable number of the 60 posts of
// corpus/sentiment/testdata/emoji_posts.tsv (short posts written for this
// test, 30 positive and 30 negative, each with emoji) that the default
// polarity model gets right: measured 56, minus 2. Without the Emoji
// option the same training also gives 56, so the option is now held only
// to do no harm: the VADER term reads emoji itself. VADER alone (compound
// ≥ 0.05 → positive) gives 48. (Before the VADER term and the posts, the
// model got 48 and 39 without the option.) Run
//
//	go test ./stance/stancetest -run TestPolarityEmoji -v
const emojiFloor = 54

func TestPolarityEmoji(t *testing.T) {
	b, err := os.ReadFile("../../corpus/sentiment/testdata/emoji_posts.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var labels, texts []string
	for line := range strings.Lines(string(b)) {
		l, text, ok := strings.Cut(strings.TrimRight(line, "\n"), "\t")
		if !ok {
			t.Fatalf("emoji_posts.tsv: no tab in %q", line)
		}
		labels, texts = append(labels, l), append(texts, text)
	}
	right := func(label func(string) string) int {
		n := 0
		for i, text := range texts {
			if label(text) == labels[i] {
				n++
			}
		}
		return n
	}
	m, err := stance.DefaultPolarity()
	if err != nil {
		t.Fatal(err)
	}
	with := right(func(s string) string { return string(m.Predict(s).Label) })

	exs, err := sentiment.Polarity()
	if err != nil {
		t.Fatal(err)
	}
	o := stance.PolarityOptions()
	o.Tokenizer.Emoji = false
	prior := sentiment.LexiconExamples(sentiment.VADER(), stance.PolarityLexiconWeight)
	plain, err := stance.TrainCalibrated(exs, o, stance.PolarityCalibration(prior))
	if err != nil {
		t.Fatal(err)
	}
	without := right(func(s string) string { return string(plain.Predict(s).Label) })
	v := govader.NewSentimentIntensityAnalyzer()
	vader := right(func(s string) string {
		if v.PolarityScores(s).Compound >= 0.05 {
			return "positive"
		}
		return "negative"
	})
	t.Logf("%d posts: default polarity model %d right, without emoji words %d, VADER %d", len(texts), with, without, vader)
	if with < emojiFloor || with < without {
		t.Errorf("with emoji words %d right (floor %d), without %d", with, emojiFloor, without)
	}
}
