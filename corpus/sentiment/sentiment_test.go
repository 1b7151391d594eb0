package sentiment

import (
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
