package article

import "strings"

// Narrowings of said in mockery (lab24ml_mock.go), from the review
// rev24lml: the verb of mocking must stand in the clause of the
// attribution next to the quotation (rev24lmlAttrClause), not in a
// clause after a comma ("„…“, sagte die Ministerin, während die
// Opposition spottete", "dijo la canciller, mientras la oposición
// ironizaba"); and a mockery aimed at accusations or claims
// (mockClaims: "spottete über die Vorwürfe der Opposition", "a raillé
// les accusations de fraude", "высмеял заявления о фальсификациях")
// mocks the losers' claims, which rule 14 reads as support for the
// result, so it is not hostile by rule.

// rev24lmlAttrClause is the clause of the attribution of rm next to its
// quotation: the words after the last comma before the quotation and
// those after it up to the next comma (attributionWords).
func rev24lmlAttrClause(text string, rm Remark) []string {
	lo := max(0, rm.QuoteStart-mockWindow)
	if k := strings.LastIndexAny(text[lo:rm.QuoteStart], ".!?\n\"“”"); k >= 0 {
		lo += k + 1
	}
	hi := min(len(text), rm.QuoteEnd+mockWindow)
	after := text[rm.QuoteEnd:hi]
	trimmed := 0
	for trimmed < len(after) && (after[trimmed] == ',' || after[trimmed] == ' ') {
		trimmed++
	}
	if k := strings.IndexAny(after[trimmed:], ".!?\n\"“”,:"); k >= 0 {
		hi = rm.QuoteEnd + trimmed + k
	}
	if lo > rm.QuoteStart || rm.QuoteEnd > hi {
		return nil
	}
	return append(actionWords(text[lo:rm.QuoteStart]), actionWords(text[rm.QuoteEnd:hi])...)
}
