package article

import "strings"

// Negated speech verbs: "Il n'a pas dit que l'élection était volée", "no
// dijo que hubiera fraude", "não disse que a eleição foi roubada", "er
// sagte nicht, dass die Wahl gefälscht war", "он не говорил, что выборы
// украдены". What follows is what the speaker did not say, so it is no
// claim of theirs: English reads "did not say the vote was rigged" as an
// act without a stance (unsaid, sentence.go), and so does this. The
// clause was read as the speaker's reported remark, with the stance of
// its words ("volée": hostile). A speech verb that is no stance verb,
// with a negation among the auxiliaries and pronouns right before it (or,
// in German and in French "ne dit pas", within three words after it and
// before the clause), and a clause opened by a complementizer, becomes an
// act without a stance from the verb group to the clause's end. "No solo
// dijo que", "nicht nur gesagt" are no negation; "no dijo si …", "sagte
// nicht, ob …" leave a question open and are read as before; a negation
// inside the clause ("dijo que no reconocerá") is the claim's own.

// ref22Unsaid turns p, the reported clause of the speech verb toks[v],
// into an act without a stance when the verb is negated.
func (ix *intl) ref22Unsaid(toks []token, v int, p reportedPart) reportedPart {
	neg := ref22SayNegators[ix.lx.code]
	if p.kind != Reported || neg == nil || p.cs <= v+1 || p.cs >= len(toks) || !toks[v].word() {
		return p
	}
	if w := toks[v].lower; !ix.lx.speechVerbs[w] || ix.lx.actionVerbs[w] || ref22CommentVerb(w) {
		return p // "não comentou que …" is read as before (intl_silence_test.go)
	}
	c := toks[p.cs-1]
	if !(c.word() && ix.lx.complementizers[c.lower]) && !strings.HasPrefix(toks[p.cs].lower, "qu'") && !strings.HasPrefix(toks[p.cs].lower, "qu’") {
		return p // "n'a pas dit si …": a question left open
	}
	start, ok := ix.ref22NegatedSay(toks, v, p.cs-1, neg)
	if !ok {
		return p
	}
	p.kind, p.silent, p.cs = Action, true, min(p.cs, start)
	return p
}

// ref22NegatedSay reports whether the speech verb toks[v] is negated and
// where its verb group starts: a negator among the preverbs, auxiliaries
// and pronouns right before it, or (German, French) within three words
// after it and before toks[end], the complementizer; a negator followed
// by "only" is none.
func (ix *intl) ref22NegatedSay(toks []token, v, end int, neg map[string]bool) (int, bool) {
	notOnly := func(k int) bool { return k+1 < len(toks) && toks[k+1].word() && ref22NotOnly[toks[k+1].lower] }
	start, negated := v, false
	for k := v - 1; k >= 0 && k >= v-4 && toks[k].word(); k-- {
		w := toks[k].lower
		isNeg := neg[w] || ix.lx.negators[w]
		if !isNeg && !ix.lx.preverbs[w] && !ix.lx.auxiliaries[w] && !ix.lx.clitics[w] {
			break
		}
		start = k
		if neg[w] && !notOnly(k) {
			negated = true
		}
	}
	if ix.lx.code != "de" && ix.lx.code != "fr" {
		return start, negated
	}
	for k := v + 1; k < end && k <= v+3 && toks[k].word(); k++ {
		if neg[toks[k].lower] && !notOnly(k) {
			negated = true
		}
	}
	return start, negated
}

// ref22CommentVerb reports whether w is a verb of commenting ("comentou",
// "commenté", "kommentierte", "прокомментировал"), which silence rules
// read (intl_silence.go).
func ref22CommentVerb(w string) bool {
	for _, stem := range []string{"coment", "comment", "kommentier", "коммент"} {
		if strings.Contains(w, stem) {
			return true
		}
	}
	return false
}
