package article

import (
	"testing"

	"github.com/stancekit/stancekit/corpus"
)

func TestRev31lenConcernNarrowed(t *testing.T) {
	r := defaultReader(t)
	r.Context = lab31enCtx
	cases := []struct {
		text string
		want bool
	}{
		{"We have serious doubts about the count in the northern provinces", true},
		{"stressed the need for a transparent recount in the disputed districts", true},
		// near-misses
		{"We have no doubts about the result. The people have spoken", false},                            // a denied doubt (rule 8)
		{"Kell has raised concerns about the count. We see them as noise, and the result stands", false}, // a rival's concern
		{"We have doubts about the opposition's parallel count", false},                                  // the rival's figures
		{"stressed the need for transparency in the new government's spending", false},                   // not the count
		{"We congratulate President-elect Dal. We have concerns about the conduct of the vote", false},   // rule 12
	}
	for _, c := range cases {
		w := actionWords(lab31enAsideCut(c.text))
		got := lab31enConcernOpens(w) && !rev31lenNotOwnConcern(r.Context, w)
		if got != c.want {
			t.Errorf("concern(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestRev31lenGreetingNarrowed(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"We would like to congratulate Dal on her victory.", true},
		{"We would congratulate Dal if the count were clean, but it is not over yet.", false}, // a condition (rule 3)
	}
	for _, c := range cases {
		if got := lab31enOwnGreeting(lab31enCtx, actionWords(c.text)); got != c.want {
			t.Errorf("lab31enOwnGreeting(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	if lab31enBareNoes("No contest. No debate. Dal won it fair and square and we congratulate her.") {
		t.Error(`"No contest." is a lopsided win praised, not scorn by fragments`)
	}
}

func TestRev31lenScornedNarrowed(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"condemned Kell's refusal to accept his defeat", true},
		{"it is unacceptable that the bloc refused to recognise the new president", true},
		// near-misses: a refusal of something else
		{"It is unacceptable that the commission refused to recognise the observers' reports", false},
		{"denounced Dal's refusal to accept foreign observers at the count", false},
	}
	for _, c := range cases {
		if got := lab31enRejectionScorned(actionWords(c.text)); got != c.want {
			t.Errorf("lab31enRejectionScorned(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestRev31lenScareNarrowed(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"We congratulate Dal on her 'victory'.", true},
		// near-misses: a word quoted as a word or a name
		{"The word 'landslide' is no exaggeration. We congratulate President-elect Dal.", false},
		{"We congratulate Dal and her team. Their 'victory' party went on until dawn.", false},
	}
	for _, c := range cases {
		if got := lab31enScare(c.text); got != c.want {
			t.Errorf("lab31enScare(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestRev31lenToldGreeting(t *testing.T) {
	cases := []struct {
		kind Kind
		text string
		want bool
	}{
		{Direct, "President Arno Vask congratulated Dal within minutes. Of course he did: she is his puppet", false},
		{Direct, "Norland congratulates President-elect Dal", true},
		{Direct, "We congratulated Dal on Monday", true},
		{Action, "congratulated Dal on Monday", true},
	}
	for _, c := range cases {
		a := Analysis{Remark: Remark{Kind: c.kind, Text: c.text}}
		a.Prediction.Label = corpus.Recognising
		if got := lab31enGreetsWinner(lab31enCtx, a); got != c.want {
			t.Errorf("lab31enGreetsWinner(%s %q) = %v, want %v", c.kind, c.text, got, c.want)
		}
	}
}

func TestRev31lenDoSoCloserAct(t *testing.T) {
	before := "Rahm urged Kell to accept the count. Brand, asked whether Selm would cut its aid, "
	run := "refused to do so"
	if got := lab31enDoSoText(before+run+".", len(before), run); got != run {
		t.Errorf("lab31enDoSoText = %q, want %q unchanged", got, run)
	}
}
