package article

import (
	"slices"
	"strings"
)

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

// rev24lmlMockedClaims reports whether the remark rm (an act, or a
// quotation by its attribution) mocks claims of fraud: a verb of mocking
// opens the act or stands in the attribution's clause, and a claim noun
// (mockClaims) and a word of fraud (calledFrauds, the condemn words)
// stand after it, with no negator: "verspottete die Betrugsvorwürfe der
// Opposition", "se burló de las denuncias de fraude", "a raillé les
// accusations de fraude", "высмеял заявления о фальсификациях". Mocking
// the losers' attempt to overturn the count supports the result (rule 14).
func rev24lmlMockedClaims(code, text string, rm Remark, run string) bool {
	if mockVerbs[code] == nil || lexicons[code] == nil {
		return false
	}
	if rm.Kind != Direct && rev24lmlMocksClaims(code, actionWords(run), 1) {
		return true // "высмеял заявления о фальсификациях"
	}
	if rm.Kind == Action || rm.QuoteStart < 0 || rm.QuoteStart > rm.QuoteEnd || rm.QuoteEnd > len(text) {
		return false
	}
	return rev24lmlMocksClaims(code, rev24lmlAttrClause(text, rm), len(text))
}

// rev24lmlMocksClaims reports whether a verb of mocking stands among the
// first lead+1 words and a claim noun and a word of fraud after it, with
// no negator (rev24lmlMockedClaims).
func rev24lmlMocksClaims(code string, words []string, lead int) bool {
	frauds := slices.Concat(calledFrauds[code], processWords[code].condemn)
	for v, w := range words[:min(len(words), lead+1)] {
		if !mockVerbs[code][w] {
			continue
		}
		rest := words[v+1:]
		for _, x := range rest {
			if lexicons[code].negators[x] {
				return false
			}
		}
		return hasStem(rest, mockClaims[code]) && hasStem(rest, frauds)
	}
	return false
}
