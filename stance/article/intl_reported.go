package article

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Reported speech and reported acts in the languages of lexicons, for a
// sentence without quotation marks. They are read as English reads them
// (sentence.go): a speaker, a speech verb and the clause it introduces
// is a Reported remark whose text is the clause; a speaker and a stance
// verb is an Action whose text runs from the first word after the subject
// to the end of the clause. The rules are narrower than English's on
// purpose: a subject must be a speaker phrase right before the verb (past
// negations, pronouns and auxiliaries), or right after a speech verb, so
// that an object ("felicitó a Valcárcel") is never taken for a speaker.

// reportedPart is one remark found in a sentence before its end is known:
// it runs from token cs to the next part's subject, or to the sentence end.
type reportedPart struct {
	spk    *speaker
	kind   Kind
	cs     int // first token of the text
	lo     int // first token of the part (its subject, or its verb)
	fixed  int // end token when the clause ends earlier than the next part
	silent bool
	// follow: the act of a follow verb, which copies the last act
	// (intl_follow.go).
	follow bool
	// line: the act of a verb of the same line, which copies the last
	// remark (intl_sameline13.go).
	line bool
	// relative: an act told in a relative clause of its subject
	// (intl_relative.go), which the people coordinated before the subject
	// do not share.
	relative bool
	// weak: the source named after its clause ("…, según un comunicado de
	// X"), which speaks only when no one in the clause does ("X felicitó a
	// Y, según un comunicado de Z" is X's act; see dropWeak).
	weak bool
}

// reported finds the reported speech and reported acts of a sentence that
// has no quotation.
func (ix *intl) reported(toks []token, headline bool) {
	var parts []reportedPart
	ix.inClause = make(map[int]*speaker)
	ix.absorbed = make(map[int]bool)
	if among := ix.amongList(toks); len(among) > 0 {
		for _, p := range among {
			ix.addReported(toks, p, p.fixed, headline)
		}
		return
	}
	if ix.inciseSentence(toks, headline) {
		return // "Le scrutin, a-t-elle dit, a été truqué" (fgr14_incise.go)
	}
	if p, ok := ix.attribution(toks, headline); ok {
		parts = append(parts, p)
	}
	for v := 0; v < len(toks); v++ {
		if len(parts) > 0 && v < parts[len(parts)-1].cs {
			continue // inside an attribution already read
		}
		if !toks[v].word() {
			continue
		}
		if p, subj, ok := ix.reportedAt(toks, v); ok {
			if n := len(parts); n > 0 && ix.gr23RecountAfterRefusal(toks, parts[n-1], p, v) {
				continue // "X weigerte sich, … einzugestehen, und verlangte eine Neuauszählung": one act (gr23_recount.go)
			}
			if n := len(parts); n > 0 && parts[n-1].kind == Reported && !parts[n-1].weak && p.kind == Action && subj.lo >= parts[n-1].cs && (subj.lo <= parts[n-1].cs+1 || ix.subjectOpensClause(toks, parts[n-1].cs, subj.lo)) { // fgr15_clausesubject.go
				// "dijo que el presidente X ya felicitó …": X's act shares the clause
				p.cs, p.lo, p.fixed = parts[n-1].cs, parts[n-1].lo, parts[n-1].fixed
			}
			if n := len(parts); n > 0 && ix.continuesReported(parts[n-1], p, subj) {
				if !ix.quoteCuts(toks, parts[n-1].cs, v) {
					continue // "X dijo que …, y pidió …": one remark
				}
				p.lo = v // "X disse estar «…», e que felicitou Y": the quotation ends the clause (ibero17_office.go)
			}
			if n := len(parts); n > 0 && ix.secondSaying(parts[n-1], p, subj) {
				p.lo = v // "X insistió en que … y aseguró que …" (intl_secondsaying.go)
			}
			if n := len(parts); n > 0 && p.kind == Action && parts[n-1].kind == Action && ix.sharedOpening(parts[n-1], p, subj) && ix.conjunctionBefore(toks, v) {
				continue // "X, representante de Y, se negó a … y la tachó de …": one act (intl_description12.go)
			}
			if n := len(parts); n > 0 && p.kind == Action && subj.lo <= parts[n-1].lo && ix.conjunctionBefore(toks, v) {
				// "La UE, a través de su portavoz, X, elogió … y felicitó …":
				// the second verb has the first one's subject
				p.spk, p.lo = parts[n-1].spk, v-1
				subj = phrase{kind: pPronoun, lo: v, hi: v}
				p.cs = ix.rec24mlSecondVerbStart(parts, p, v) // "A и B поздравили … и выразили …" (rec24ml_second.go)
			}
			after := p.kind == Action && subj.lo > v
			listed := false
			if !after {
				peers := ix.listPeers(toks, p, subj, v)
				parts, listed = append(parts, peers...), len(peers) > 0
			}
			if (p.kind == Action || ix.jointSpeech(p)) && subj.kind == pName && !after && !listed && (!p.relative || ix.rev24rmlSharedRelative(toks, p, subj, v)) { // "A y B, que felicitaron …" (rec24ml_relative.go, rev24rml_narrow.go)
				parts = append(parts, ix.coSubjects(toks, p, subj)...)
			}
			parts = append(parts, p)
			parts = append(parts, ix.coSpeakersAfter(toks, p, subj, v)...) // "ließen X und Y wissen, …" (fgr14_lassen.go)
			if after && subj.kind == pName {
				for _, q := range ix.coordinatedAfter(toks, subj) {
					c := p
					c.spk = ix.resolve(q)
					parts = append(parts, c) // the senders listed after the verb
				}
			}
			v = max(v, p.cs-1)
		}
	}
	parts = ix.subjunctiveParts(toks, parts)       // "Er freue sich darauf, …", "Eine Wahl … könne man nicht anerkennen" (intl_subjunctivecont13.go)
	parts = ix.midAccording(toks, dropWeak(parts)) // "…, que, según él, …" (intl_midaccording12.go)
	parts = ix.jointActors(toks, parts)            // "in einer gemeinsamen Erklärung mit X" (intl_joint12.go)
	parts = ix.rec22mlWhileParts(toks, parts)      // "X felicitó …, mientras que Y recordó …" (rec22ml_while.go)
	ix.emitReported(toks, ix.gappedActors(toks, ix.likeActors(toks, ix.innerActors(toks, parts))), headline)
}

// attribution is the part a sentence's attribution phrase gives, read
// before its verbs: "según X, …" / "pour X, …" (after the clause before a
// semicolon is read on its own: "X a félicité … ; pour Y, …",
// fgr15_semicolon.go), "…, so Regierungssprecher X, …"
// (intl_inverted12.go), "…, so seine Warnung, …" (fgr15_sopossessive.go).
func (ix *intl) attribution(toks []token, headline bool) (reportedPart, bool) {
	if p, ok := ix.reportedAccording(toks); ok {
		return ix.readBeforeSemicolon(toks, p, headline), true
	}
	if p, ok := ix.soAttribution(toks); ok {
		return p, true
	}
	return ix.soPossessive(toks)
}

// coSubjects are the copies of the part p for the names coordinated before
// its subject subj ("X y Y felicitaron …"), in the order of the text; none
// for a speech whose coordination does not open the clause ("a reçu X et
// Y a déclaré": X is an object, intl_inverted12.go).
func (ix *intl) coSubjects(toks []token, p reportedPart, subj phrase) []reportedPart {
	co := ix.coordinated(toks, subj)
	slices.Reverse(co)
	if p.kind != Action && !ix.coordinationOpens(toks, co) {
		return nil
	}
	var out []reportedPart
	for _, q := range co {
		c := p
		c.spk, c.lo = ix.resolve(q), q.lo
		out = append(out, c)
	}
	return out
}

// emitReported adds the remarks of a sentence's reported parts, each
// clause running to the next part's subject (or the sentence's end), and
// gives the quotations inside a clause to its speaker.
func (ix *intl) emitReported(toks []token, parts []reportedPart, headline bool) {
	end := len(toks)
	for end > 0 && (toks[end-1].isTerm() || toks[end-1].kind == tPunct && !toks[end-1].is(")")) {
		end--
	}
	for i, p := range parts {
		ce := end
		next := i + 1
		for next < len(parts) && parts[next].cs == p.cs {
			next++ // coordinated subjects share the text
		}
		if next < len(parts) && !ix.relativeBeforeMain(p, parts[next]) {
			ce = ix.sharedSubjectEnd(p, parts[next]) // ibero17_sharedsubject.go
			for ce > p.cs && toks[ce-1].kind == tPunct || ce-1 > p.cs && ix.lx.stops[toks[ce-1].lower] {
				ce-- // ", y Z se negó …": the conjunction belongs to neither
			}
		}
		if p.fixed > 0 {
			ce = min(ce, p.fixed)
		}
		for k := p.cs; k < ce && p.spk != nil && !innerActor(parts, i); k++ {
			if toks[k].kind == tQuote {
				ix.inClause[toks[k].q] = p.spk
			}
		}
		ix.addReported(toks, p, ix.clauseStop(toks, p, ce), headline)
	}
}

