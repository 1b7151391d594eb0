package article

import "strings"

// This file holds the fifteenth session's English clause machinery: a
// speech verb in the infinitive after a purpose lead-in, a short object
// of a speech verb handing its remark to a colon, and a body opening the
// sentence as the subject of a participle after a comma.

// leadInSay reports whether toks[i] is a speech verb in the infinitive
// after a purpose lead-in ("went on state television to predict that …",
// "used the debate to stress that …", "took the floor to note that …"):
// its past form is a speech verb and skipLeadIn steps back over the
// lead-in before "to". sayVerbs holds many verbs only in their past
// forms ("predicted", "stressed"), so the infinitive was no verb at all
// and the subject's remark was lost.
func leadInSay(toks []token, i int) bool {
	if i < 2 || !toks[i].word() || !toks[i-1].is("to") || sayVerbs[toks[i].lower] || !pastSayVerb(toks[i].lower) {
		return false
	}
	if i+1 >= len(toks) || !toks[i+1].is("that") {
		return false // "went to Tarn to note the result" is no report of speech
	}
	return skipLeadIn(toks, i-1) != i-1
}

// pastSayVerb reports whether the base form w has a past form among
// sayVerbs: "predict" (predicted), "note" (noted), "reply" (replied).
func pastSayVerb(w string) bool {
	if len(w) < 3 {
		return false
	}
	return sayVerbs[w+"ed"] || sayVerbs[w+"d"] || strings.HasSuffix(w, "y") && sayVerbs[strings.TrimSuffix(w, "y")+"ied"]
}

// colonAfterObject returns the colon ending a short object of a speech
// verb whose remark follows the colon ("said much the same from the
// podium: the vote was over", "said as much on Monday: …", "said
// something similar in Tarn: …"), toks[j] being the first word after the
// verb; or -1. The object opens with one of sameObjectOpeners, and up to
// the colon (within eight tokens) come only words that are no verb,
// auxiliary or subject pronoun: "said the vote was over: …" is a clause
// of its own, which the colon only goes on with.
func colonAfterObject(toks []token, j int) int {
	if j >= len(toks) || !toks[j].word() || !sameObjectOpeners[toks[j].lower] {
		return -1
	}
	for k := j + 1; k < len(toks) && k <= j+8; k++ {
		t := toks[k]
		switch {
		case t.is(":"):
			return k
		case !t.word():
			return -1
		case sayVerbs[t.lower] || contentVerbs[t.lower] || copulas[t.lower] || auxVerbs[t.lower] ||
			pronouns[t.lower] || otherPronouns[t.lower] || t.is("that"):
			return -1
		}
	}
	return -1
}

// openingBody is the body opening the sentence ("The Norlandic
// government went further and cancelled its statement, saying …"), when
// openingSubject, which knows persons and offices, found nobody: a
// participle after a comma (", saying …") has it for subject. The body
// must start the sentence and be followed by a lower-case word (its verb).
func (x *extractor) openingBody(toks []token) phrase {
	start := x.datelineEnd(toks)
	ph := forward(x.text, toks, start)
	if ph.kind != pInstitution || ph.lo != start || ph.hi >= len(toks) || !toks[ph.hi].word() || toks[ph.hi].cap {
		return phrase{}
	}
	return ph
}

// relativeDescribed reports whether toks[lo:m] is a description with a
// relative clause before a name set off by commas: "A Norlandic diplomat
// who sat on the monitoring board, Ivo Kask, said …", "The lawyer who
// filed the party's appeal, Lena Dal, told …". The head (descriptionFrom)
// comes before "who" or "whose"; the relative clause holds at most
// relativeDescriptionSpan words and no speech or stance verb and no
// punctuation. descriptionFrom refuses a relative, so the subject was not
// found and the name's remark was lost.
func relativeDescribed(toks []token, lo, m int) bool {
	for r := lo + 1; r < m && r <= lo+maxDescriptionWords+1; r++ {
		if !toks[r].is("who") && !toks[r].is("whose") {
			continue
		}
		if !descriptionFrom(toks, lo, r) || m-r > relativeDescriptionSpan {
			return false
		}
		for _, t := range toks[r+1 : m] {
			if !t.word() || sayVerbs[t.lower] || contentVerbs[t.lower] {
				return false
			}
		}
		return m > r+1
	}
	return false
}

