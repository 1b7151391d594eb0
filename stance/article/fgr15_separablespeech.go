package article

import "strings"

// A German separable verb of saying sends its particle to the end of the
// clause, before the comma that opens what was said: "X warf den
// Behörden vor, die Wahl manipuliert zu haben" (vorwerfen, accuse), "Y
// räumte gegenüber Journalisten ein, dass …" (einräumen, concede), "Z
// wies am Montag darauf hin, …". clauseAfter took the comma as the
// clause's start only when adverbials stood between the verb and it; the
// object between stem and particle hid the clause, so the speech went
// unread.

// separableSpeechClause reports whether toks[from:k], before the comma
// toks[k], end with the particle of the separable verb of saying whose
// stem stands right before them, with at most eight words and no verb the
// rules know, quotation or punctuation between.
func (ix *intl) separableSpeechClause(toks []token, from, k int) bool {
	if ix.lx.code != "de" || from < 1 || k-from < 1 || k-from > 8 || !toks[k-1].word() {
		return false
	}
	stem := toks[from-1]
	part, ok := deSeparableSpeech[stem.lower]
	if !ok || toks[k-1].lower != part {
		return false
	}
	for _, t := range toks[from : k-1] {
		if !t.word() || ix.lx.speechVerbs[t.lower] || ix.verbLike(t.lower) {
			return false
		}
	}
	return !ix.deRelativeAfterObject(toks, k+1)
}

// deRelativeAfterObject reports whether toks[j], after the comma that
// closes a separable verb with its object, opens a relative clause on
// that object, not what was said: "kündigte einen Einspruch an, der die
// Wahl kippen soll", "räumte den Fehler ein, den die Kommission gemacht
// habe", "teilte die Sorge mit, die Lena Dal geäußert hatte". A relative
// pronoun is followed by a determiner, a personal pronoun or a person
// named in full with no office; an article opening the clause said is
// followed by its noun ("…, die Wahl sei …").
func (ix *intl) deRelativeAfterObject(toks []token, j int) bool {
	if j+1 >= len(toks) || !toks[j].word() || !deRelativeDs[toks[j].lower] || !toks[j+1].word() {
		return false
	}
	n := toks[j+1].lower
	if ix.lx.determiners[n] || dePersonalPronouns[n] {
		return true
	}
	p := ix.forward(toks, j+1)
	return p.ok() && p.lo == j+1 && p.kind == pName && p.role == "" && strings.Contains(p.name, " ")
}