// likeActors adds, after each act, the person its clause compares to its
// actor ("X a félicité le président élu, tout comme le chef de l'État
// nigérian, Y, …"; the language's likePhrases) or says followed it
// ("…, imitée peu après par Y"; followedBy), and those listed after that
// person ("…, tout comme A, et B"): they did the same, so their acts
// share X's text.
func (ix *intl) likeActors(toks []token, parts []reportedPart) []reportedPart {
	if len(ix.lx.likePhrases) == 0 {
		return parts
	}
	var out []reportedPart
	for i, p := range parts {
		out = append(out, p)
		if p.kind != Action {
			continue
		}
		end := len(toks)
		if i+1 < len(parts) {
			end = parts[i+1].lo
		}
		for k := p.cs; k < end; k++ {
			if k == 0 || !toks[k-1].is(",") {
				continue
			}
			if q, ok := ix.ellipsisActor(toks, k, end); ok {
				c := p
				c.spk = ix.resolve(q)
				out = append(out, c) // "…, Ivo Kask ebenso" (fgr14_ellipsis.go)
				break
			}
			n := matchPhrase(toks, k, ix.lx.likePhrases)
			if n == 0 {
				n = ix.followedBy(toks, k, end) - k
			}
			if n <= 0 {
				continue
			}
			if q := ix.apposed(toks, k+n); ix.isPerson(q) {
				// "tout comme A, et B": each person listed did the same
				for _, r := range append([]phrase{q}, ix.coordinatedAfter(toks, q)...) {
					c := p
					c.spk = ix.resolve(r)
					out = append(out, c)
				}
			}
			break
		}
	}
	return out
}

// auxParenthetical returns the auxiliary before an adverbial between
// commas that separates it from its participle at toks[b+1] ("La CEDEAO
// a, dans un communiqué, salué …"), or b when there is none.
func (ix *intl) auxParenthetical(toks []token, b int) int {
	if a := ix.auxOwnPart(toks, b); a >= 0 {
		return a // "a de son côté appelé" (intl_ownpartaux.go)
	}
	if b < 2 || !toks[b].is(",") {
		return b
	}
	for j := b - 1; j > 0 && j >= b-8; j-- {
		if toks[j].is(",") {
			if toks[j-1].word() && ix.lx.auxiliaries[toks[j-1].lower] {
				return j - 1
			}
			return b
		}
		if !toks[j].word() {
			return b
		}
	}
	return b
}

// gappedActors adds, after each act, the person of a second clause whose
// verb is left out and marked by a dash ("X назвал выборы несвободными,
// Y — «псевдовыборами»"): Y did the same to their own complement, so Y's
// act shares X's text, and a quotation after the dash is Y's.
func (ix *intl) gappedActors(toks []token, parts []reportedPart) []reportedPart {
	var out []reportedPart
	for i, p := range parts {
		out = append(out, p)
		if p.kind != Action || p.spk == nil {
			continue
		}
		end := len(toks)
		if i+1 < len(parts) {
			end = parts[i+1].lo
		}
		for k := p.cs; k+2 < end; k++ {
			if !toks[k].is(",") {
				continue
			}
			j := k + 1
			if toks[j].word() && ix.lx.conjunctions[toks[j].lower] || toks[j].is("а") {
				j++
			}
			q := ix.apposed(toks, j)
			if !ix.isPerson(q) || q.hi >= end || !isDash(toks[q.hi]) {
				continue
			}
			c := p
			c.spk = ix.resolve(q)
			out = append(out, c)
			for m := q.hi + 1; m < len(toks); m++ {
				if toks[m].kind == tQuote {
					ix.inClause[toks[m].q] = c.spk
				}
			}
			break
		}
	}
	return out
}

// titleQuote reports whether toks[k] is a short capitalised quotation
// with no closing punctuation, the title of a newspaper, a party or a
// programme ("в интервью «Известиям»", "выдвинутый «Новыми людьми»"),
// which a subject may stand before as before any complement.
func (ix *intl) titleQuote(toks []token, k int) bool {
	if toks[k].kind != tQuote {
		return false
	}
	q := ix.x.quotes[toks[k].q]
	if q.words > 3 || q.term {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(ix.x.text[q.cstart:q.cend], unicode.IsSpace))
	return unicode.IsUpper(r)
}

// fragmentQuote reports whether toks[k] is a quotation in lower case
// inside an act that goes on after it with another verb ("elogió al
// tribunal por la «forma eficaz» como condujo el proceso y felicitó al
// presidente electo"): the act's stance is in the whole clause, so the
// quotation is read as part of it rather than cutting it short.
func (ix *intl) fragmentQuote(toks []token, k, end int) bool {
	if toks[k].kind != tQuote || k == 0 || !toks[k-1].word() || !ix.actAfter(toks, k+1, end) && !ix.sayingAfterQuote(toks, k, end) && !ix.gr19BracketClose(toks, k, end) { // ib18_quotedclause.go, gr19_colonlead.go
		return false
	}
	return ix.lowerQuote(toks[k].q)
}

// lowerQuote reports whether the quotation q opens in lower case: a
// fragment of a clause, not a sentence of its own.
func (ix *intl) lowerQuote(q int) bool {
	qt := ix.x.quotes[q]
	for _, r := range ix.x.text[qt.cstart:qt.cend] {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
	}
	return false
}

// actAfter reports whether a stance verb comes after a conjunction in
// toks[from:end].
func (ix *intl) actAfter(toks []token, from, end int) bool {
	for i := from; i+1 < end; i++ {
		if toks[i].word() && ix.lx.conjunctions[toks[i].lower] && toks[i+1].word() && ix.lx.actionVerbs[toks[i+1].lower] {
			return true
		}
	}
	return false
}

// dropWeak drops a weak part (a source named after its clause) when the
// sentence has another part, the clause's own speaker or actor, whose
// text then ends where the attribution begins.
func dropWeak(parts []reportedPart) []reportedPart {
	if len(parts) < 2 {
		return parts
	}
	end := 0
	for _, p := range parts {
		if p.weak {
			end = p.fixed
		}
	}
	parts = slices.DeleteFunc(parts, func(p reportedPart) bool { return p.weak })
	for i := range parts {
		if end > 0 && parts[i].cs < end && (parts[i].fixed == 0 || parts[i].fixed > end) {
			parts[i].fixed = end
		}
	}
	return parts
}

// sourceAfter returns the number of words at toks[j] that name a document
// or circle a source speaks through, with the words joining it to the
// source ("un comunicado difundido por", "l'entourage du", "пресс-служба"),
// or 0: the source after them is the speaker.
func (ix *intl) sourceAfter(toks []token, j int) int {
	k := j
	for k < len(toks) && toks[k].word() && (ix.lx.determiners[toks[k].lower] || ix.lx.sourceLinks[toks[k].lower]) && k < j+2 {
		k++
	}
	if k >= len(toks) || !toks[k].word() {
		return 0
	}
	if w, _ := ix.core(toks[k].lower); !ix.lx.sourceNouns[w] {
		return 0
	}
	k++
	for n := 0; n < 4 && k < len(toks) && toks[k].word() && (ix.lx.sourceLinks[toks[k].lower] || ix.lx.determiners[toks[k].lower]); n++ {
		k++
	}
	return k - j
}

// continuesReported reports whether the act p, whose subject subj opens
// the sentence before the reported clause of last, is a second verb of
// last's speaker ("X заявил, что …, и призвал …", "X dijo que … y pidió
// …"): it is read as part of that clause, whose stance the whole sentence
// states, rather than cutting it short.
func (ix *intl) continuesReported(last, p reportedPart, subj phrase) bool {
	return last.kind == Reported && p.kind == Action && p.spk != nil && p.spk == last.spk && subj.lo < last.cs && last.fixed == 0
}

// clauseStop is where the text of p ends at the latest: before a
// quotation (a direct remark of its own, "felicitó a Morales por lo que
// calificó de “…”"), a semicolon, or for an act a colon, or at end. A
// scare quote stays in the text ("escribió que estaba "muy orgulloso"").

func (ix *intl) clauseStop(toks []token, p reportedPart, end int) int {
	fronted := p.kind == Action && ix.frontedSubordinate(toks, p) // "Cuando X anunció …, la oposición …" (ibero15_clause.go)
	for k := p.cs; k < end; k++ {
		if fronted && k > p.cs+1 && toks[k].is(",") {
			return k
		}
		if p.kind == Action && ix.fragmentQuote(toks, k, end) || ix.negatedObjectQuote(toks, p, k) || ix.secondThat(toks, p, k, end) || p.kind == Reported && ix.lab27grEmbeddedQuote(toks, k, end) { // ibero17_negquote.go, lab27rom_secondthat.go, lab27gr_embedded.go
			ix.absorbed[toks[k].q] = true
			continue
		}
		if toks[k].kind == tQuote && !ix.scare(toks, k) || toks[k].is(";") || (p.kind == Action && toks[k].is(":") && !ix.ultimatumColon(toks, p.cs, k)) { // fgr18_ultimatum.go
			return k
		}
	}
	return end
}

// addReported records the part p as a remark of toks[p.cs:ce]; a reported
// clause needs three words, an act two ("felicitó a Petro").
func (ix *intl) addReported(toks []token, p reportedPart, ce int, headline bool) {
	minWords := 3
	if p.kind == Action {
		minWords = 2
	}
	for p.cs < ce && toks[p.cs].kind == tPunct {
		p.cs++ // "Martin Schulz, gratulierte": the apposition's comma
	}
	if ce <= p.cs {
		return
	}
	if p.line {
		ix.addSameLine(p)
		return
	}
	if p.follow {
		ix.addFollow(p)
		return
	}
	start, end := toks[p.cs].start, toks[ce-1].end
	if countWords(ix.x.text[start:end]) < minWords && !ix.bareCongratulation(toks, p, ce) {
		return
	}
	rm := Remark{Text: ix.x.text[start:end], Kind: p.kind, Start: start, End: end, QuoteStart: start, QuoteEnd: end, Headline: headline, NoStance: p.silent}
	ix.x.add(rm, p.spk, false)
	if !p.silent {
		ix.saidLast(rm, p.spk)
	}
	if p.kind == Action && !p.silent {
		ix.last = &lastAct{rm: rm, sent: ix.x.sentNo}
	}
}

