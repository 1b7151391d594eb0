package article

import "strings"

// A reported clause with two complements of one verb of saying, the first
// holding a quotation: "X a déclaré que Y « a parlé en son nom » et que le
// parti attendrait la fin des recours", "X garantiu que o partido “não
// está a contestar o resultado”, mas quer que “se esclareçam as dúvidas”
// antes de …", "X dijo que el país «respeta a sus instituciones» y que
// esperará al escrutinio". The quotation in lower case is a fragment of the
// clause, and the clause goes on after it with a conjunction or a turn and
// a second complementizer; the speaker's stance is in the whole, often in
// the second complement (what they wait for). A reported clause otherwise
// ends before a quotation (clauseStop), which left the fragment alone as
// the remark ("a parlé en son nom"). Here the quotations stay in the
// clause's text, in Spanish, Portuguese and French.

// lab27romSecondSpan is how many words may stand between the conjunction
// or turn and the second complementizer ("mas quer que", "et a ajouté
// que").
const lab27romSecondSpan = 3

// secondThat reports whether the quotation toks[k] is a lower-case
// fragment of the reported clause p whose sentence (up to end) goes on
// with a second complement of the same verb (see above).
func (ix *intl) secondThat(toks []token, p reportedPart, k, end int) bool {
	if !rom20Langs[ix.lx.code] || p.kind != Reported || toks[k].kind != tQuote || k <= p.cs || !ix.lowerQuote(toks[k].q) {
		return false
	}
	for i := p.cs; i < end; i++ {
		t := toks[i]
		if !t.word() || !ix.lx.conjunctions[t.lower] && !rev25Turns[t.lower] {
			continue
		}
		for j := i + 1; j < end && j <= i+lab27romSecondSpan; j++ {
			if ix.complementizerAt(toks[j]) {
				return true
			}
			if !toks[j].word() {
				break
			}
		}
	}
	return false
}

// complementizerAt reports whether t is a complementizer of the language,
// also elided and joined to a pronoun ("qu'il", "qu’elle").
func (ix *intl) complementizerAt(t token) bool {
	if !t.word() {
		return false
	}
	return ix.lx.complementizers[t.lower] || strings.HasPrefix(t.lower, "qu'") || strings.HasPrefix(t.lower, "qu’")
}
