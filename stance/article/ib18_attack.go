package article

import (
	"slices"
	"strings"

	"github.com/stancekit/stancekit/stance"
)

// An attack on the declared winner, in Spanish and Portuguese: "el
// pastor X arremetió contra la ganadora: …", "atacou o vencedor num
// comício", "insultó a Velor". The guidelines call attacking, mocking or
// insulting the winner hostile; the models read the object ("la
// ganadora") as a congratulation's and called such acts recognising, and
// "arremeter" was in no list, so the act was not read at all.
//
// The reader takes a verb of attacking (attackVerbs) as an act when its
// object, past "contra" or the personal "a" and determiners, is the
// winner by a word for the winner ("ganador", "vencedora"; givenStems) or
// a capitalised name (attackObject); the verb rule (actionVerdict) calls
// the act hostile when that object is the context's winner or a word for
// the winner (attacksWinner), named before any genitive preposition
// (attackGenitives: "atacó a los seguidores de X" attacks the followers,
// not X). An attack on anyone else ("atacó a los periodistas") is no
// act, and one on another named person is left to the models.

// attackSpan is how many words after the verb the object may open.
const attackSpan = 4

// attackObject reports whether toks[v] is a verb of attacking whose
// object is a word for the winner or a capitalised name.
func (ix *intl) attackObject(toks []token, v int) bool {
	code := ix.lx.code
	if !attackVerbs[code][toks[v].lower] {
		return false
	}
	for k := v + 1; k < len(toks) && k <= v+attackSpan && toks[k].word(); k++ {
		w := toks[k].lower
		switch {
		case toks[k].cap || winnerWord(code, w):
			return true
		case !attackPreps[code][w] && !ix.lx.determiners[w] && !ix.lx.stops[w]:
			// "insultó a la presidenta electa": an office before the word for the winner
			return k+1 < len(toks) && toks[k+1].word() && winnerWord(code, toks[k+1].lower)
		}
	}
	return false
}

// attacksWinner reports whether words (an act's) open, past up to two
// preverbs and with no negation, with a verb of attacking whose object
// within attackSpan words is the winner: a name form of the context's
// winner or a word for the winner.
func (l *langLexicon) attacksWinner(ctx stance.Context, words []string) bool {
	verbs := attackVerbs[l.code]
	for i, w := range words[:min(3, len(words))] {
		if l.negators[w] {
			return false
		}
		if !verbs[w] {
			continue
		}
		span := words[i+1 : min(len(words), i+1+attackSpan+2)]
		if g := slices.IndexFunc(span, func(o string) bool { return attackGenitives[l.code][strings.ToLower(o)] }); g >= 0 {
			span = span[:g] // "atacó a los seguidores de X": the winner only owns the object
		}
		if win, _ := mentionsIn(ctx, span); win {
			return true
		}
		for _, o := range span[:min(len(span), attackSpan)] {
			if winnerWord(l.code, strings.ToLower(o)) {
				return true
			}
		}
		return false
	}
	return false
}

// winnerWord reports whether w is a word for the winner: a stem of
// givenStems with at most an ending of gender or number ("ganadora",
// "electos"), not a longer word that shares the stem ("electoral",
// "eleitores", which are no winner).
func winnerWord(code, w string) bool {
	for _, st := range givenStems[code] {
		if rest, ok := strings.CutPrefix(w, st); ok && winnerEndings[rest] {
			return true
		}
	}
	return false
}