// reportedAccording reads "Según X, …" (the clause after X's comma) and
// "…, según X." (the clause before the comma), with the speaker's name in
// the nominative after "по словам".
func (ix *intl) reportedAccording(toks []token) (reportedPart, bool) {
	if p, ok := ix.ownAccording(toks); ok {
		return p, true
	}
	if p, ok := ix.gr21Zufolge(toks); ok {
		return p, true // "Dem Minister X zufolge hat …" (gr21_zufolge.go)
	}
	for i := 0; i < len(toks); i++ {
		if !toks[i].word() || (i > 0 && !toks[i-1].is(",") && !toks[i-1].is(";")) {
			continue
		}
		o := ix.clauseOpening(toks, i) // "…; pour le ministre, …" (fgr15_semicolon.go)
		n := matchPhrase(toks, i, ix.lx.reportedAccording)
		opening := false
		if n == 0 && o {
			n, opening = matchPhrase(toks, i, ix.lx.openingAccording), true
		}
		if n == 0 {
			continue
		}
		n += ix.sourceAfter(toks, i+n)
		p := ix.apposed(toks, i+n)
		if p.kind != pName && p.kind != pRole && p.kind != pInstitution || opening && !ix.isPerson(p) && !ix.heldOffice(p) && !ix.namedBody(p) {
			if rp, ok := ix.rom32AccordingGroup(toks, i, n, o); ok {
				return rp, true // "Para la oposición, …", "Selon les observateurs, …" (rom32_according.go)
			}
			continue // "Para Bogotá, …" is no attribution; "Para el canciller X, …" is, and "Para el Gobierno de X, …" (rom32_according.go)
		}
		if o && p.hi+1 < len(toks) && ix.lx.capNouns && toks[p.hi].word() && !toks[p.hi].cap {
			// "Laut dem Abgeordneten X ist es … gekommen": the verb comes second
			spk, _ := ix.speakerAt(toks, i+n, false)
			return reportedPart{spk: spk, kind: Reported, cs: p.hi, lo: i}, true
		}
		if o && ix.rom22OwnSource(toks, i+n, p.hi) {
			continue // "Selon son porte-parole, elle l'a félicité" (rom22_ownsource.go)
		}
		if o && p.hi+1 < len(toks) && toks[p.hi].is(",") {
			spk, _ := ix.speakerAt(toks, i+n, n > 1 && ix.lx.code == "ru")
			cs := ix.appositionAfterName(toks, p.hi) + 1 // "Pour X, président du RCD, le taux …" (intl_inverted12.go)
			return reportedPart{spk: spk, kind: Reported, cs: cs, lo: i}, true
		}
		if i > 1 && (p.hi == len(toks) || toks[p.hi].isTerm()) {
			spk, _ := ix.speakerAt(toks, i+n, n > 1 && ix.lx.code == "ru")
			return reportedPart{spk: spk, kind: Reported, cs: 0, lo: 0, fixed: i - 1, weak: true}, true
		}
	}
	return reportedPart{}, false
}

// ownAccording reads an attribution to the person just named by a
// pronoun ("по его словам, …", "selon lui, …", "según él, …", "ihm
// zufolge …"; the language's pronounAccording) that opens the sentence or
// its clause after a colon, with the clause after its comma: "X был
// резок: по его словам, это «…»". The person is the one named in full in
// the same or the previous sentence.
func (ix *intl) ownAccording(toks []token) (reportedPart, bool) {
	if ix.lastNamed == nil || ix.x.sentNo-ix.lastNamedSent > 1 {
		return reportedPart{}, false
	}
	for i := 0; i < len(toks); i++ {
		if i > 0 && !toks[i-1].is(":") {
			continue
		}
		n := matchPhrase(toks, i, ix.lx.pronounAccording)
		if n == 0 || i+n+1 >= len(toks) {
			continue
		}
		cs := i + n
		if toks[cs].is(",") {
			cs++
		}
		spk := ix.pronounHolder(i) // not a person named after the pronoun: "Pour lui, la victoire de X est …" (fgr16_colonview.go)
		if spk == nil {
			return reportedPart{}, false
		}
		return reportedPart{spk: spk, kind: Reported, cs: cs, lo: i}, true
	}
	return reportedPart{}, false
}

// reportedAt reads a speech verb or a stance verb at toks[v] with its
// subject: for a stance verb, the text starts after the subject; for a
// speech verb, at the clause after a complementizer, a comma (German and
// Russian) or a colon within eight words of the verb.
func (ix *intl) reportedAt(toks []token, v int) (rp reportedPart, rs phrase, rok bool) {
	defer func() { rp = ix.ref22Unsaid(toks, v, rp) }() // "n'a pas dit que …": no claim (ref22_unsaid.go)
	w := ix.verbWord(toks, v)                           // "cumprimentou-a" (intl_enclitic.go)
	action, speech := ix.verbKinds(toks, v, w)
	action = action && !ix.rev19NotPointing(toks, v) // "verwies ihn des Landes" (rev19gr_pointto.go)
	noun, sends := ix.sendsCongratulations(toks, v)
	action = action || sends || ix.firstToRecognise(toks, v) || ix.perfectParticiple(toks, v) || ix.callAt(toks, v) || ix.ruCallAt(toks, v) // "tinha classificado" (intl_participle.go), "rief an" (intl_call.go)
	if p, ok := ix.conveyedFrom(toks, v); ok {
		// "transmitió la felicitación del Gobierno de X" (rom19_conveyed.go)
		return reportedPart{spk: ix.resolve(p), kind: Action, cs: v, lo: v}, p, true
	}
	if p, noun, ok := ix.congratulationsFrom(toks, v); ok {
		// "Gratulationen kamen auch von X": the person after the verb
		return reportedPart{spk: ix.resolve(p), kind: Action, cs: noun, lo: v}, p, true
	}
	if ix.silenceAt(toks, v) || ix.keptSilence(toks, v) || ix.noCommentAt(toks, v) || ix.wouldNotComment(toks, v) || ix.deRelativeSpokeOf(toks, v) || ix.leftOpenAt(toks, v) { // fgr15_nocomment.go, fgr15_relative.go
		action, speech = true, false // "não se pronunciou", "mantém silêncio": an act, not speech
	}
	follow := ix.followAt(toks, v)
	line := ix.sameLineAt(toks, v) // "foi na mesma linha" (intl_sameline13.go)
	action = action || follow || line || ix.spokeOf(toks, v)
	action = action || ix.notingAt(toks, v) || ix.ruSatisfiedAt(toks, v) || ix.ultimatumAt(toks, v) || ix.negatedPresentRecognition(toks, v) || ix.gr19NotThinkAt(toks, v) // "a pris acte de …" (intl_noting12.go), "остался доволен" (fgr17_satisfied.go), "выдвинули ультиматум" (fgr18_ultimatum.go), "не признаёт" (fgr18_notrecognise.go), "dachte nicht daran, … anzuerkennen" (gr19_notthink.go)
	if !action && !speech {
		return reportedPart{}, phrase{}, false
	}
	if speech && ix.gr32LikewiseAt(toks, v) {
		speech = false // "Ebenso äußerte sich X": the act before, repeated (gr32_likewise.go)
	}
	if action && speech && ix.reflexiveAt(toks, v) && !limitVerbs[w] { // "se limitó a saludar": limitVerbs in lexicon_rules.go
		action = false // "äußerte sich am Abend", "no se ha manifestado"
	}
	if speech {
		if p, subj, ok := ix.reportedBefore(toks, v); ok {
			return p, subj, true
		}
	}
	subj, after := ix.subjectOf(toks, v, speech)
	if !subj.ok() && action {
		if p := ix.dePronounAfter(toks, v); p.ok() {
			subj, after = p, true // "Am Abend gratulierte er dem Sieger" (fgr17_pronounafter.go)
		}
	}
	if after && action && !speech {
		if p, ok := ix.conjoinedBeforeAfter(toks, v); ok {
			return p, phrase{kind: pPronoun, lo: v, hi: v}, true // "X sah … und feierte die Partei" (fgr17_invertedconj.go)
		}
	}
	if sends && noun < v {
		subj, after = ix.senderAfter(toks, v, noun, subj, after)
	}
	if !subj.ok() {
		if p, s, ok := ix.subjectlessPart(toks, v, action, speech); ok {
			return p, s, true
		}
	}
	if (!subj.ok() || subj.kind == pGroup) && action {
		if q := ix.includedAfter(toks, v); q.ok() {
			subj, after = q, true // "…, entre ellos, A y B"
		} else if q := ix.sameDoer(toks, v); q.ok() {
			subj, after = q, true // "hicieron lo propio A, B y C" (intl_dosame.go)
		} else if q := ix.gr32LikewiseDoer(toks, v); q.ok() {
			subj, after = q, true // "Аналогичную позицию заняли A и B" (gr32_likewise.go)
		}
	}
	if !subj.ok() || subj.kind == pAnonymous || subj.kind == pGroup && action {
		return reportedPart{}, phrase{}, false
	}
	if speech && after && ix.midAttribution(toks, v, subj) {
		// "Bogotá, recalcó Murillo, no se pronunciará …": the clause goes on after it
		return reportedPart{spk: ix.resolve(subj), kind: Reported, cs: subj.hi + 1, lo: v}, subj, true
	}
	if action && !speech {
		p := ix.actPart(toks, v, subj, after, sends && noun < v, noun, follow)
		p.line = line
		return ix.throughSpeaker(toks, v, subj, p), subj, true
	}
	p, subj, ok := ix.clausePart(toks, v, subj, after, action)
	return ix.throughSpeaker(toks, v, subj, p), subj, ok // "A delegação … limitou-se a …, pela voz de uma porta-voz, X" (ibero17_throughafter.go)
}

