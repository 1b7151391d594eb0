package article

import (
	"strings"
	"unicode/utf8"
)

// The German subjunctive of reported speech of any verb after a pronoun
// of the third person singular: "Man nehme das Ergebnis zur Kenntnis",
// "Er akzeptiere den Ausgang", "Sie erkenne die Wahl nicht an". The
// subjunctive I of the third person singular ends in -e where the
// indicative ends in -t ("nimmt", "erkennt"), so after "man", "er", "sie"
// or "es" a verb in -e marks reported speech as "sei" or "müsse" do
// (reportedSubjunctives). Forms in -te are left out, since they are the
// preterite as often ("sagte", "hatte"), and so are the words in -e that
// follow a pronoun without being its verb (deNotSubjunctiveE).

// deSubjunctive reports whether toks[k], a lower-case word, is a verb in
// the subjunctive of reported speech: one of reportedSubjunctives, or a
// verb in -e right after a pronoun of the third person singular.
func deSubjunctive(toks []token, k int) bool {
	w := toks[k].lower
	if reportedSubjunctives[w] {
		return true
	}
	if k == 0 || !toks[k-1].word() || !deSingularPronouns[toks[k-1].lower] || utf8.RuneCountInString(w) < 4 {
		return false
	}
	return strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "te") && !deNotSubjunctiveE[w]
}
