package article

import (
	"strings"
	"unicode"
)

// nameQuote reports whether the quotation q is a name in quotation marks
// — of a club, a party, a programme — rather than speech: every word of
// it capitalised ("«Манчестер Сити»", "« Front Populaire »"), with no
// closing punctuation. In a list ("играл за «Динамо», «Манчестер Сити»
// и …") such a name follows a comma, not a word, and was read as a
// direct remark of the sentence's speaker; scare reads it as a name
// there, after a comma only (after a colon it may be speech).
func (ix *intl) nameQuote(q quote) bool {
	ws := strings.Fields(ix.x.text[q.cstart:q.cend])
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return true
}
