package article

import "strings"

// spokeToInterviewer sets the interviewee from an interview's
// introduction that says who spoke to whom by name: "He spoke to Ana
// Ferrer in Tarn.", "Ivo Kask talked to our correspondent Lena Dal."
// interview knew only "We spoke to X" and "X spoke to us", so the
// answers after "A:" had no speaker. The article must hold answers ("A:")
// and no interviewee yet, the sentence must come before any answer or
// question, the subject (a pronoun or a name) must come right before the
// verb and a capitalised name or an office must follow "to" — "spoke to
// reporters" in a news story introduces nobody.
func (x *extractor) spokeToInterviewer(toks []token) {
	if x.interviewee != nil || x.inAnswer || x.inQuestion || !x.hasAnswers {
		return
	}
	for i := 1; i+2 < len(toks); i++ {
		if !toks[i].word() || !interviewVerbs[toks[i].lower] || !toks[i+1].is("to") {
			continue
		}
		to := forwardRun(x.text, toks, i+2)
		if to.kind != pName && to.kind != pRole {
			continue
		}
		if ph := backward(x.text, toks, i-1); (ph.kind == pName || ph.kind == pPronoun) && ph.hi == i {
			if pressSubject(toks, ph) {
				// "Our correspondent Lena Dal spoke to the opposition
				// leader Marek Tamm": the reporter asks, the one after
				// "to" answers.
				if to.kind == pName {
					x.interviewee = x.resolve(to)
				}
				return
			}
			x.interviewee = x.resolve(ph)
			return
		}
	}
}

// questionSubject is the person an interviewer's question asks about by
// a lone surname after its auxiliary ("How did Kask take it?", "What
// does Dal make of the figures?", "Was Kask right?"), the antecedent of
// "he" or "she" in the answer; mentions counts a lone surname only when
// titled, so the answer's "he" went to whoever was named before. The
// surname must be a capitalised word that is no title, office or
// determiner, followed by a lower-case word.
func (x *extractor) questionSubject(toks []token) *speaker {
	for i := 0; i+2 < len(toks); i++ {
		if !toks[i].word() || !questionAux[toks[i].lower] {
			continue
		}
		n := toks[i+1]
		if !nameWord(n) || nameWord(toks[i+2]) || !toks[i+2].word() || toks[i+2].cap || !n.cap {
			continue
		}
		return x.named(phrase{kind: pName, name: x.text[n.start:n.end]}).canon()
	}
	return nil
}

// pressSubject reports whether the subject ph of "spoke to" is the
// publication's own reporter: an office of the press beside the name
// ("Our correspondent Lena Dal", "the Herald's reporter Ivo Kask"), a
// publication's possessive ("The Tarn Herald's Lena Dal") or
// "our" before it. That subject is the interviewer, not the interviewee.
func pressSubject(toks []token, ph phrase) bool {
	if ph.kind != pName {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(ph.role)) {
		if pressRoles[w] || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return true // "the Tarn Herald's Lena Dal": a publication's
		}
	}
	return ph.lo > 0 && toks[ph.lo-1].is("our")
}
