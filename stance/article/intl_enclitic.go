package article

import "strings"

// Portuguese enclitic pronouns. European Portuguese, and formal
// Brazilian prose, hangs the object pronoun on the verb with a hyphen
// ("cumprimentou-a pela vitória", "desejou-lhe sucesso", "felicitou-o",
// "distanciou-se"): the verb is the word before the hyphen, which the
// verb lists hold. Forms listed whole ("limitou-se") stay as they are.

// verbWord returns the word toks[v] as the verb lists hold it: without a
// Portuguese enclitic pronoun, unless the whole form is a verb already.
func (ix *intl) verbWord(toks []token, v int) string {
	w := toks[v].lower
	if ix.lx.code == "fr" {
		return ix.frenchAgreed(toks, v) // "s'est contentée de" (intl_agreement13.go)
	}
	if ix.lx.code != "pt" || ix.lx.actionVerbs[w] || ix.lx.speechVerbs[w] {
		return w
	}
	if i := strings.LastIndex(w, "-"); i > 0 && ptEnclitics[w[i+1:]] {
		return w[:i]
	}
	return w
}
