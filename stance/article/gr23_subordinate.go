package article

// A German subordinate clause of time, condition or concession told
// after the main clause of a person: "Der Abgeordnete X hat recht, wenn
// er sagt, man müsse …", "X lag richtig, als er erklärte, …". Its verb
// ends the clause, so the phrase right after the subordinator is the
// verb's subject; the German subject rules (subjectStart) took a subject
// only at the start of a clause and never read it. A pronoun there
// stands for the person the sentence opens with, who has no verb of
// saying of their own to make them the last speaker.

// gr23SubPronoun is the pronoun subject accepted after a subordinator in
// the sentence sent, at token lo, and the person opening that sentence.
type gr23SubPronoun struct {
	sent, lo int
	opener   phrase
}

// gr23AfterSubordinator reports whether the German subject phrase at
// toks[lo] opens a subordinate clause of time, condition or concession:
// the subordinator right before it, itself opening the sentence or
// following a comma, and the phrase a pronoun, or a person's name after
// any subordinator but "als", which is also "as" ("Als erster
// Regierungschef gratulierte X": an office, no subject).
// A pronoun after a comma is noted with the sentence's opener
// (gr23Opener).
func (ix *intl) gr23AfterSubordinator(toks []token, lo int) bool {
	if ix.lx.code != "de" || lo < 1 {
		return false
	}
	s := toks[lo-1]
	if !s.word() || !gr23DeSubordinators[s.lower] {
		return false
	}
	if lo > 1 && !toks[lo-2].is(",") && !isDash(toks[lo-2]) {
		return false
	}
	p := ix.forward(toks, lo)
	switch {
	case p.kind == pPronoun && lo > 1:
		if o := ix.gr23OpenerPhrase(toks, lo-2); o.ok() {
			ix.gr23Pron = gr23SubPronoun{sent: ix.x.sentNo, lo: lo, opener: o}
		}
		return true
	case p.kind == pPronoun:
		return true
	}
	return s.lower != "als" && p.kind == pName && toks[lo].cap && ix.isPerson(p)
}

// gr23OpenerPhrase is the person who opens the sentence as the subject of
// its main clause, which ends at the comma toks[c]: a name (with its
// office) followed by a lower-case word, and no other comma before c.
func (ix *intl) gr23OpenerPhrase(toks []token, c int) phrase {
	p := ix.forward(toks, 0)
	if !ix.isPerson(p) || p.hi >= c || !toks[p.hi].word() || toks[p.hi].cap {
		return phrase{}
	}
	for i := p.hi; i < c; i++ {
		if toks[i].kind == tPunct || toks[i].kind == tQuote {
			return phrase{}
		}
	}
	return p
}

// gr23Opener returns the sentence's opener for the pronoun phrase p that
// gr23AfterSubordinator accepted, or nil.
func (ix *intl) gr23Opener(p phrase) *speaker {
	n := ix.gr23Pron
	if p.kind != pPronoun || !n.opener.ok() || n.sent != ix.x.sentNo || n.lo != p.lo {
		return nil
	}
	s := ix.x.resolve(n.opener)
	if s != nil {
		ix.x.lastSingular = s
	}
	return s
}
