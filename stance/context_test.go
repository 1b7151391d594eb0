package stance

import (
	"testing"

	"github.com/stancekit/stancekit/corpus"
)

// With names masked, what a model learns about the winner and the rivals
// carries over to names it never saw, and congratulating the rival is not
// congratulating the winner.
func TestPredictInContext(t *testing.T) {
	o := LeaderOptions()
	o.Tokenizer.MaskNames = true
	ex := func(text string, label corpus.Label, winner, rival string) corpus.Example {
		return corpus.Example{Text: text, Label: label, Meta: map[string]string{"winner": winner, "rivals": rival}}
	}
	m, err := TrainExamples([]corpus.Example{
		ex("We congratulate Anna Berg on her victory", corpus.Recognising, "Anna Berg|Berg", "Karl Holm|Holm"),
		ex("We congratulate Berg and look forward to working together", corpus.Recognising, "Anna Berg|Berg", "Karl Holm|Holm"),
		ex("We congratulate Luis Sol, the true winner", corpus.Hostile, "Rita Mar|Mar", "Luis Sol|Sol"),
		ex("We congratulate Sol on the victory the regime stole from him", corpus.Hostile, "Rita Mar|Mar", "Luis Sol|Sol"),
		ex("We await the official results", corpus.Withholding, "Anna Berg|Berg", "Karl Holm|Holm"),
		ex("It is too early to comment on the count", corpus.Withholding, "Rita Mar|Mar", "Luis Sol|Sol"),
	}, o)
	if err != nil {
		t.Fatal(err)
	}
	text := "We congratulate Tomas Vik on his victory"
	tests := []struct {
		ctx  Context
		want corpus.Label
	}{
		{Context{Winner: []string{"Tomas Vik", "Vik"}, Rivals: []string{"Ola Dahl"}}, corpus.Recognising},
		{Context{Winner: []string{"Ola Dahl"}, Rivals: []string{"Tomas Vik", "Vik"}}, corpus.Hostile},
	}
	for _, tt := range tests {
		if got := m.PredictIn(tt.ctx, text).Label; got != tt.want {
			t.Errorf("PredictIn(%v, %q) = %s, want %s", tt.ctx, text, got, tt.want)
		}
		if got := m.ExplainIn(tt.ctx, text).Label; got != tt.want {
			t.Errorf("ExplainIn(%v, %q) = %s, want %s", tt.ctx, text, got, tt.want)
		}
	}
	if p, q := m.Predict(text), m.PredictIn(Context{}, text); p.Label != q.Label || p.Probability != q.Probability {
		t.Errorf("Predict and PredictIn with a zero context differ: %v, %v", p, q)
	}
	e := corpus.Example{Text: text, Meta: map[string]string{"winner": `["Ola Dahl"]`, "rivals": `["Tomas Vik","Vik"]`}}
	if got := PredictExample(m, e).Label; got != corpus.Hostile {
		t.Errorf("PredictExample with the rival named = %s, want hostile", got)
	}
}