// senderAfter is the subject of a verb of sending toks[v] whose
// congratulation came first (toks[noun]), given the subject subj (and
// after) read so far: a person named in full after the verb when there
// was none ("поздравление направил Касым-Жомарт Токаев"), or the bare
// names listed after the verb when none or the congratulation itself was
// taken ("Glückwünsche schickten auch A, B und C", gr32_barelist.go).
func (ix *intl) senderAfter(toks []token, v, noun int, subj phrase, after bool) (phrase, bool) {
	if !subj.ok() {
		if p := ix.apposed(toks, v+1); ix.isPerson(p) {
			subj, after = p, true
		}
	}
	if !subj.ok() || subj.lo <= noun && noun < subj.hi {
		return ix.gr32BareSenders(toks, v), true
	}
	return subj, after
}

// subjectlessPart reads a verb toks[v] with no subject before or after it
// whose speaker the sentence or the one before gives: a dropped subject
// or an incise for a verb of speech; for a verb of acting, a dropped
// subject ("X anunció …. Exigió …", intl_droppedact12.go) or a verb
// conjoined to an earlier one ("; il continue de … et accuse …",
// fgr15_conjoined.go; "meldete sich X zu Wort, feierte …",
// fgr17_invertedconj.go).
func (ix *intl) subjectlessPart(toks []token, v int, action, speech bool) (reportedPart, phrase, bool) {
	type read func([]token, int) (reportedPart, bool)
	var reads []read // the first reads a dropped subject, the others an incise or a conjoined verb
	switch {
	case speech:
		reads = []read{ix.droppedSubject, ix.inciseSpeech}
	case action:
		reads = []read{ix.droppedAct, ix.conjoinedAct, ix.invertedConjoinedAct}
	}
	for k, r := range reads {
		if p, ok := r(toks, v); ok {
			if k == 0 {
				return p, phrase{kind: pPronoun, lo: p.lo, hi: p.lo}, true
			}
			return p, phrase{kind: pPronoun, lo: v, hi: v}, true
		}
	}
	return reportedPart{}, phrase{}, false
}

// clausePart is what the verb toks[v] of both kinds, or of speech, with
// its subject subj (after the verb when after is set) reports: the clause
// after it, or, with no clause, the act itself.
func (ix *intl) clausePart(toks []token, v int, subj phrase, after, action bool) (reportedPart, phrase, bool) {
	from := v + 1
	if after {
		from = subj.hi
	}
	cs := ix.clauseAfter(toks, from)
	if cs < 0 && (action || ix.nominalObject(toks, v) || ix.emphasisObject(toks, v) || ix.condemnObject(toks, v) || ix.selfDescribed(toks, v) || ix.judgedObject(toks, v) || ix.congratObject(toks, v)) && !after {
		// "признал поражение": a verb of both kinds with no clause is an act
		return reportedPart{spk: ix.resolve(subj), kind: Action, cs: ix.actStart(toks, subj, v), lo: subj.lo}, subj, true
	}
	if cs < 0 && action && after && ix.lx.capNouns {
		// "Am Abend räumte Karl Mena seine Niederlage ein": a verb of
		// both kinds, second after an adverbial, its subject after it and
		// no clause (intl_postposed16.go)
		return ix.actPart(toks, v, subj, after, false, 0, false), subj, true
	}
	if cs < 0 && action && after && ix.lx.freeOrder {
		// "Итоги выборов не признал глава МИД X": the object came first
		// and the subject after the verb (intl_objectfirst.go)
		return ix.actPart(toks, v, subj, after, true, objectClauseStart(toks, v), false), subj, true
	}
	if cs < 0 {
		if p, ok := ix.openerIncise(toks, v); ok && !after {
			return p, subj, true // "A chefe …, X, viu no resultado …, disse, …" (ibero14_incise.go)
		}
		return reportedPart{}, phrase{}, false
	}
	lo := subj.lo
	if after {
		lo = v
	}
	spk := ix.resolve(subj)
	if subj.kind == pName && ix.lx.code == "ru" && after {
		spk = ix.resolve(ix.nominative(subj))
	}
	return reportedPart{spk: spk, kind: Reported, cs: cs, lo: lo}, subj, true
}

// actPart is the act of the verb toks[v] whose subject is subj (after
// the verb when after is set; objectFirst when a congratulation noun at
// toks[noun] came before the verb): where its text starts and, for an act
// inside a relative or subordinate clause, where it ends.
func (ix *intl) actPart(toks []token, v int, subj phrase, after, objectFirst bool, noun int, follow bool) reportedPart {
	cs, lo, fixed, relative := ix.actStart(toks, subj, v), subj.lo, 0, false
	if rel, end, ok := ix.relativeSubject(toks, v); ok && rel.lo == subj.lo {
		cs, fixed, relative = ix.relativeStart(toks, v), end, true // "X, que felicitó a Y el lunes, viajará"
	}
	if after {
		cs, lo = v, v // "gratulierte Präsident Putin dann doch"
		if objectFirst {
			cs = noun // "Поздравления также направили …"
		}
	}
	if ix.subordinator(toks, subj.lo-1) {
		fixed = v + 1 // "Als X … Y gratulierte, lag …": the clause ends with its verb
	}
	if c := ix.cleftStart(toks, v, subj); c > 0 {
		cs = c // "war es X, der … gratulierte": the relative clause (intl_cleft.go)
	}
	if c := ix.iberoCleftStart(toks, v, subj); c > 0 {
		cs = c // "Foi X quem felicitou …" (ibero16_cleft.go)
	}
	if e := ix.callEnd(toks, v); e > 0 && fixed == 0 {
		fixed = e // "X rief an, und …": the call ends with its particle (intl_call.go)
	}
	return reportedPart{spk: ix.resolve(subj), kind: Action, cs: cs, lo: lo, fixed: fixed, follow: follow, relative: relative}
}

// droppedSubject reads a speech verb with no subject and a clause, in a
// language that drops the subject, at the start of its sentence, after an
// opening adverbial ("A través de su cuenta en X, escribió que …") or
// after a colon ("X fue el primero en aceptar el resultado: dijo que
// …"): its subject is the person named first in the sentence, or in the
// previous one.
func (ix *intl) droppedSubject(toks []token, v int) (reportedPart, bool) {
	if !ix.lx.prodrop || ix.lastNamed == nil || ix.x.sentNo-ix.lastNamedSent > 1 {
		return reportedPart{}, false
	}
	b := v - 1
	for b >= 0 && toks[b].word() && (ix.lx.preverbs[toks[b].lower] || ix.lx.auxiliaries[toks[b].lower] || ix.lx.clitics[toks[b].lower]) {
		b--
	}
	b = ix.colonAdverbial(toks, b) // ": antes de la medianoche ya contaba …" (ibero16_colonadverbial.go)
	switch {
	case b < 0:
	case (toks[b].is(":") || ix.semicolonClause(toks, b)) && ix.lastNamedSent == ix.x.sentNo && ix.lastNamedLo < b: // "; disse que …" (intl_colonoffice12.go)
	case toks[b].is(",") && ix.openingAdverbial(toks, b):
	case ix.subjectlessBefore(toks, b): // "…, defendió X y dijo que …" (intl_participleopen12.go)
	case ix.colonConjoined(toks, b): // "X arremetió …: calificó … y dijo que …" (ib18_colonconjoined.go)
	default:
		return reportedPart{}, false
	}
	cs := ix.clauseAfter(toks, v+1)
	if cs < 0 {
		return reportedPart{}, false
	}
	return reportedPart{spk: ix.lastNamed.canon(), kind: Reported, cs: cs, lo: max(b, 0)}, true
}

// openingAdverbial reports whether toks[:b] (b a comma) is an adverbial
// that opens the sentence: a preposition first, no verb the rules know
// and no capitalised word after its first word but for a place or a
// platform ("A través de su cuenta en X", "En declaraciones a la radio").
func (ix *intl) openingAdverbial(toks []token, b int) bool {
	if ix.participleOpening(toks, b) || ix.comparativeOpener(toks, b) {
		return true // "Preguntada por el empate, dijo …" (intl_participleopen12.go), "Plus direct, …" (fgr17_opener.go)
	}
	if b == 2 && ix.frontedFrom(toks, phrase{lo: 0, hi: 2}) {
		return true // "Da Guiné-Bissau, X …", "De Lisboa, …" (intl_frontedfrom13.go)
	}
	if b < 2 || b > 10 || !toks[0].word() || !ix.lx.stops[toks[0].lower] && matchPhrase(toks, 0, iberoComplexPreps[ix.lx.code]) == 0 { // "Frente a la militancia," (lexicon_ibero16.go)
		return false
	}
	for k := 1; k < b; k++ {
		t := toks[k]
		verb := (ix.lx.speechVerbs[t.lower] || ix.lx.actionVerbs[t.lower]) && !ix.lx.determiners[toks[k-1].lower]
		if !t.word() || verb || ix.lx.isRole(t.lower) {
			return false // a verb, but not a noun after a determiner ("su cuenta")
		}
	}
	return true
}

// midAttribution reports whether the speech verb toks[v] and its subject
// after it stand between commas inside a sentence ("Bogotá, recalcó
// Murillo, no se pronunciará …", "A Rússia, disse o ministro, não
// reconhecerá …"). After a quotation the words after the subject are its
// apposition ("«…», confie Samir, 34 ans, chauffeur de taxi"), not a
// clause: the quotation was the speech.
func (ix *intl) midAttribution(toks []token, v int, subj phrase) bool {
	return v >= 2 && toks[v-1].is(",") && toks[v-2].kind != tQuote && subj.hi+1 < len(toks) && toks[subj.hi].is(",") && toks[subj.hi+1].word() && !ix.lx.complementizers[toks[subj.hi+1].lower]
}

