package sentiment

import (
	"slices"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/corpus"
)

func TestUCI(t *testing.T) {
	exs, err := UCI()
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, e := range exs {
		count[e.Meta["group"]+"/"+string(e.Label)]++
	}
	for _, d := range []string{"amazon", "imdb", "yelp"} {
		for _, l := range []corpus.Label{corpus.Positive, corpus.Negative} {
			if n := count[d+"/"+string(l)]; n != 500 {
				t.Errorf("%s %s: %d sentences, want 500", d, l, n)
			}
		}
	}
	if len(exs) != 3000 {
		t.Fatalf("%d sentences, want 3000", len(exs))
	}
	if exs[1].Text != "Good case, Excellent value." || exs[1].Label != corpus.Positive {
		t.Errorf("second sentence %q %s", exs[1].Text, exs[1].Label)
	}
}

// LexiconExamples: k(w) = round(λ·|v|) statements of w's sign, none for a
// valence of 0, for an entry with no letter or when k rounds to 0; sorted
// by word. Worked by hand for λ = 2.
func TestLexiconExamples(t *testing.T) {
	lex := map[string]float64{"good": 1.9, "awful": -2.0, "meh": -0.2, "ok": 0, ":)": 2.0, "so-so": 0.3}
	got := LexiconExamples(lex, 2)
	var texts []string
	var labels []corpus.Label
	for _, e := range got {
		texts = append(texts, e.Text)
		labels = append(labels, e.Label)
	}
	// awful: round(4.0) = 4 negative; good: round(3.8) = 4 positive;
	// meh: round(0.4) = 0; so-so: round(0.6) = 1 positive; ok: v = 0;
	// ":)": no letter.
	wantTexts := []string{"awful", "awful", "awful", "awful", "good", "good", "good", "good", "so-so"}
	wantLabels := []corpus.Label{"negative", "negative", "negative", "negative", "positive", "positive", "positive", "positive", "positive"}
	if !slices.Equal(texts, wantTexts) || !slices.Equal(labels, wantLabels) {
		t.Fatalf("got %v %v, want %v %v", texts, labels, wantTexts, wantLabels)
	}
	if got[0].ID != "lexicon:awful" {
		t.Errorf("id %q", got[0].ID)
	}
	if len(VADER()) < 7000 || VADER()["good"] != 1.9 || VADER()["awful"] != -2.0 {
		t.Errorf("VADER lexicon: %d entries, good %v, awful %v", len(VADER()), VADER()["good"], VADER()["awful"])
	}
}

// postsDomains is the number of domains of posts.tsv; each has 50
// positive and 50 negative posts.
const postsDomains = 16

func TestPosts(t *testing.T) {
	exs, err := Posts()
	if err != nil {
		t.Fatal(err)
	}
	checkCells(t, exs, postsDomains)
	uci, err := UCI()
	if err != nil {
		t.Fatal(err)
	}
	checkNew(t, uci, exs)
}

const reviewsDomains = 10

func TestReviews(t *testing.T) {
	exs, err := Reviews()
	if err != nil {
		t.Fatal(err)
	}
	checkCells(t, exs, reviewsDomains)
	uci, err := UCI()
	if err != nil {
		t.Fatal(err)
	}
	posts, err := Posts()
	if err != nil {
		t.Fatal(err)
	}
	checkNew(t, append(uci, posts...), exs)
	all, err := Polarity()
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != len(uci)+len(posts)+len(exs) {
		t.Errorf("Polarity has %d examples, want UCI, posts and reviews, %d", len(all), len(uci)+len(posts)+len(exs))
	}
}

// checkCells checks that exs has 50 positive and 50 negative texts in each
// of its domains, and domains of them.
func checkCells(t *testing.T, exs []corpus.Example, domains int) {
	t.Helper()
	count := map[string]int{}
	for _, e := range exs {
		if e.Meta["group"] == "" {
			t.Fatalf("%s has no domain", e.ID)
		}
		count[e.Meta["group"]+"/"+string(e.Label)]++
	}
	for k, n := range count {
		if n != 50 {
			t.Errorf("%s: %d texts, want 50", k, n)
		}
	}
	if len(count) != 2*domains || len(exs) != 100*domains {
		t.Errorf("%d texts in %d domain/label cells, want %d in %d", len(exs), len(count), 100*domains, 2*domains)
	}
}

// checkNew checks that no text of exs repeats one of before or another of
// exs (case aside).
func checkNew(t *testing.T, before, exs []corpus.Example) {
	t.Helper()
	seen := map[string]bool{}
	for _, e := range before {
		seen[strings.ToLower(e.Text)] = true
	}
	for _, e := range exs {
		if seen[strings.ToLower(e.Text)] {
			t.Errorf("%s repeats an earlier text: %q", e.ID, e.Text)
		}
		seen[strings.ToLower(e.Text)] = true
	}
}
