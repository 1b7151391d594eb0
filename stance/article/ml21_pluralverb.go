package article

import "strings"

// A plural speech verb after a quotation whose singular the lexicon
// knows: "«…», subrayaron A y B" (subrayó), "«…», afirmaram A e B"
// (afirmou), "«…», — отметили A и B" (отметил), "„…“, betonten A und B"
// (betonte). The lexicons list mostly singular forms, so a quotation said
// jointly with a plural verb the list lacked went to no one.

// ml21PluralOfSpeech reports whether w is the third person plural past of
// a speech verb whose singular the language's speechVerbs hold.
func (ix *intl) ml21PluralOfSpeech(w string) bool {
	for _, e := range ml21PluralToSingular[ix.lx.code] {
		if b, ok := strings.CutSuffix(w, e[0]); ok && len(b) > 2 && ix.lx.speechVerbs[b+e[1]] {
			return true
		}
	}
	return false
}