// beforeParenthetical returns the subject before an adverbial between
// commas that ends with the comma toks[b] before a verb ("El Gobierno
// español, a través de un comunicado, reclamó …", "Maduro, por su parte,
// agradeció …"): the adverbial opens with a preposition and has no verb
// of its own the rules know.
func (ix *intl) beforeParenthetical(toks []token, b int) phrase {
	for j := b - 2; j > 0 && j >= b-12; j-- {
		t := toks[j]
		if t.isTerm() || t.kind == tQuote || t.word() && (ix.lx.speechVerbs[t.lower] || ix.lx.actionVerbs[t.lower]) {
			return phrase{}
		}
		if !t.is(",") {
			continue
		}
		if toks[j+1].word() && toks[j+1].cap && j+1 != b {
			continue // a name in apposition inside the adverbial: ", a través de su portavoz, X,"
		}
		if !toks[j+1].word() || !ix.lx.stops[toks[j+1].lower] && matchPhrase(toks, j+1, ix.lx.through) == 0 && !ix.placeAt(toks, j+1, b) && !ix.passiveAt(toks, j+1, b) && !ix.timeAside(toks, j+1, b) || ix.lx.conjunctions[toks[j+1].lower] || ix.lx.complementizers[toks[j+1].lower] {
			return phrase{}
		}
		if n := matchPhrase(toks, j+1, ix.lx.through); n > 0 {
			// "La Unión Europea, a través de su alto representante, X, …": X speaks
			if p := ix.apposed(toks, j+1+n); p.kind == pName && p.role != "" && p.hi <= b {
				return p
			}
			if p := ix.rec24mlThroughLongTitle(toks, j+1+n, b); p.ok() {
				return p // ", por medio de su portavoz adjunta para el hemisferio, X," (rec24ml_through.go)
			}
		}
		if p := ix.appositionBefore(toks, j); p.ok() && ix.subjectStart(toks, p.lo) {
			return p
		}
		if p := ix.subjectEnding(toks, j-1); p.ok() && ix.subjectStart(toks, p.lo) && !ix.openingNoun(p) && (p.lo == 0 || !toks[p.lo-1].word() || ix.clauseOpener(toks[p.lo-1])) {
			return p
		}
		return phrase{}
	}
	return phrase{}
}

// passiveAt reports whether toks[i:b] opens with a lower-case word that
// an agent word follows (not one that joins an office or says where
// from: "presidente de"), a participle with its agent ("preguntado por
// periodistas", "interrogé par la presse"), and is no office nor verb
// the rules know: a description of the subject before its verb.
func (ix *intl) passiveAt(toks []token, i, b int) bool {
	t := toks[i]
	a := toks[i+1].lower
	return i+2 < b && t.word() && !t.cap && toks[i+1].word() && ix.lx.agents[a] && !ix.lx.rolePreps[a] && !ix.lx.fromWords[a] &&
		!ix.lx.speechVerbs[t.lower] && !ix.verbLike(t.lower) && !ix.lx.stops[t.lower] && !ix.lx.isRole(t.lower)
}

// timeAside reports whether toks[i:b] is an aside of time between
// commas ("mais de vinte horas depois do anúncio", "más de doce horas
// después", "plus de vingt heures après"): lower-case words and numbers
// only, a unit of time among them, and no verb the rules know.
func (ix *intl) timeAside(toks []token, i, b int) bool {
	unit := false
	for _, t := range toks[i:b] {
		if !t.word() || t.cap || ix.lx.speechVerbs[t.lower] || ix.verbLike(t.lower) {
			return false
		}
		unit = unit || timeUnits[t.lower]
	}
	return unit
}

// firstToRecognise reports whether toks[v] is a verb of being among the
// first to recognise ("fue de los primeros en felicitar", "foi um dos
// primeiros a parabenizar", "a été parmi les premiers à féliciter",
// "gehörte zu den Ersten, die … gratulierten"): a word of firstWords
// within four words of it, either side, and a recognition within eight
// words after that.
func (ix *intl) firstToRecognise(toks []token, v int) bool {
	if !ix.lx.firstVerbs[toks[v].lower] {
		return false
	}
	for f := max(0, v-4); f < len(toks) && f <= v+4; f++ {
		if !toks[f].word() || !ix.lx.firstWords[toks[f].lower] {
			continue
		}
		for k := f + 1; k < len(toks) && k <= f+8 && !toks[k].isTerm(); k++ {
			if toks[k].word() && (ix.lx.recognition(toks[k].lower) || firstReactions[toks[k].lower]) {
				return true // firstReactions: lexicon_rules.go
			}
		}
	}
	return false
}

// demonymSubject reads a definite article and a lower-case demonym that
// open a clause before the verb ("El colombiano escribió …", "O
// argentino disse …") as the person named first in this sentence or the
// one before, which news prose refers to by nationality: a pronoun
// phrase, resolved by backRef's rules. b is the token before the verb.
func (ix *intl) demonymSubject(toks []token, b int) phrase {
	if len(ix.lx.demonymSuffixes) == 0 || b < 1 || !toks[b].word() || toks[b].cap || !ix.lx.definite[toks[b-1].lower] {
		return phrase{}
	}
	w := toks[b].lower
	if b >= 2 && toks[b-2].word() || !hasAnySuffix(w, ix.lx.demonymSuffixes...) || ix.lx.isRole(w) || ix.lx.stops[w] || ix.lx.notNames[w] {
		return phrase{}
	}
	if ix.lastNamed == nil || ix.x.sentNo-ix.lastNamedSent > 1 || ix.lastNamedSent == ix.x.sentNo && ix.lastNamedLo > b {
		return phrase{}
	}
	ix.x.lastSingular = ix.lastNamed.canon() // the pronoun phrase resolves to it
	return phrase{kind: pPronoun, lo: b - 1, hi: b + 1, word: toks[b].lower, text: span(ix.x.text, toks, b-1, b+1)}
}

// reflexiveAt reports whether a reflexive pronoun stands right after the
// verb toks[v] or within two words before it ("äußerte sich", "no se ha
// manifestado").
func (ix *intl) reflexiveAt(toks []token, v int) bool {
	for _, k := range []int{v + 1, v - 1, v - 2} {
		if k >= 0 && k < len(toks) && toks[k].word() && ix.lx.reflexives[toks[k].lower] {
			return true
		}
	}
	return false
}

// reportedSubject finds the subject of the verb toks[v]: the speaker
// phrase before it, past preverbs ("Hugo Saldaña se negó", "Олег Жарков
// ещё не поздравил"), or an office with a name in apposition; failing
// that, for a speech verb, the speaker phrase right after it ("dijo el
// ministro que", "sagte Vogt, …"); after is then set.
func (ix *intl) reportedSubject(toks []token, v int, speech bool) (phrase, bool) {
	if p, ok := ix.callerAfter(toks, v); ok || ix.ruCallAt(toks, v) {
		return p, ok // "Каску позвонил X": the one called came first and is never the subject, not even with no named caller (intl_ruphone.go)
	}
	if p := ix.rom32TopicSubject(toks, v); p.ok() {
		return p, false // "Quant à l'opposition, elle a rejeté …" (rom32_topic.go)
	}
	action := !speech
	b := ix.auxParenthetical(toks, v-1)
	for n := 0; b >= 0 && n < 4 && toks[b].word() && (ix.lx.preverbs[toks[b].lower] || ix.lx.auxiliaries[toks[b].lower] || ix.lx.clitics[toks[b].lower] || ix.encliticAux(toks[b].lower)); n++ {
		b--
	}
	b = skipParenthesis(toks, b) // "Christian Kern (SPÖ) gratulierte"
	if b >= 0 && toks[b].word() {
		if p := ix.rev29grPastPartner(toks, ix.subjectEnding(toks, b), b); p.ok() && ix.subjectStart(toks, p.lo) && !ix.openingNoun(p) && !ix.deOpenerBeforeSubject(toks, p, v) { // fgr15_deopener.go; rev29gr_narrow.go: "с Анной Лунд Олег Рябов заявил"
			if q := ix.nominativeAfter(toks, v); q.ok() && p.kind == pName && p.role == "" {
				return q, true // "Также Владимира Путина поздравил президент Казахстана X": the object came first
			}
			return p, false
		}
	}
	if p := ix.rec24mlAsideGerundSubject(toks, v); p.ok() {
		return p, false // "…, а депутат Y, поздравив Путина, выразил …" (rec24ml_gerund.go)
	}
	if p := ix.rec24mlThroughBefore(toks, b); p.ok() {
		return p, false // "El Departamento, por medio de su portavoz adjunta para …, X, felicitó" (rec24ml_through.go)
	}
	if p := ix.commaSubject(toks, b); p.ok() {
		return p, false
	}
	if p := ix.relativeOrOther(toks, v, b, action); p.ok() {
		return p, false // a relative clause's subject, or intl_plural.go's rules
	}
	if p := ix.demonymSubject(toks, b); p.ok() {
		return p, false
	}
	if p := ix.originSubject(toks, b); p.ok() {
		return p, false // "X aus Łódź sprach Y … ab" (fgr16_origin.go)
	}
	if p := ix.speakerAfterVerb(toks, v, speech); p.ok() {
		return p, true
	}
	if p := ix.invertedEsSubject(toks, v, b); p.ok() && action {
		return p, true // "También felicitó a X el colombiano Y" (intl_invertedes13.go)
	}
	if p := ix.rom32ListAfterVerb(toks, v, b); p.ok() && action {
		return p, true // "Lo felicitaron A y B", "Ont félicité X : A, B et C" (rom32_verbfirst.go)
	}
	if p := ix.openingSubject(toks, v); p.ok() {
		return p, false
	}
	if p := ix.adverbialOpening(toks, v); p.ok() {
		return p, false // "X, который …, ещё в ночь после голосования предупреждал" (intl_ruadverbial.go)
	}
	if p := ix.subordinateSubject(toks, v); p.ok() {
		return p, false
	}
	if p := ix.perfectSubject(toks, v); p.ok() {
		return p, false
	}
	if p := ix.freeOrderBefore(toks, b); p.ok() {
		return p, false
	}
	return ix.subjectLast(toks, b, v)
}

