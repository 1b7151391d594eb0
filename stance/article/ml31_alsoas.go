package article

import "strings"

// "As well as" in a list of subjects. French, Spanish and Portuguese
// join the last item of a list of subjects with a phrase of "as well as"
// as often as with "and": "Le Kényan X, le Sénégalais Y, ainsi que la
// CEDEAO ont félicité …", "A así como la OEA felicitaron …".
// coordinated (intl_reported.go) walked back from the subject before the
// verb only past a comma or a conjunction, so the list stopped at the
// phrase and only its last item got the act. The phrase
// (ml31AlsoAsPhrases in lexicon_rules.go) now separates items as a
// conjunction does. German "sowie" and Russian "а также" are read by
// other paths, which take one item as the subject; they are not changed
// here.

// ml31AlsoAs returns how many tokens an "as well as" phrase of the
// language and the determiner after it, if any, have when they end right
// before toks[lo] ("ainsi que la" before "CEDEAO"), or 0.
func (ix *intl) ml31AlsoAs(toks []token, lo int) int {
	d := 0
	if lo > 0 && toks[lo-1].word() && ix.lx.determiners[toks[lo-1].lower] {
		d = 1
	}
	for _, ph := range ml31AlsoAsPhrases[ix.lx.code] {
		if n := len(strings.Fields(ph)); lo-d-n >= 1 && matchPhrase(toks, lo-d-n, []string{ph}) == n {
			return n + d
		}
	}
	return 0
}
