package article

import (
	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// A speaker the article quotes mostly on other things — a voter on a late
// pension, a trader on the phone cut, an officer on the turnout — often
// gets one more remark the judge reads as about the result ("Now we will
// see if July comes too", "I could not pay my suppliers", "describing the
// day as calm"), and the model's weak guess at it then becomes the
// speaker's stance. off25WeakAsidesIn takes such a remark off the result
// when at least as many of the speaker's remarks are judged off it as on
// it, and every on-topic one is a weak reading (below off25WeakReading)
// that no rule made (ByVerb), does not recognise (the model under-calls
// recognising, and a greeting is what the judge most often misses:
// "Welcome, my friend"), and names neither the winner nor a rival nor a
// word of the result (off25ResultWords: "There is no basis for saying
// the president did not win" stays). A remark judged off the result but
// read with confidence is one the judge missed (off25MissedReading), and
// keeps the speaker on the result; so does being the winner or a rival.

// off25WeakAsidesIn applies the rule above to the analyses of an article
// in the language of lx (nil: English); a remark with a word of the election in the
// language (topical) or, in English, of the court or the count that will
// settle it (rev26offSettles) is not weak (rev26off_verdict.go).
func off25WeakAsidesIn(ctx stance.Context, lx *langLexicon, as []Analysis) {
	type tally struct{ off, on, strong int }
	t := make(map[string]*tally)
	for _, a := range as {
		if a.Speaker == "" || a.NoStance || off25Contender(ctx, a.Remark) {
			continue
		}
		x := t[a.Speaker]
		if x == nil {
			x = &tally{}
			t[a.Speaker] = x
		}
		switch {
		case !a.AboutResult:
			x.off++
			if off25MissedReading(a) {
				x.strong++
			}
		case off25StrongRemark(ctx, a) || rev26offSettles(lx, a.Text):
			x.on++
			x.strong++
		default:
			x.on++
		}
	}
	for i := range as {
		a := &as[i]
		if x := t[a.Speaker]; x != nil && x.on > 0 && x.strong == 0 && x.off >= x.on && a.AboutResult && !a.NoStance {
			a.AboutResult, a.AboutResultProbability = false, 0
		}
	}
}

// off25Contender reports whether the speaker of rm is the winner or a
// rival (a name form the election context names).
func off25Contender(ctx stance.Context, rm Remark) bool {
	return contenderForm(ctx, append([]string{rm.Speaker}, rm.Aliases...))
}

// off25StrongRemark reports whether an on-topic remark carries a stance
// of its own: a rule's verdict, a confident or recognising reading, a
// mention of the winner, a rival or the result, or a word that dismisses
// a claim (dismissWords: "dismissed the claim", "called it baseless"):
// rebutting a charge against the count is about the result.
func off25StrongRemark(ctx stance.Context, a Analysis) bool {
	if a.ByVerb || a.Prediction.Probability >= off25WeakReading || a.Prediction.Label == corpus.Recognising {
		return true
	}
	words := actionWords(a.Text)
	if winner, rival := mentionsIn(ctx, words); winner || rival {
		return true
	}
	for _, w := range words {
		if off25ResultWords[w] || dismissWords[w] { // "dismissed the claim"
			return true
		}
	}
	return false
}

// off25MissedReading reports whether a remark judged off the result is
// read with confidence (off25MissedConfidence): a greeting or praise the
// judge missed ("spoke of a sign of stability", "Welcome, my friend") or
// an accusation ("accused the authorities of fraud"), which keeps the
// speaker's other remarks on the result.
func off25MissedReading(a Analysis) bool {
	return a.Prediction.Probability >= off25MissedConfidence
}

// off25MissedConfidence is the confidence of a missed reading.
const off25MissedConfidence = 0.8

// off25WeakReading is the model's probability below which a remark's
// label is a weak reading (off25WeakAsidesIn).
const off25WeakReading = 0.6
