package article

import (
	"math"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// lonePriorWeight is the weight of SpeakerPriors' log-prior for a speaker
// whom the summary knows by one remark about the result (one prediction
// it weighs: see evidenceCount), outside a rival of the context: the
// prior π enters as π^w / Σ π^w, a tempered prior, instead of π. At full
// weight the prior (55 % recognising) turns a lone hesitant
// non-recognising remark into recognising (a remark that the vote is a
// domestic matter no outsider should judge, withholding 0.50 against
// recognising 0.21: 0.21·0.554 > 0.50·0.210; tempered, 0.21·0.497 <
// 0.50·0.240), while a speaker of several remarks is judged by all of
// them together, where the prior weighs less against the sum of their
// evidence.
//
// The weight is chosen, as the rivals' prior was counted, on the sixteen
// sets of SpeakerPriors alone (priorSets in the tests: articles.jsonl,
// articles_dev3 to _dev8, articles_heldout, articles_lang and
// articles_lang_dev2 to _dev8). Right speakers there by weight, from 1,608
// at full weight: 0.5 1,605; 0.6 1,607; 0.65 1,609; 0.7, 0.75 and 0.8
// 1,611; 0.85 1,610; 0.9 1,609. The middle of the plateau, 0.75, was
// taken (choosing each set's weight on the other fifteen also gives 0.75
// and +3); on the sixteen sets outside them (articles_dev9 to _dev16 and
// articles_lang_dev9 to _dev16), whose scores the grid printed but did
// not choose by, it scores 1,068 -> 1,072 (0.6 to 0.9: 1,070 to 1,073).
// Tempering
// the rivals' prior for a lone remark too scored 1,609 on the sixteen
// sets (it costs hostile rivals), and tempering it for every speaker (0.7,
// the best weight there) 1,610: both left out. The gain is small (+3 and
// +4 of 2,961; the recognising speakers it costs are 2 on the sixteen
// sets, 0 outside them): a correction of the prior's weight, not a new
// source of evidence. TestAgg21LonePrior computes its values by hand.
const lonePriorWeight = 0.75

// loneSpeakerPriors is speakerPriors tempered by lonePriorWeight.
var loneSpeakerPriors = temperedPrior(speakerPriors, lonePriorWeight)

// temperedPrior is prior^w / Σ prior^w: w < 1 flattens the prior
// towards uniform, w = 1 leaves it as it is.
func temperedPrior(prior map[corpus.Label]float64, w float64) map[corpus.Label]float64 {
	out := make(map[corpus.Label]float64, len(prior))
	z := 0.0
	for l, p := range prior {
		out[l] = math.Pow(p, w)
		z += out[l]
	}
	for l := range out {
		out[l] /= z
	}
	return out
}

// evidenceCount is the number of predictions applyWith weighs for ps:
// those with a known feature, or all of them when none has one.
func evidenceCount(ps []stance.Prediction) int {
	n := 0
	for _, p := range ps {
		if !p.NoFeatures {
			n++
		}
	}
	if n == 0 {
		return len(ps)
	}
	return n
}

// summaryPrior is the prior of s's summary given its on-topic
// predictions ps: a rival's prior for a rival of the context (priorOf,
// mm20_rivalprior.go), else SpeakerPriors', tempered by lonePriorWeight
// when ps hold one prediction to weigh.
func (r Reader) summaryPrior(s Summary, ps []stance.Prediction) map[corpus.Label]float64 {
	prior := r.priorOf(s)
	if evidenceCount(ps) == 1 && !rivalSpeaker(r.Context, Remark{Speaker: s.Speaker, Aliases: s.Aliases}) {
		return loneSpeakerPriors
	}
	return prior
}