// subjectLast is what reportedSubject tries last for the verb toks[v], b
// the last word before it: a subject past a complement or two ("X von der
// Universität Innsbruck erklärte"), a subject after the verb in a language
// of free word order, an opening proper noun (ml32_opening.go,
// gr32_adverbopening.go) or a group (ml32_group.go); after is set for a
// subject after the verb.
func (ix *intl) subjectLast(toks []token, b, v int) (phrase, bool) {
	for k := b; k > 0 && k >= b-8 && (toks[k].word() || ix.titleQuote(toks, k)) && !ix.relativeVerb(toks, b) && !(k == b && ix.objectBeforeConjunction(toks, k)); k-- {
		if toks[k].word() && (ix.lx.stops[toks[k].lower] || ix.adverbialPrep(toks, k)) { // fgr18_adverbial.go
			// "X von der Universität Innsbruck erklärte": past a complement,
			// or two ("Тихановская на пресс-конференции в своём штабе заявила")
			if p := ix.subjectEnding(toks, k-1); (ix.isPerson(p) || ix.namedBody(p)) && ix.subjectStart(toks, p.lo) && !ix.objectName(toks, p) { // ibero14_objectname.go
				return p, false
			}
			if k < b-4 {
				break
			}
		}
	}
	if ix.lx.freeOrder && (b < 0 || !toks[b].word() || ix.lx.stops[toks[b].lower] || !toks[b].cap || ix.openingNoun(ix.subjectEnding(toks, b))) {
		if p := ix.subjectAfter(toks, v); p.ok() {
			return p, true // "поздравил Байдена президент Украины …"
		}
		if p := ix.ml32OpeningSubject(toks, b, v); p.ok() {
			return p, false // "Китай поздравил …" (ml32_opening.go)
		}
	}
	if p := ix.gr32AdverbOpeningSubject(toks, b, v); p.ok() {
		return p, false // "Вчера Китай поздравил …" (gr32_adverbopening.go)
	}
	if p := ix.ml32GroupSubject(toks, b); p.ok() {
		return p, false // "Los gobiernos occidentales condenaron …" (ml32_group.go)
	}
	return phrase{}, false
}

// commaSubject finds the subject that ends before the comma toks[b]
// right before a verb: the last of a list (the others are added by
// reported), an office with a name in apposition, a parenthetical or a
// long title ("El canciller de X y exembajador ante Y, Luis Pardo,
// felicitó", intl_longtitle.go), or a subject before an aside ("X,
// выступая перед журналистами, заявил", intl_aside15.go).
func (ix *intl) commaSubject(toks []token, b int) phrase {
	if b < 0 || !toks[b].is(",") {
		return phrase{}
	}
	if l := ix.subjectList(toks, b); len(l) > 0 {
		return l[len(l)-1]
	}
	if p := ix.appositionBefore(toks, b); p.ok() && ix.subjectStart(toks, p.lo) {
		return p
	}
	if p := ix.parentheticalOrTitle(toks, b); p.ok() {
		return p
	}
	return ix.asideBefore(toks, b)
}

// speakerAfterVerb is the speaker phrase right after the verb toks[v]
// ("dijo el ministro que", "sagte Vogt, …"), or no phrase.
func (ix *intl) speakerAfterVerb(toks []token, v int, speech bool) phrase {
	if !(speech || ix.lx.capNouns) || v+1 >= len(toks) || !toks[v+1].word() || ix.lx.complementizers[toks[v+1].lower] {
		return phrase{}
	}
	p := ix.apposed(toks, v+1)
	if ix.lx.capNouns && !p.ok() {
		p = ix.apposed(toks, ix.pastAdverbs(toks, v+1)) // "gratulierte auch der Präsident X"
	}
	// after a stance verb, or any verb in German, only a name with an
	// office, in full or known: a lone capitalised word is as likely
	// an object ("gratulierte Merz", "äußerte die Hoffnung, dass")
	if p.ok() && p.kind != pPronoun && (ix.isPerson(p) || speech && !ix.lx.capNouns || ix.gr32InvertedOffice(toks, v, p, speech)) { // "In Peking erklärte ein Sprecher des Außenministeriums, …" (gr32_invertedoffice.go)
		return p
	}
	if p.kind == pPronoun && speech && ix.lx.capNouns && p.hi < len(toks) && toks[p.hi].is(",") {
		return p // "Auf der Plattform X schrieb er, er freue sich …"
	}
	return phrase{}
}

// subjectStart reports whether a subject may start at toks[lo]. In
// German, where every noun is capitalised and a subordinate clause puts
// the verb last, only at the start of a clause (after a colon, a
// semicolon, a dash or "und"): "als einer der Ersten Lukaschenko
// gratulierte" has no subject before the verb the rules can see.
func (ix *intl) subjectStart(toks []token, lo int) bool {
	if ix.afterObjectPrep(toks, lo) {
		return false // "с победой белорусского лидера поздравил X" (intl_inverted12.go)
	}
	if !ix.lx.capNouns || lo == 0 {
		return true
	}
	t := toks[lo-1]
	if ix.attributeStart(toks, lo) {
		return true // "Der im Februar gestürzte Staatschef X" (intl_attribute.go)
	}
	if t.word() && ix.lx.notNames[t.lower] && lo >= 1 && ix.subjectStart(toks, lo-1) {
		return true // "; auch Bundespräsident X schickte …": an adverb first
	}
	return t.is(":") || t.is(";") || isDash(t) || t.is("und") || t.is(",") && ix.verbSecondAfterComma(toks, lo) || ix.gr23AfterSubordinator(toks, lo) // intl_call.go, gr23_subordinate.go
}

// coordinated returns the subjects listed before the subject p of a
// plural verb ("A, B y C felicitaron", "Харитонов и Даванков
// поздравили"): names or offices with names, separated by commas and a
// conjunction, each right before the next.
func (ix *intl) coordinated(toks []token, p phrase) (out []phrase) {
	bare := -1 // where in out the first bare name taken stands
	defer func() { out = ix.ml32OpensClause(toks, out, bare) }()
	for lo := ix.quotedComplement(toks, p.lo); lo >= 2 && len(out) < 8; {
		also := ix.ml31AlsoAs(toks, lo) // "…, ainsi que la CEDEAO ont félicité" (ml31_alsoas.go)
		lo -= max(also-1, 0)
		sep := toks[lo-1]
		if also == 0 && !sep.is(",") && !(sep.word() && ix.lx.conjunctions[sep.lower]) || lo < 2 {
			break
		}
		b := lo - 2
		if b > 0 && sep.word() && toks[b].is(",") {
			b-- // "Pedro Sánchez, y el colombiano Iván Duque"
		}
		q := ix.subjectEnding(toks, b)
		if !q.ok() {
			q = ix.appositionBefore(toks, b)
		}
		if k := ix.complementApposition(toks, q); k > 0 {
			lo = k // "A, del Partido Verde, y B, del Partido Azul, felicitaron" (ibero15_coordinated.go)
			continue
		}
		if ix.listedVerbObject(toks, q) || ix.objectOfficeBefore(toks, q) {
			break // "A felicitou Ana Velor, enquanto B … rejeitou", "A felicitou a vencedora, Ana Velor, e B rejeitou": an object (ibero15_coordinated.go)
		}
		if q.kind == pRole && sep.is(",") && len(out) > 0 && out[len(out)-1].lo == lo {
			lo = q.lo // "El secretario de Estado, Antony Blinken, …": the office of the name after it
			continue
		}
		if q.kind != pName || !ix.isPerson(q) && q.role == "" {
			if !ix.ml32BareConjunct(toks, p, q, sep, len(out)) {
				break // "los presidentes de Colombia, …": a place, not a person
			}
			if bare < 0 {
				bare = len(out) // "China, India y Corea del Norte felicitaron" (ml32_colist.go)
			}
		}
		if q.lo > 0 && toks[q.lo-1].word() && toks[q.lo-1].cap && !ix.clauseOpener(toks[q.lo-1]) {
			break // "En América Latina, el presidente …": the end of a place's name
		}
		if ix.frontedFrom(toks, q) || ix.prepositionObject(toks, q) {
			break // "De Lisboa, o Presidente X felicitou …" (intl_frontedfrom13.go), "Dès l'annonce … par la Commission électorale, X, …" (fgr16_prepobject.go)
		}
		out = append(out, q)
		lo = ix.quotedComplement(toks, q.lo)
	}
	return out
}

// placeAt reports whether toks[i:b] is a preposition of an office's
// complement and a capitalised place, all of an apposition between
// commas that says where a person is from ("Benjamin Netanyahu, de
// Israel, celebrou", "Nayib Bukele, de El Salvador,").
func (ix *intl) placeAt(toks []token, i, b int) bool {
	if b-i < 2 || b-i > 4 || !ix.lx.rolePreps[toks[i].lower] {
		return false
	}
	for _, t := range toks[i+1 : b] {
		if !t.word() || !t.cap {
			return false
		}
	}
	return true
}

// clauseOpener reports whether t, before a subject, opens its clause
// rather than ending a phrase: a conjunction or a word that is never a
// name ("enquanto Benjamin Netanyahu, de Israel, celebrou", "mientras").
func (ix *intl) clauseOpener(t token) bool {
	return t.word() && (ix.lx.conjunctions[t.lower] || ix.lx.notNames[t.lower])
}

// quotedComplement returns where an office with a quoted complement
// starts before the name at toks[lo] ("кандидат от «Новых людей»
// Владислав Даванков", "le candidat de « Renaissance » X"), or lo: the
// office, its preposition (a lower-case word) and the title of a party
// belong to the name.
func (ix *intl) quotedComplement(toks []token, lo int) int {
	if lo < 3 || !ix.titleQuote(toks, lo-1) || !toks[lo-2].word() || toks[lo-2].cap {
		return lo
	}
	w, _ := ix.core(toks[lo-3].lower)
	if !toks[lo-3].word() || !ix.lx.isRole(w) {
		return lo
	}
	if lo > 3 && toks[lo-4].word() && ix.lx.determiners[toks[lo-4].lower] {
		return lo - 4 // "el candidato de «…» X"
	}
	return lo - 3
}

