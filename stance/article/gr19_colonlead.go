package article

// A roundup opens a sentence with a short verbless lead-in and a colon
// before its subject: "Ähnlich die EU-Kommission: Ihr Sprecher X verwies
// auf … und wollte „…“ abschließen", "Anders Moskau: Sprecher X nannte
// die Wahl „…“", "Так же осторожен Берлин: представитель МИД X назвал
// итоги «…»". A quotation inside the clause after the colon is its
// subject's, as it would be with no lead-in (sentenceSubject); the
// lead-in names the body the subject speaks for.

// gr19LeadMax is how many tokens a lead-in may have before its colon.
const gr19LeadMax = 6

// gr19ColonLead returns where the clause after a lead-in starts: the
// token after a colon within gr19LeadMax tokens of from and before the
// quotation toks[k], with only words before it (no quotation, no other
// punctuation than a hyphen-joined word's), or -1.
func gr19ColonLead(toks []token, from, k int) int {
	for i := from; i < k && i <= from+gr19LeadMax; i++ {
		if toks[i].is(":") {
			if i == from || i+1 >= k {
				return -1
			}
			return i + 1
		}
		if !toks[i].word() {
			return -1
		}
	}
	return -1
}

// German closes a clause with its infinitive, participle or separable
// particle, after the object: "wollte „keine Wetten auf Namen“
// abschließen", "hat das Ergebnis „ein Debakel“ genannt". A quotation in
// lower case right before that last word is a fragment of the act, as a
// quotation before another verb is (fragmentQuote): the act runs through
// it.

// gr19BracketClose reports whether, in German, the quotation toks[k] is
// followed by one lower-case word that ends the clause (end, or a
// punctuation mark that is no quotation).
func (ix *intl) gr19BracketClose(toks []token, k, end int) bool {
	if ix.lx.code != "de" || k+1 >= end || !toks[k+1].word() || toks[k+1].cap {
		return false
	}
	return k+2 == end || toks[k+2].kind == tPunct
}
