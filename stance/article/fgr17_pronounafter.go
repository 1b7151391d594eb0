package article

import "strings"

// dePronounAfter returns the pronoun right after a German verb of acting
// that has no subject before it, in second place after an opening
// adverbial or object ("Am Abend gratulierte er dem Sieger", "Zum
// Ergebnis äußerte er sich nicht"): V2 order puts the subject there, and
// "er" is only ever a subject; "sie" is one after a verb in the singular
// (the plural's "sie" stands for a group the rules do not name). The
// pronoun stands for the person last named, as when it opens the
// sentence. Acts so told had no subject.
func (ix *intl) dePronounAfter(toks []token, v int) phrase {
	if ix.lx.code != "de" || v < 1 || v+1 >= len(toks) || !toks[v-1].word() {
		return phrase{}
	}
	w := toks[v+1].lower
	if !toks[v+1].word() || w != "er" && !(w == "sie" && !strings.HasSuffix(toks[v].lower, "en")) {
		return phrase{}
	}
	return phrase{kind: pPronoun, lo: v + 1, hi: v + 2, word: w, text: w}
}
