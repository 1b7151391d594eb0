package article

import (
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

func TestLab30enUntilDenial(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"the movement would not recognise Dal as head of state until a court had weighed its objections", true},
		{"she refused to concede unless the tribunal ordered a recount of the northern districts", true},
		{"the bloc will not congratulate anyone before the commission certifies the count", true},
		{"the ministry would not acknowledge the new cabinet pending a review by the appeals court", true},
		// near-misses
		{"the party would never recognise Dal, not until the courts are cleaned up", false},                                   // never: refused at all
		{"he would not recognise the stolen result until the court had ruled", false},                                         // a fraud charge
		{"they would not recognise Dal until the rain stopped", false},                                                        // no step of the count
		{"the count had been 'handled by friends of Dal' and said it would refuse to accept it until the court ruled", false}, // mixed, a later clause
		{"the party would recognise Dal once the court had ruled", false},                                                     // no negation: conditionalRecognition's
	}
	for _, c := range cases {
		if got := lab30enUntilDenial(c.text); got != c.want {
			t.Errorf("lab30enUntilDenial(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestLab30enPeopleObject(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Lena Dal", "Dal"}, Rivals: []string{"Otto Kell", "Kell"}}
	cases := []struct {
		text string
		want actionVerdict
	}{
		{"commended the authorities for a smoothly run polling day but called the campaign bitter", verdictWithholding},
		{"commended election officials for an orderly and patient count", verdictWithholding},
		{"commended Sierra Leoneans for the high turnout", verdictWithholding},
		{"congratulated New Zealanders on a calm election day", verdictWithholding},
		// near-misses
		{"commended the authorities for a smooth vote and congratulated Dal on her victory", verdictRecognising}, // rev30len: a later recognition verb is the act; the praise is no greeting of a people
		{"congratulated the authorities", verdictRecognising},                                                    // no "for": may greet a government
		{"congratulated Otto Kell on his victory", verdictHostile},                                               // a rival, not a people
	}
	for _, c := range cases {
		if got := actionStance(ctx, c.text); got != c.want {
			t.Errorf("actionStance(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestLab30enRejectionOutranks(t *testing.T) {
	r := defaultReader(t)
	r.Context = stance.Context{Winner: []string{"Lena Dal", "Dal"}, Rivals: []string{"Otto Kell", "Kell"}}
	cases := []struct {
		run  string
		want corpus.Label
	}{
		{"the result had been settled long before anyone voted, and that Norland would not be congratulating anyone", corpus.Hostile},
		{"the figures were written in advance and the government would recognise nobody", corpus.Hostile},
		// near-miss: a delay with no rejection stays withholding
		{"Norland would not be congratulating anyone until the court had ruled", corpus.Withholding},
	}
	for _, c := range cases {
		if got := molsRunLabel(r, c.run); got != c.want {
			t.Errorf("Analyze(…said %q) = %v, want %v", c.run, got, c.want)
		}
	}
}

// molsRunLabel is the label of the run that Piet Mols, a foreign minister,
// is reported to have said after "said" in an article on Lena Dal's win.
func molsRunLabel(r Reader, run string) corpus.Label {
	res := r.Analyze("Lena Dal won the run-off on Sunday, the commission said.\n\nPiet Mols, Norland's foreign minister, said " + run + ".")
	for _, a := range res.Remarks {
		if a.Speaker == "Piet Mols" {
			return a.Prediction.Label
		}
	}
	return ""
}
