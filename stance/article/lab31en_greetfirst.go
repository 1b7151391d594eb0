package article

import (
	"strings"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// A congratulation outranks the concerns voiced with it (GUIDELINES rule
// 12: "a statement that congratulates and then adds concerns about
// irregularities without withholding recognition is recognising"): a
// spokesman who says "We congratulate the president-elect" and then that
// voters are "within their rights to have such concerns" and calls on
// all parties "to refrain from violence" recognises. The summary weighed
// the congratulation against each of the later remarks, which the model
// reads as withholding one by one, and withholding won four to three.
// When a speaker's on-topic remarks include a recognising congratulation
// of the winner (lab31enGreetsWinner), none is hostile, none takes a
// greeting back (agg22Retracts) and none holds recognition back (lab31enPostponeWords: "yet", "until", "await",
// "final", "certified", …), the summary weighs only their recognising
// remarks. A speaker who congratulates and waits ("congratulated Dal and
// said it would await the certified count") is left as before.

// lab31enGreetsWinner reports whether the remark congratulates the
// winner: a recognising prediction, a form of "congratulate" (or
// "congratulations") and the winner, her title or her victory within
// lab31enGreetingObjectSpan words after it.
func lab31enGreetsWinner(ctx stance.Context, a Analysis) bool {
	if a.Prediction.Label != corpus.Recognising {
		return false
	}
	w := actionWords(a.Text)
	for i, x := range w {
		if strings.HasPrefix(x, "congratulat") && !rev31lenToldGreeting(a, w, i) && lab31enWinnerObject(ctx, w[i+1:min(len(w), i+1+lab31enGreetingObjectSpan)]) {
			return true
		}
	}
	return false
}

// lab31enHoldsBack reports whether the remark holds recognition back or
// rejects: a hostile prediction, a greeting taken back or a word of
// waiting.
func lab31enHoldsBack(a Analysis) bool {
	if a.Prediction.Label == corpus.Hostile || agg22Retracts(a) {
		return true // agg22_retract.go: "withdrew his congratulations"
	}
	for _, x := range actionWords(a.Text) {
		if lab31enPostponeWords[x] {
			return true
		}
	}
	return false
}

// lab31enGreetingFirst returns, for each speaker (index of out), whether
// the summary weighs only the recognising remarks (see above).
func lab31enGreetingFirst(ctx stance.Context, as []Analysis, index map[string]int, n int) []bool {
	greets, holds := make([]bool, n), make([]bool, n)
	for _, a := range as {
		k, ok := index[a.Speaker]
		if !ok || a.NoStance || !a.AboutResult || a.Speaker == "" {
			continue
		}
		greets[k] = greets[k] || lab31enGreetsWinner(ctx, a)
		holds[k] = holds[k] || lab31enHoldsBack(a)
	}
	for k := range greets {
		greets[k] = greets[k] && !holds[k]
	}
	return greets
}

// lab31enOnlyRecognising returns ps without its other predictions.
func lab31enOnlyRecognising(ps []stance.Prediction) []stance.Prediction {
	out := ps[:0:0]
	for _, p := range ps {
		if p.Label == corpus.Recognising {
			out = append(out, p)
		}
	}
	return out
}
