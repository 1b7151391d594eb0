package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
)

const articleSet = "../../corpus/articles/articles.jsonl"

// TestArticleSetRules compares the summary rules on the article set; the
// best one is DefaultRule.
func TestArticleSetRules(t *testing.T) {
	arts, err := ReadGoldFile(articleSet)
	if err != nil {
		t.Fatal(err)
	}
	m, err := stance.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, rule := range Rules() {
		s := Evaluate(arts, func(a GoldArticle) Result { return Reader{Classifier: m, Rule: rule}.Analyze(a.Text) })
		t.Logf("%-10s accuracy %.3f (%d/%d) recall %.3f off-topic silent %.3f", rule, s.Accuracy, s.Correct, s.Gold, s.Recall, s.OffTopicShare)
	}
}
