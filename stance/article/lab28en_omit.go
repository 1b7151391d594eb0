package article

import "strings"

// lab28enOmission reports whether toks[i] is a verb of mentioning or
// naming that a negation in the past leaves undone, with a capitalised
// name or a word of the winner or the result right after it ("He did not
// mention Lima by name", "She never named the winner", "did not mention
// Lima or the result"): the speaker's act of leaving the winner out, read
// by the verb rule (omission.go). A statement of the speaker's that
// names nobody is the usual sign of a recognition held back. Without such
// an object it is no act ("did not mention the economy"), nor when
// the negation is not in the past ("will not mention").
func lab28enOmission(toks []token, i int) bool {
	if !toks[i].word() || !lab28enOmitVerbs[toks[i].lower] || i < 2 {
		return false
	}
	neg := toks[i-1].lower
	switch {
	case neg == "never":
	case neg == "not" && pastAux[toks[i-2].lower]:
	case omittedNegations[neg]:
	default:
		return false
	}
	k := i + 1
	if k < len(toks) && toks[k].is("the") {
		k++
	}
	if k >= len(toks) || !toks[k].word() {
		return false
	}
	return toks[k].cap && k == i+1 && rev28lenNameEnds(toks, k) || winnerTitles[toks[k].lower] || resultNouns[toks[k].lower]
}

// lab28enStatementSubject is the author of a statement that opens the
// sentence as the subject of a negated act at toks[v]: "The statement
// did not congratulate Lima", "Her statement did not mention the winner",
// "Conspicuously, the statement never named Lima". Reporters tell what
// the speaker's statement, just reported, left out; the author is the
// speaker of the sentence before ("it", the last speaker), or the owner
// of "his"/"her" (statementOwner). Only a negated act in the past counts:
// "The statement said …" may be anyone's, and is left alone.
func (x *extractor) lab28enStatementSubject(toks []token, v int) (phrase, int) {
	n := -1
	switch {
	case v >= 3 && toks[v-1].is("not") && pastAux[toks[v-2].lower]:
		n = v - 3
	case v >= 2 && (toks[v-1].is("never") || omittedNegations[toks[v-1].lower]):
		n = v - 2
	}
	if n < 1 || !toks[n].word() || !statementNouns[toks[n].lower] {
		return phrase{}, 0
	}
	d := n - 1
	if d != 0 && !(d == 2 && toks[1].is(",") && toks[0].word() && strings.HasSuffix(toks[0].lower, "ly")) {
		return phrase{}, 0 // "Conspicuously, the statement …"
	}
	switch toks[d].lower {
	case "his", "her":
		return x.statementOwner(toks, n+1), n + 1
	case "the", "its":
		return phrase{kind: pPronoun, lo: d, hi: n + 1, word: "it", text: "it"}, n + 1
	}
	return phrase{}, 0
}
