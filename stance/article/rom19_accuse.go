package article

import (
	"strings"

	"github.com/stancekit/stancekit/stance"
)

// Accusing the declared winner: "el diputado X acusó a Macri de
// «estrenarse como vocero de Washington»", "acusou o presidente eleito de
// mentir aos eleitores", "a accusé le vainqueur d'avoir acheté des voix".
// The guidelines call attacking the winner hostile, and an accusation
// levelled at the winner is one whatever its charge; the models read the
// winner's name in a third-person act as a congratulation's and called
// such acts recognising. English has accusesCount (action.go); this is
// the same reading in Spanish, Portuguese and French.
//
// accusesWinner reports whether words (an act's) open, past up to two
// preverbs and with no negation, with a verb of accusing
// (romAccuseVerbs) whose object, before the "de" of the charge within
// accuseSpan words, names the context's winner or is a word for the
// winner ("ganador", "eleito", "vainqueur"). Accusing anyone else ("acusó
// a la oposición de …", "accusé les partisans de X de …": the winner
// after a genitive only owns the object) says nothing of the result here.
func (l *langLexicon) accusesWinner(ctx stance.Context, words []string) bool {
	verbs := romAccuseVerbs[l.code]
	for i, w := range words[:min(3, len(words))] {
		if l.negators[w] {
			return false
		}
		if !verbs[w] {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+accuseSpan; k++ {
			if romChargeOf(l.code, words[k]) {
				return k > i+1 && l.winnerObject(ctx, words[i+1:k])
			}
		}
		return false
	}
	return false
}

// winnerObject reports whether obj, an accusation's object, is the
// winner: a name form of the context's winner, or a word for the winner
// (winnerWord, romWinnerWords), before any genitive.
func (l *langLexicon) winnerObject(ctx stance.Context, obj []string) bool {
	for g, o := range obj {
		if romGenitive(l.code, o) {
			obj = obj[:g] // "los partidarios de X": X only owns the object
			break
		}
	}
	if win, _ := mentionsIn(ctx, obj); win {
		return true
	}
	for _, o := range obj {
		o = strings.ToLower(o)
		if winnerWord(l.code, o) || romWinnerWords[l.code][o] {
			return true
		}
	}
	return false
}

// romChargeOf reports whether w is the "de" that opens an accusation's
// charge ("de", "d'avoir", "do" is no charge: Portuguese contracts "de"
// only with an article, which a charge of a verb never takes).
func romChargeOf(code, w string) bool {
	return w == "de" || code == "fr" && strings.HasPrefix(w, "d'") || code == "fr" && strings.HasPrefix(w, "d’")
}

// romGenitive reports whether w is a genitive preposition that makes the
// name after it own the object rather than be it.
func romGenitive(code, w string) bool {
	switch code {
	case "es":
		return w == "del"
	case "pt":
		return w == "do" || w == "da" || w == "dos" || w == "das"
	case "fr":
		return w == "du" || w == "des"
	}
	return false
}
