package article

import "strings"

// A news agency after an elided French article, between a speech verb
// and the speaker: "« … », a déclaré à l'AFP X, porte-parole du parti".
// pastAdverbial skips "à" and an agency's abbreviation to the name after
// it ("explicó a EFE X"); in French the agency takes the article, which
// elides into one token with it ("l'AFP").

// elidedAbbreviation reports whether t is a French elided article and an
// abbreviation written as one token ("l'AFP", "l’AP").
func (ix *intl) elidedAbbreviation(t token) bool {
	if ix.lx.code != "fr" {
		return false
	}
	w := ix.x.text[t.start:t.end]
	for _, a := range []string{"l'", "l’", "L'", "L’"} {
		if rest, ok := strings.CutPrefix(w, a); ok {
			return len([]rune(rest)) > 1 && strings.ToUpper(rest) == rest && strings.ToLower(rest) != rest
		}
	}
	return false
}

// agencyBefore reports whether toks[k] is an elided abbreviation followed
// by a capitalised word: an agency before a name, which forward does not
// join to it ("à l'AFP Paul Berg").
func (ix *intl) agencyBefore(toks []token, k int) bool {
	return k+1 < len(toks) && ix.elidedAbbreviation(toks[k]) && toks[k+1].word() && toks[k+1].cap
}
