package article

import "strings"

// Giving congratulations in Spanish and Portuguese: "le dio la
// enhorabuena", "deu os parabéns a X", "e a presidente do Parlamento,
// Y, também lhe deu os parabéns". The idiom takes "dar" where English
// sends or offers; the reader knew only the verbs of sending (sendVerbs),
// so a clause whose one verb was "dar" was no act, and one joined to
// another act by "e"/"y" was read as part of the first speaker's.
//
// givesCongratulations reports whether toks[v] is a form of "dar"
// (romGiveVerbs) with a word of congratulation (congratStems) among the
// giveSpan words after it, and returns where that word is. "Dar" is too
// common a verb for more: "dio la victoria a X", "deu uma entrevista" are
// no acts, nor "dio su mensaje de campaña" (only the congratulation nouns
// proper count, not "mensaje" or "telegrama": romGiftNouns).

// giveSpan is how many words after "dar" the congratulation may stand
// ("le dio sus más sinceras felicitaciones": three).
const giveSpan = 4

func (ix *intl) givesCongratulations(toks []token, v int) (int, bool) {
	if !romGiveVerbs[ix.lx.code][toks[v].lower] {
		return -1, false
	}
	for i := v + 1; i < len(toks) && i <= v+giveSpan && toks[i].word(); i++ {
		if romGiftNoun(ix.lx.code, toks[i].lower) {
			return i, true
		}
	}
	return -1, false
}

// romGiftNoun reports whether w opens with one of the language's
// congratulation nouns that "dar" may take (romGiftNouns).
func romGiftNoun(code, w string) bool {
	for _, s := range romGiftNouns[code] {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}