// relativeDescriptionSpan is how many words a relative clause describing
// a name before its commas may hold.
const relativeDescriptionSpan = 12

// thenSeries reports whether the verb after toks[k] goes on a series of
// the sentence subject's acts after a comma and "then" ("The leader
// railed against the campaign, then congratulated the president",
// "Kask thanked his voters, and then conceded"): toks[k] is the comma
// subject stepped back to over "then" and other auxiliary words. Like
// "and" before the verb, it has the sentence's speaker for subject;
// before, the comma looked for an apposition and found none.
func thenSeries(toks []token, k, v int) bool {
	if k < 1 || !toks[k].is(",") {
		return false
	}
	for j := k + 1; j < v; j++ {
		if toks[j].is("then") {
			return true
		}
	}
	return false
}

// andAsideEnd steps over a short second opener joined by "and" after a
// lead adverbial, toks[c] being its first token: "Facing a room of
// reporters, and visibly emotional, the Communist leader …" — "and",
// at most four words with no verb of speech or stance, then a comma. It
// returns the index after that comma, or c.
func andAsideEnd(toks []token, c int) int {
	if c >= len(toks) || !toks[c].is("and") {
		return c
	}
	for j := c + 1; j < len(toks) && j <= c+5; j++ {
		t := toks[j]
		switch {
		case t.is(","):
			if j > c+1 {
				return j + 1
			}
			return c
		case !t.word() || sayVerbs[t.lower] || contentVerbs[t.lower] || auxVerbs[t.lower]:
			return c
		}
	}
	return c
}

