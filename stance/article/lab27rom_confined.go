package article

import (
	"strings"

	"github.com/stancekit/stancekit/corpus"
)

// A speaker who confines themselves to something says less than a verdict:
// "el portavoz se limitó a decir que el Gobierno «sigue con atención» el
// proceso", "la delegação limitou-se a tomar nota dos números", "le
// ministre s'est contenté d'indiquer qu'il « prenait acte » de la
// victoire". News writing in Spanish, Portuguese and French uses the
// construction for the diplomatic holding back of a verdict; on the
// project's articles every speaker so described withholds. The models
// read the words confined to ("respeta la decisión soberana",
// "felicitar a los votantes") as recognition. A remark governed by such a
// verb (in the lab27romConfinedSpan words before the remark in its
// sentence, or opening an act's own text) withholds by rule, unless a
// rule has already read it as hostile or it condemns the vote ("se limitó
// a llamar farsa a la elección"), or a turn or a second subject stands
// between (lab27romConfinedBarriers).

// lab27romConfinedAt reports whether words[i] is a verb of confining in the
// language code: a stem of lab27romConfinedStems with a reflexive before it
// or joined to it ("limitou-se") and a preposition after it, or joined to
// the next word ("d'indiquer").
func lab27romConfinedAt(code string, words []string, i int) bool {
	w := words[i]
	if !hasStem(words[i:i+1], lab27romConfinedStems[code]) {
		return false
	}
	reflexive := strings.Contains(w, "-se")
	for k := max(0, i-2); k < i && !reflexive; k++ {
		reflexive = lab27romReflexives[words[k]]
	}
	if !reflexive || i+1 >= len(words) {
		return false
	}
	next := words[i+1]
	return lab27romConfinedPreps[next] || strings.HasPrefix(next, "d'") || strings.HasPrefix(next, "d’")
}

// lab27romConfined reports whether the remark rm of text (its run is run)
// is governed by a verb of confining (see above).
func lab27romConfined(code, text string, rm Remark, run string) bool {
	if lab27romConfinedStems[code] == nil || rm.Start < 0 || rm.Start > len(text) {
		return false
	}
	lo := max(0, rm.Start-400)
	if k := strings.LastIndexAny(text[lo:rm.Start], ".!?\n;"); k >= 0 {
		lo += k + 1
	}
	before := actionWords(text[lo:rm.Start])
	head := actionWords(run)
	words := append(before[max(0, len(before)-lab27romConfinedSpan):], head[:min(len(head), 3)]...)
	for i := len(words) - 1; i >= 0; i-- {
		if lab27romConfinedBarriers[words[i]] {
			return false
		}
		if lab27romConfinedAt(code, words, i) {
			return true
		}
	}
	return false
}

// lab27romConfinedRun labels withholding a run, not a commentator's, whose
// remark is governed by a verb of confining (lab27romConfined), unless a
// rule has read it as hostile or it condemns the vote (condemnsIn).
func (r Reader) lab27romConfinedRun(a *Analysis, code, run string, commentator bool) {
	if a.NoStance || commentator || r.Classifier == nil || a.ByVerb && a.Prediction.Label == corpus.Hostile {
		return
	}
	if !lab27romConfined(code, r.text, a.Remark, run) || condemnsIn(code, run) {
		return
	}
	if p, ok := actionPrediction(verdictWithholding, a.Prediction, r.Classifier.Labels()); ok {
		a.Prediction, a.ByVerb = p, true
		a.AboutResult, a.AboutResultProbability = true, 1
	}
}