// clauseAfter returns the first token of the reported clause after a
// speech verb, searching from toks[from]: the word after a complementizer
// ("que", "что", "dass"), after a colon, or, in German and Russian, after
// the comma that follows the verb or its subject, past a short adverbial
// or a particle ("sagte, ihre Regierung wolle …", "sagte am Mittwoch,
// …", "ließ X wissen, …"); -1 when there is none within eight tokens.
func (ix *intl) clauseAfter(toks []token, from int) int {
	inf := ix.infinitiveFrom(toks, from) // "disse já estar …" (ibero17_office.go)
	if c := ix.connectiveClause(toks, from); c > 0 {
		return c // "sublinhou, no entanto, que …" (ibero17_connective.go)
	}
	if c := ix.rec22mlAsideClause(toks, from); c > 0 {
		return c // "aseguró el domingo, con pocas mesas computadas, que …" (rec22ml_aside.go)
	}
	for k := from; k < len(toks) && k < from+8; k++ {
		t := toks[k]
		switch {
		case t.word() && ix.lx.complementizers[t.lower] && k > 0 && toks[k-1].is(",") && !ix.lx.inflected && !ix.lx.capNouns:
			return -1 // "contó Yelitza Marcano, que vende …": a relative clause
		case t.word() && ix.lx.complementizers[t.lower] && ix.ml31WhileQue(toks, k):
			return -1 // "a déclaré X, tandis que Y saluait …": another person's clause (ml31_whileque.go)
		case t.word() && ix.lx.complementizers[t.lower]:
			return k + 1
		case t.word() && ix.lx.code == "fr" && strings.HasPrefix(t.lower, "qu'") && len(t.lower) > 3:
			return k // "qu'il": the elided complementizer is one token with its subject
		case t.is(":"):
			return k + 1
		case k == inf && t.word() && ix.lx.infinitives[t.lower]:
			return k // "contou ter telefonado …", "dijo haber felicitado …"
		case k == inf && (ix.negatedInfinitive(toks, k) || ix.bareInfinitive(toks, k)):
			return k // "afirmó no reconocer el triunfo de X", "dijo esperar …" (intl_infclause.go)
		case k == inf && ix.addresseeInfinitive(toks, k) > 0:
			return ix.addresseeInfinitive(toks, k) // "disse aos jornalistas estar …" (ibero15_clause.go)
		case t.is(",") && (ix.lx.code == "de" || ix.lx.code == "ru") && (ix.adverbialOnly(toks[from:k]) && !ix.spokenOfFirst(toks, from) || ix.letSayClause(toks, from, k) || ix.separableSpeechClause(toks, from, k)): // "ließ gemeinsam mit Y erklären," (fgr14_lassen.go), "warf Y vor," (fgr15_separablespeech.go)
			if c := ix.colonAfterApposition(toks, k); c > 0 {
				return c // "äußerte sich X, der Stabschef des Y: …" (intl_inverted12.go)
			}
			if k+1 < len(toks) && toks[k+1].word() && ix.lx.complementizers[toks[k+1].lower] {
				return k + 2
			}
			if ix.deRelativeAt(toks, k+1) {
				return -1 // "zeigte sich X, deren Partei … scheiterte" (fgr15_deopener.go)
			}
			return k + 1
		case t.isTerm() || t.is(";"):
			return -1
		}
	}
	return -1
}

// scare reports whether the quotation toks[k] is a scare quote, which
// sentence never makes a remark: fewer than four words, no closing
// punctuation, after a word.
func (ix *intl) scare(toks []token, k int) bool {
	q := ix.x.quotes[toks[k].q]
	return q.words < 4 && !q.term && k > 0 && (toks[k-1].word() || toks[k-1].is(",") && ix.nameQuote(q)) // fgr17_namequote.go
}

// subjectEnding parses the longest speaker phrase that ends with toks[k],
// as backward does, except that a phrase after a conjunction is a subject
// too ("Pedro Gil y Luis Mora felicitaron"; backward takes "y" for a
// preposition and stops after it).
func (ix *intl) subjectEnding(toks []token, k int) phrase {
	if k < 0 || !toks[k].word() {
		return phrase{}
	}
	for s := max(0, k-maxPhrase+1); s <= k; s++ {
		if s > 0 && toks[s-1].word() && ix.lx.stops[toks[s-1].lower] && !ix.lx.conjunctions[toks[s-1].lower] && !clauseConjunctionAt(toks, s-1) && ix.ml31AlsoAs(toks, s) == 0 { // "…, ainsi que l'UA ont" (ml31_alsoas.go)
			continue
		}
		if p := ix.forward(toks, s); p.ok() && p.hi == k+1 {
			return p
		}
	}
	return phrase{}
}

// openingNoun reports whether p is a single capitalised word that opens
// its sentence, is not known as a name and has no office, in a language of
// free word order: Russian often opens with the object ("Поздравления
// также направили …").
func (ix *intl) openingNoun(p phrase) bool {
	return ix.lx.freeOrder && p.lo == 0 && p.kind == pName && p.role == "" && !strings.Contains(p.name, " ") && !ix.x.known(p.name) && !ix.surnameShaped(p.name) // intl_surname.go
}

// actStart is where the text of an act by subj with the verb toks[v]
// starts: right after the subject, or, when a description between commas
// separates them ("Игорь Стоянов, которого …, признал …"), at the words
// that precede the verb (negations, auxiliaries).
func (ix *intl) actStart(toks []token, subj phrase, v int) int {
	if subj.hi < v && toks[subj.hi].is("(") && skipParenthesis(toks, v-1) == subj.hi-1 {
		return v // past "(SPÖ)"
	}
	if subj.hi >= v || !slices.ContainsFunc(toks[subj.hi:v], func(t token) bool { return t.is(",") }) {
		return subj.hi
	}
	if toks[subj.hi].is(",") && subj.hi+1 < v && !slices.ContainsFunc(toks[subj.hi+1:v], func(t token) bool { return t.is(",") }) && ix.lx.auxiliaries[toks[subj.hi+1].lower] {
		return subj.hi + 1 // "Der Sprecher des …, X, hat die Bewertung … abgetan": the act starts at the auxiliary after the apposition's comma
	}
	b := v
	for b-1 > subj.hi && toks[b-1].word() && (ix.lx.preverbs[toks[b-1].lower] || ix.lx.auxiliaries[toks[b-1].lower] || ix.lx.clitics[toks[b-1].lower]) {
		b--
	}
	return b
}

// adverbialOnly reports whether ws, the words between a speech verb (or
// its subject) and a comma, are nothing, a particle ("wissen") or a short
// adverbial opening with a preposition or a day ("am Mittwoch", "in
// Berlin", "вчера").
func (ix *intl) adverbialOnly(ws []token) bool {
	switch {
	case len(ws) == 0:
		return true
	case len(ws) > 4 || !ws[0].word():
		return false
	case len(ws) == 1 && ix.lx.particles[ws[0].lower], ix.viaParticle(ws), ix.sourceAside(ws):
		return true // "ließ über den Kreml ausrichten," (intl_letsay.go)
	}
	for _, t := range ws {
		if !t.word() || ix.lx.speechVerbs[t.lower] {
			return false
		}
	}
	return ix.lx.stops[ws[0].lower] || ix.lx.notNames[ws[0].lower]
}

// reportedBefore reads reported speech that comes before its speech verb
// and the verb's subject, after a comma, as German reports in the
// subjunctive without "dass" ("Ein Regime, das …, habe jeden Anspruch
// verspielt, sagte er in Berlin.", "Die Wahl sei nicht frei gewesen,
// erklärte die Ministerin."): the clause from the sentence start to the
// comma is the remark when it has three words or more, no quotation and
// no speech verb of its own, and nothing after the subject opens a clause
// of its own.
func (ix *intl) reportedBefore(toks []token, v int) (reportedPart, phrase, bool) {
	comma := ix.auxiliaryStart(toks, v) - 1 // "…, a affirmé X" (intl_postposed16.go)
	if comma < 3 || !toks[comma].is(",") || v+1 >= len(toks) {
		return reportedPart{}, phrase{}, false
	}
	j := v + 1
	if ix.lx.impersonal[toks[j].lower] {
		return ix.impersonalBefore(toks, v)
	}
	// "…, заявил журналистам Карл Мена", "…, a déclaré à l'AFP X"
	// (intl_postposed16.go)
	spk, subj := ix.afterAdverbial(toks, v, j)
	if !subj.ok() {
		if ix.lx.notNames[toks[j].lower] && j+1 < len(toks) {
			j++ // "sagte gestern die Ministerin"
		}
		subj = ix.apposed(toks, j)
	}
	if !subj.ok() || subj.kind == pAnonymous || subj.kind == pGroup || ix.articleNoun(toks, subj) {
		return reportedPart{}, phrase{}, false
	}
	words, start := 0, 0
	if c := slices.IndexFunc(toks[:comma], func(t token) bool { return t.is(":") }); c >= 0 {
		start = c + 1 // "X meldete sich zu Wort: Y werde …, schrieb er"
	}
	for i := start; i < comma; i++ {
		t := toks[i]
		if t.kind == tQuote && !ix.quotedFragment(toks, i) || t.word() && (ix.lx.speechVerbs[t.lower] || ix.lx.inverted[t.lower]) {
			return reportedPart{}, phrase{}, false
		}
		if t.word() {
			words++
		}
	}
	for k, t := range toks[subj.hi:] {
		if k == 0 && ix.finalDescription(toks, subj.hi) {
			break // "…, a indiqué Anne Vidal, porte-parole du gouvernement." (intl_postposed16.go)
		}
		if k == 0 && ix.closesApposition(toks, v, subj) {
			continue // "…, sagte ein Sprecher, Ivo Kask, am Montag." (fgr17_apposclose.go)
		}
		if t.is(":") || t.is(",") || t.kind == tQuote || t.word() && ix.lx.complementizers[t.lower] {
			return reportedPart{}, phrase{}, false
		}
	}
	if words < 3 {
		return reportedPart{}, phrase{}, false
	}
	if spk == nil {
		spk = ix.resolve(subj)
	}
	return reportedPart{spk: spk, kind: Reported, cs: start, lo: start, fixed: comma}, subj, true
}