// judgedFair reports whether toks[i] is a verb of formal judgement
// (judgementVerbsEn: "certified", "pronounced", "deemed") whose object is
// called free or fair by "as" or "to be" within judgedSpan words ("then
// certified the elections as generally free and fair", "pronounced the
// vote to be credible"): an observer's or an official's verdict on the
// vote, an act of recognition whoever the subject. Without such a
// predicate ("certified the results on Friday") the verb is the count's
// routine and stays no act.
func judgedFair(toks []token, i int) bool {
	if !toks[i].word() || !judgementVerbsEn[toks[i].lower] {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+judgedSpan; k++ {
		t := toks[k]
		if !t.word() {
			return false
		}
		if !t.is("as") && !(t.is("to") && k+1 < len(toks) && toks[k+1].is("be")) {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+4 && toks[j].word(); j++ {
			if fairWords[toks[j].lower] {
				return true
			}
		}
		return false
	}
	return false
}

// judgedSpan is how far "as" may follow a verb of judgement.
const judgedSpan = 6

// signedDocument reports whether toks[i] opens signing a collective text
// whose words follow it ("signed the declaration refusing to accept the
// outcome", "put his own signature next to Kask's on the declaration
// rejecting the count", "added her name to a letter demanding a
// recount"): the signatory makes the text's stance theirs, as by sending
// a statement. The verb is a signing verb, or "put"/"added" with
// "signature" or "name" within three words; a signedNouns noun comes
// within signedSpan words, and a participle of stance (isParticiple)
// right after it says what the text does.
func signedDocument(toks []token, i int) bool {
	if !toks[i].word() {
		return false
	}
	w := toks[i].lower
	start := i + 1
	switch {
	case signVerbsEn[w]:
	case w == "put" || w == "added" || w == "adds" || w == "puts":
		start = -1
		for k := i + 1; k < len(toks) && k <= i+3 && toks[k].word(); k++ {
			if signatureNouns[toks[k].lower] {
				start = k + 1
				break
			}
		}
		if start < 0 {
			return false
		}
	default:
		return false
	}
	for k := start; k+1 < len(toks) && k <= start+signedSpan; k++ {
		if !toks[k].word() && !toks[k].is("'s") {
			return false
		}
		if signedNouns[toks[k].lower] {
			return isParticiple(toks[k+1].lower)
		}
	}
	return false
}

// signedSpan is how far the document may follow the verb or signature.
const signedSpan = 8

// documentSubject is the author of a statement that is the subject of
// the verb toks[v]: "A statement issued for the bloc's foreign policy
// chief, Mara Holt, welcomed the vote", "A letter from President Ivo Kask
// congratulated …", "The statement by the ministry urged …". The sentence
// (after a dateline) opens with a determiner, a statementNouns noun, an
// optional publishing participle (issued, released, …) and "by", "from"
// or "for"; the author's phrase (forward: an office set off by commas
// before the name included) ends at the verb, or at a comma right before
// it. statementOwner knew only "X's statement".
func (x *extractor) documentSubject(toks []token, v int) phrase {
	if ph, e := x.asideDocumentAuthor(toks); ph.ok() && e == v {
		return ph // en17_document.go: "The statement, issued by X, welcomed …"
	}
	s := x.datelineEnd(toks)
	if v < s+4 || !toks[s].word() || !descriptionDeterminers[toks[s].lower] || !statementNouns[toks[s+1].lower] {
		return phrase{}
	}
	j := s + 2
	if toks[j].word() && publishVerbs[toks[j].lower] || toks[j].is("issued") || toks[j].is("released") {
		j++
	}
	if j >= v || !(toks[j].is("by") || toks[j].is("from") || toks[j].is("for")) {
		return phrase{}
	}
	ph := forward(x.text, toks, j+1)
	if !ph.ok() || ph.kind == pPronoun || ph.kind == pAnonymous {
		return phrase{}
	}
	e := ph.hi
	if e < v && toks[e].is(",") {
		e++
	}
	for e < v && preVerb(toks[e]) {
		e++
	}
	if e != v {
		return phrase{}
	}
	return ph
}

// contactPurpose reports whether the verb of contact toks[i]
// (contactVerbs: "wrote", "phoned", "cabled") is followed, after its
// addressee, by "to" and a verb of stance in the infinitive whose past
// form contentVerbs holds: "wrote to his “brother” to wish him success
// in a second term", "cabled Velor to wish him well". The contact is the
// act the purpose names; "wish" alone is no verb the reader knows, and
// "wrote" reported no clause. The addressee is at most contactSpan
// tokens, words or quotation marks.
func contactPurpose(toks []token, i int) bool {
	if contactStance(toks, i) || rec24enReach(toks, i) {
		return true // en23_contact.go; rec24en_reach.go: "spoke with Dal by telephone to congratulate her": "wrote to Berg to congratulate her", ", phoning Berg to …"
	}
	if !toks[i].word() || !contactVerbs[toks[i].lower] {
		return false
	}
	for k := i + 1; k+1 < len(toks) && k <= i+contactSpan; k++ {
		t := toks[k]
		if !t.word() && t.kind != tQuote {
			return false
		}
		if k > i+1 && t.is("to") && toks[k+1].word() && !contentVerbs[toks[k+1].lower] && (contentVerbs[toks[k+1].lower+"ed"] || contentVerbs[toks[k+1].lower+"d"]) {
			return true
		}
	}
	return false
}

// contactSpan is how many tokens the addressee may take.
const contactSpan = 7

// howStart returns where a clause whose subject is toks[k] starts when
// "how" and at most one word come before the subject ("told reporters in
// Tarn how keen he was to start working with Velor", "told them how he
// had voted"): the clause is the exclamation, not "he was to start …".
// toks[j] is the first token after the verb; it returns k otherwise.
func howStart(toks []token, j, k int) int {
	switch {
	case k-1 > j && toks[k-1].is("how"):
		return k - 1
	case k-2 > j && toks[k-2].is("how") && toks[k-1].word() && !toks[k-1].cap:
		return k - 2
	}
	return k
}
