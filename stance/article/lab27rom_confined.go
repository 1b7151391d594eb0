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
// a llamar farsa a la elección") or congratulates the winner by name, or a
// turn, a second subject or another verb of saying stands between
// (lab27romConfinedBarriers, lab27romOtherSaying); not when negated ("no
// se limitó a tomar nota: felicitó …").

// lab27romConfinedAt reports whether words[i] is a verb of confining in the
// language code: a stem of lab27romConfinedStems with a reflexive before it
// or joined to it ("limitou-se") and a preposition after it, or joined to
// the next word ("d'indiquer").
func lab27romConfinedAt(code string, words []string, i int) bool {
	if !hasStem(words[i:i+1], lab27romConfinedStems[code]) {
		return false
	}
	if !lab27romReflexiveBefore(words, i) || i+1 >= len(words) || lexicons[code] != nil && anyWordIn(words[max(0, i-3):i], lexicons[code].negators) {
		return false
	}
	next := words[i+1]
	return lab27romConfinedPreps[next] || strings.HasPrefix(next, "d'") || strings.HasPrefix(next, "d’")
}

// lab27romReflexiveBefore reports whether the verb words[i] is reflexive:
// "-se" joined to it ("limitou-se"), a reflexive just before it ("se
// limitó", "s'est contentée"), or one before an auxiliary ("se ha
// limitado"). An adjective after a verb of seeming is not ("s'est dit
// content de la victoire", "s'est montrée contente d'apprendre").
func lab27romReflexiveBefore(words []string, i int) bool {
	if strings.Contains(words[i], "-se") {
		return true
	}
	if i > 0 && lab27romReflexives[words[i-1]] {
		return true
	}
	return i > 1 && lab27romConfinedAux[words[i-1]] && lab27romReflexives[words[i-2]]
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
	before = before[max(0, len(before)-lab27romConfinedSpan):]
	words := append(before, head[:min(len(head), 3)]...)
	for i := len(words) - 1; i >= 0; i-- {
		if lab27romConfinedBarriers[words[i]] || i < len(before) && lab27romOtherSaying(code, words, i) { // "prenait note" is the remark's own
			return false
		}
		if lab27romConfinedAt(code, words, i) {
			return true
		}
	}
	return false
}

// lab27romOtherSaying reports whether words[i] is a verb of saying of
// the language that the verb of confining does not govern: one not just
// after it and its preposition, or joined to it ("se limitó a pedir calma y el gobernador
// dijo que …", "criticó al Gobierno, que se limitó a tomar nota, y dijo
// que …"), unlike "se limitó a afirmar que …".
func lab27romOtherSaying(code string, words []string, i int) bool {
	lx := lexicons[code]
	if lx == nil || !lx.speechVerbs[words[i]] || lab27romConfinedAt(code, words, i) { // "limitou-se" is a verb of saying too
		return false
	}
	return !(i >= 1 && lab27romConfinedAt(code, words, i-1) || i >= 2 && lab27romConfinedAt(code, words, i-2)) // "d'indiquer", "a afirmar"
}

// lab27romCongratulatesWinner reports whether the words of a run
// congratulate one of winners (a congratulation stem, then a winner's
// name form within three words): "se limitó a felicitar a Halvan por su
// victoria" recognises, however briefly.
func lab27romCongratulatesWinner(code string, words []string, winners [][]string) bool {
	lx := lexicons[code]
	if lx == nil {
		return false
	}
	folded := foldWords(words)
	for i := range words {
		if !hasStem(words[i:i+1], lx.congratStems) {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+3; k++ {
			if startsForm(folded, k, winners) {
				return true
			}
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
	if !lab27romConfined(code, r.text, a.Remark, run) || condemnsIn(code, run) ||
		lab27romCongratulatesWinner(code, actionWords(run), claimForms(r.Context.Winner, r.Context.Rivals)) {
		return
	}
	if p, ok := actionPrediction(verdictWithholding, a.Prediction, r.Classifier.Labels()); ok {
		a.Prediction, a.ByVerb = p, true
		a.AboutResult, a.AboutResultProbability = true, 1
	}
}