// quotedFragment reports whether the quotation toks[k] quotes a few
// words inside a clause ("Die Grünen wollten „mit allen Parteien“
// sprechen, sagte X"): it follows a word, ends with none of a sentence's
// marks and starts in lower case.
func (ix *intl) quotedFragment(toks []token, k int) bool {
	q := ix.x.quotes[toks[k].q]
	if k == 0 || !toks[k-1].word() || q.term {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(ix.x.text[q.cstart:q.cend], unicode.IsSpace))
	return unicode.IsLower(r)
}

// articleNoun reports whether p, read as a name, is a capitalised noun
// after an article in a language that capitalises its nouns: "…,
// kritisierte die Wahl" names an election, not a speaker called Wahl. A
// person after an article comes with an office ("sagte die Kanzlerin X").
func (ix *intl) articleNoun(toks []token, p phrase) bool {
	if !ix.lx.capNouns || p.kind != pName || p.role != "" {
		return false
	}
	article := func(k int) bool { return k >= 0 && toks[k].word() && ix.lx.determiners[toks[k].lower] }
	return article(p.lo) || article(p.lo-1)
}

// impersonalBefore reads subjunctive speech before an impersonal
// attribution that names its source after a preposition ("X habe …
// gratuliert, hieß es am Montag aus dem Élysée-Palast"): the clause is
// the source's, the source what comes first after the preposition.
func (ix *intl) impersonalBefore(toks []token, v int) (reportedPart, phrase, bool) {
	for i, t := range toks[:v-1] {
		if t.kind == tQuote && !ix.quotedFragment(toks, i) || t.word() && (ix.lx.speechVerbs[t.lower] || ix.lx.inverted[t.lower]) {
			return reportedPart{}, phrase{}, false
		}
	}
	for k := v + 2; k < len(toks) && k <= v+4 && toks[k].word(); k++ {
		if spk, ok := ix.pastAdverbial(toks, k); ok && spk != nil {
			return reportedPart{spk: spk, kind: Reported, cs: 0, lo: 0, fixed: v - 1}, phrase{kind: pPronoun, lo: v + 1, hi: v + 2}, true
		}
	}
	return reportedPart{}, phrase{}, false
}

// skipParenthesis returns the index before a short parenthesis that ends
// at toks[b] (a party or a country after a name: "Kern (SPÖ)"), or b.
func skipParenthesis(toks []token, b int) int {
	if b < 0 || !toks[b].is(")") {
		return b
	}
	for i := b - 1; i >= 0 && i >= b-5; i-- {
		if toks[i].is("(") {
			return i - 1
		}
	}
	return b
}

// subordinateSubject finds, in German, the subject of a verb that ends a
// subordinate clause ("Als Wladimir Putin am Montag … Lukaschenko
// gratulierte, lag …"): the person named in full right after the
// subordinating conjunction that opens the clause, when the verb is
// followed by a comma or ends the sentence.
func (ix *intl) subordinateSubject(toks []token, v int) phrase {
	if !ix.lx.capNouns || v+1 < len(toks) && !toks[v+1].is(",") && !toks[v+1].isTerm() {
		return phrase{}
	}
	c := v - 1
	for c >= 0 && !toks[c].is(",") && !toks[c].isTerm() && toks[c].kind != tQuote && v-c < 20 {
		c--
	}
	if !ix.subordinator(toks, c+1) {
		return phrase{}
	}
	if p := ix.apposed(toks, c+2); ix.isPerson(p) && p.hi < v {
		return p
	}
	return phrase{}
}

// subordinator reports whether toks[i] is a German subordinating
// conjunction that may open a clause whose subject follows it.
func (ix *intl) subordinator(toks []token, i int) bool {
	return ix.lx.capNouns && i >= 0 && i < len(toks) && toks[i].word() && germanSubordinators[toks[i].lower]
}

// innerActors adds, after each reported clause whose subject is a person
// named in full (or known) and whose next few words recognise a result or
// refuse to ("По словам Пескова, Владимир Путин поздравлять Санду не
// планирует", "dijo que el presidente Gil ya felicitó a …"), an act of
// that person with the clause's span: the reporter said it, and the
// person it names did it, as English reads "the Kremlin said Putin had
// sent a telegram".
func (ix *intl) innerActors(toks []token, parts []reportedPart) []reportedPart {
	var out []reportedPart
	for i, p := range parts {
		out = append(out, p)
		if p.kind != Reported || p.cs >= len(toks) || i+1 < len(parts) && parts[i+1].cs == p.cs {
			continue // read already by the act's own verb
		}
		start := ix.rec22mlInnerStart(toks, p.cs) // "À Paris, X a téléphoné …" (rec22ml_inner.go)
		if start+1 < len(toks) && ix.lx.notNames[toks[start].lower] {
			start++ // "Auch Frankreichs Präsident X habe …"
		}
		q := ix.apposed(toks, start)
		if !ix.isPerson(q) {
			continue
		}
		span := rec22mlInnerSpan // "X в понедельник позвонил Y и поздравил …" (rec22ml_inner.go)
		for i := q.hi; i < len(toks) && i < q.hi+span && toks[i].word(); i++ {
			if ix.lx.recognition(toks[i].lower) && !ix.rev22rmlAttributive(toks, i) { // "al reconocido economista" (rev22rml_inner.go)
				if s := ix.resolve(q); s != nil && s != p.spk {
					out = append(out, reportedPart{spk: s, kind: Action, cs: p.cs, lo: p.lo, fixed: p.fixed})
				}
				break
			}
		}
	}
	return out
}

// freeOrderBefore finds, in a language of free word order, a subject
// before the verb that the words right before it do not give: past one
// object ("Дональд Трамп поражения не признал"), or a list set off by
// dashes ("Соперники Путина — коммунист Николай Харитонов и кандидат …
// Владислав Даванков — поздравили его"), whose last person is returned
// (coordinated finds the others). b is the token before the verb and its
// preverbs. The subject must be a person named in full.
func (ix *intl) freeOrderBefore(toks []token, b int) phrase {
	if !ix.lx.freeOrder || b < 1 {
		return phrase{}
	}
	if isDash(toks[b]) {
		if p := ix.subjectEnding(toks, b-1); ix.isPerson(p) {
			return p
		}
		return phrase{}
	}
	if toks[b].word() && !toks[b].cap && !ix.lx.stops[toks[b].lower] {
		if p := ix.subjectEnding(toks, b-1); ix.isPerson(p) && ix.subjectStart(toks, p.lo) {
			return p
		}
	}
	return phrase{}
}

// pastAdverbs returns the index after up to two adverbs from toks[i]
// (words of notNames or preverbs, such as "auch", "dann", "selbst", but
// no negation nor auxiliary) that stand between a German verb in second
// place and its subject ("hat auch der Präsident X … gratuliert").
func (ix *intl) pastAdverbs(toks []token, i int) int {
	for n := 0; n < 2 && i+1 < len(toks) && toks[i].word(); n++ {
		w := toks[i].lower
		if !(ix.lx.notNames[w] || ix.lx.preverbs[w]) || ix.lx.negators[w] || ix.lx.auxiliaries[w] || ix.lx.pronouns[w] {
			break
		}
		i++
	}
	return i
}

// perfectSubject finds, in German, the subject of a participle that ends
// its clause after an auxiliary in second place ("Noch vor Hofers
// Erklärung hatte der Landesparteisekretär Wolfgang Prenner der Austria
// Presse Agentur gesagt, man werde …"): the person named in full right
// after the auxiliary.
func (ix *intl) perfectSubject(toks []token, v int) phrase {
	if !ix.lx.capNouns || !ix.lx.speechVerbs[toks[v].lower] && !ix.lx.actionVerbs[toks[v].lower] && !ix.lx.firstVerbs[toks[v].lower] {
		return phrase{}
	}
	limit := v - 14
	for a := v - 2; a >= 0 && a >= limit && !toks[a].isTerm() && toks[a].kind != tQuote; a-- {
		if toks[a].is(",") {
			if !ix.listedParticiple(toks, a, v) {
				break
			}
			limit = a - 14 // "angerufen, ihm gratuliert" (intl_perfectlist13.go)
		}
		if toks[a].word() && ix.lx.auxiliaries[toks[a].lower] {
			if p := ix.subjectEnding(toks, a-1); ix.isPerson(p) && ix.subjectStart(toks, p.lo) && !obliqueOpening(toks, p.lo) {
				return p // "X hatte schon … zu den Ersten gehört": the subject before the auxiliary, whatever names follow it ("X hat Y angerufen")
			}
			if p := ix.appositionBefore(toks, a-1); ix.isPerson(p) && ix.subjectStart(toks, p.lo) {
				return p // "Der Sprecher des …, X, hat … abgetan" (intl_perfectlist13.go)
			}
			if p := ix.apposed(toks, ix.pastAdverbs(toks, a+1)); ix.isPerson(p) && p.hi < v {
				return p
			}
			return ix.openingPronoun(toks, a-1) // "Sie hatte … erklärt" (intl_pronoun.go)
		}
	}
	return phrase{}
}
