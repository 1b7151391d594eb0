package article

import "strings"

// A negated infinitive after a verb of saying, in Spanish and Portuguese:
// "afirmó no reconocer el triunfo de X", "aseguró no tener dudas sobre el
// resultado", "afirmou não reconhecer a vitória de X". The infinitive's
// subject is the speaker's, and what follows is reported as a clause
// after "que" is; with no "que", the sentence had no remark.

// infClauseLangs are the languages read so, with their infinitive
// endings.
var infClauseLangs = map[string][]string{"es": {"ar", "er", "ir"}, "pt": {"ar", "er", "ir", "or"}}

// negatedInfinitive reports whether toks[k] is a negation followed by an
// infinitive in a language of infClauseLangs.
func (ix *intl) negatedInfinitive(toks []token, k int) bool {
	ends, ok := infClauseLangs[ix.lx.code]
	if !ok || k+1 >= len(toks) || !toks[k].word() || !ix.lx.negators[toks[k].lower] || !toks[k+1].word() || toks[k+1].cap {
		return false
	}
	w := toks[k+1].lower
	return len([]rune(w)) > 3 && hasAnySuffix(strings.TrimSuffix(strings.TrimSuffix(w, "se"), "-se"), ends...)
}
