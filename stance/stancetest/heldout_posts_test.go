package stancetest_test

import (
	"os"
	"slices"
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/evaluate"
)

// heldOutPosts is a check set for the default polarity model:
// 600 short posts (300 positive, 300 negative; tweets on news, sports,
// entertainment and daily life, app and hotel reviews, product Q&A, video
// comments, forum replies, posts to support accounts; 60 each), written by
// a writer who saw neither the model, nor its training posts, nor any
// model's output on them, before the model trained on UCI + posts and
// stacked with VADER existed. It was scored once by the model before that
// change (0.725) and once after (0.843), and never used to choose
// anything. Project-written, so not the real held-out data of the issue,
// but of domains the model was not trained on.
const heldOutPosts = "../../corpus/sentiment/testdata/posts_heldout.tsv"

// Floors: the measured accuracies less 0.02, and the lead over VADER
// (compound ≥ 0.05 → positive) that issue #16 asks for, 5 points (measured
// 9.7).
const (
	heldOutPostsFloor = 0.861 - 0.02
	heldOutPostsLead  = 0.05
)

// TestPolarityHeldOutPosts scores the default polarity model and VADER side
// by side on heldOutPosts, overall and per source, with McNemar's test:
//
//	go test ./stance/stancetest -run TestPolarityHeldOutPosts -v
func TestPolarityHeldOutPosts(t *testing.T) {
	f, err := os.Open(heldOutPosts)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	exs, err := corpus.ReadAll(corpus.ReadLabelTSV(f, corpus.ReadOptions{Name: "posts_heldout.tsv", Labels: corpus.PolarityLabels()}))
	if err != nil {
		t.Fatal(err)
	}
	m, err := stance.DefaultPolarity()
	if err != nil {
		t.Fatal(err)
	}
	ours := make([]bool, len(exs))
	for i, e := range exs {
		ours[i] = m.Predict(e.Text).Label == e.Label
	}
	vader := vaderRight(exs)
	var sources []string
	for _, e := range exs {
		if !slices.Contains(sources, domain(e)) {
			sources = append(sources, domain(e))
		}
	}
	for _, s := range sources {
		t.Logf("%-20s ours %.3f  VADER %.3f", s, accuracy(exs, ours, domain, sources, s), accuracy(exs, vader, domain, sources, s))
	}
	a, v := accuracy(exs, ours, domain, sources, ""), accuracy(exs, vader, domain, sources, "")
	mc, err := evaluate.McNemarTest(ours, vader)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("all %d: ours %.4f  VADER %.4f  (McNemar p %.2g)", len(exs), a, v, mc.P)
	if a < heldOutPostsFloor {
		t.Errorf("accuracy %.4f below the floor %.3f", a, heldOutPostsFloor)
	}
	if a-v < heldOutPostsLead {
		t.Errorf("lead over VADER %.4f below %.2f", a-v, heldOutPostsLead)
	}
}
