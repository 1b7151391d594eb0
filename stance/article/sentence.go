package article

import (
	"slices"
	"strings"
)

// The remarks of one sentence are found in this order, each step a method
// below:
//
//  1. mentions: remember the names the sentence gives in full or with a
//     title, and the person opening it (openingSubject); an interviewer's
//     question ("Q: …?") stops here;
//  2. verbRemarks: every speech or stance verb with a subject gives a
//     reported remark, an action, or attributes a quotation next to it
//     (verb → subject, then stanceClause or speechClause; inverted and
//     invertedFronted for "…, said X"; coSubjects for "A and B";
//     embeddedActor for "the Kremlin said Putin had sent …"; silence for
//     "X remained silent");
//  3. interview: "We spoke to X" names who answers after "A:";
//  4. listRemarks: "Leaders who sent congratulations included A, B and
//     C" gives each of them the action (includedList; so do receivedFrom,
//     cameFrom, amongThose, passiveBy, and soDid and norDid: "So did A and
//     B" after an act);
//  5. accordingTo: "According to X, …" and "…, according to X";
//  6. headlineColon: a headline "X: no rush to recognise";
//  7. attributeQuotes: quotations no verb claimed take the sentence's
//     speaker, or the previous sentence's, or stay orphans;
//  8. directRemarks: every quotation that is neither absorbed by a
//     reported clause nor an orphan scare quote becomes a direct remark;
//  9. answer: in an interview answer, a sentence without a remark is the
//     interviewee's;
//  10. handOn: what the next sentence may use (its speaker, a pending
//     "He added:", the subject of a sentence without remarks).
//
// Speakers are resolved and merged in speaker.go; finish (extract.go)
// names them, sorts the remarks and groups them into runs.

// sentState is what the steps of one sentence share.
type sentState struct {
	toks     []token
	headline bool
	first    bool // the sentence opens its paragraph
	// sent is the sentence's speaker so far (have: one was found, possibly
	// nil for an unresolvable "they").
	sent *speaker
	have bool
	// last is the speaker of the sentence's last remark.
	last    *speaker
	lastSet bool
	// pending is set when the sentence ends with "X said:".
	pending  *speaker
	nRemarks int      // len(x.remarks) before the sentence
	seg      int      // first token not yet part of a remark
	opening  phrase   // the person opening the sentence, if any
	openSpk  *speaker // the speaker opening resolves to
	fallback bool     // any finite verb is read as a stance verb (clause_fallback.go)
}

// sentence finds the remarks of one sentence.
func (x *extractor) sentence(s sentence, c *context, first bool) {
	toks := x.toks[s.lo:s.hi]
	x.prepare(toks)
	st := &sentState{toks: toks, headline: x.blocks[s.block].headline, first: first, nRemarks: len(x.remarks)}
	x.prevNamed = nil
	if x.nNamed == 1 {
		x.prevNamed = x.sentNamed
	}
	x.prevOnlyOpener = nil
	if x.nNamed == 0 {
		// A name opening the sentence is no mention's; one that spoke there
		// is not what the next sentence's office describes ("Ivo Kask said
		// the count was clean. The foreign minister said …").
		x.prevOnlyOpener = x.quietOpener
	}
	x.rec25Shift(toks, first) // rec25en_introduced.go
	x.sentNamed, x.nNamed = nil, 0
	x.prevQuiet, x.quietOpener = x.quietOpener, nil
	x.noteActor(first) // described.go
	x.prevOpener, x.opener = x.opener, nil
	x.noteMentions(toks)
	if x.blocks[s.block].question && toks[len(toks)-1].is("?") {
		// An interviewer's question ("Q: Would X accept …?") says nothing
		// about anyone's stance; a statement before it may ("Q: Clinton
		// has conceded. What now?"). The one person it names with a title
		// or in full is whom "he" or "she" in the answer means ("Q: What
		// did President X tell Y? A: He called him …").
		x.handOn(st, c)
		if x.nNamed == 1 {
			x.lastSingular = x.sentNamed
		} else if x.nNamed == 0 {
			if q := x.questionSubject(toks); q != nil {
				x.lastSingular = q // "Q: How did Kask take it?"; en15_interview.go
			}
		}
		return
	}
	if x.signature(st, s, c) || x.speakerHeader(st, s, c) { // mm20_header.go
		return
	}
	// The subject opening the sentence becomes the antecedent of a later
	// "he" or "the minister" even if it says nothing here.
	st.opening = x.sentenceOpening(toks) // en14_opening.go
	if first {
		x.paraOpener = nil
	} else {
		x.describedPrev(st.opening)
	}
	if !st.opening.ok() {
		x.possessiveTopic(toks) // en15_pronoun.go: "Soren's response was …"
	}
	if st.opening.ok() {
		spk := x.resolve(st.opening)
		st.openSpk = spk
		x.noteOpenPerson(st.opening, spk) // en19_bodypronoun.go
		if st.opening.kind == pName && st.opening.lo <= x.datelineEnd(toks)+1 {
			x.opener = canonOf(spk) // a named person (not "A spokesman", which may resolve to one)
		}
		if first && st.opening.kind == pName {
			x.paraOpener = spk
		}
	}
	x.verbRemarks(st)
	x.leadParticipleAct(st) // mm21_lead.go
	x.echoAttribution(st)   // mm21_words.go
	x.interview(st)
	x.spokeToInterviewer(st.toks) // en15_interview.go
	x.listRemarks(st)
	x.accordingTo(st)
	x.inHisView(st) // en15_view.go
	x.headlineColon(st)
	x.attributeQuotes(st, c)
	x.directRemarks(st)
	x.answer(st, s)
	x.en32SignedProse(st, s) // en32_signed.go
	x.clauseFallback(st)     // clause_fallback.go
	x.handOn(st, c)
	x.noteQuietOpener(st) // en14_interview.go
}

// listRemarks is step 4: the actions a sentence gives to people it lists
// or names after the act ("Leaders who sent congratulations included A, B
// and C", "… received calls from A and B", "… came from A", "among those
// who …", "… was congratulated by A", "So did A and B", "Nor did A").
func (x *extractor) listRemarks(st *sentState) {
	x.includedList(st)
	x.receivedFrom(st)
	x.cameFrom(st)
	x.followedFrom(st) // rec31en_followed.go
	x.othersActs(st)   // rec31en_others.go
	x.amongThose(st)
	x.passiveBy(st) // passiveby.go
	x.soDid(st)
	x.norDid(st) // en15_pronoun.go
}

// describedPrev ties a description opening a sentence to the one person
// the previous sentence of the paragraph named: "Contrast that with Ivo
// Kask. The populist former senator, known to all as Payo, finished
// third" — reporters vary a name with a description, and a later "he" or
// "the former senator" is that person. The description must be a definite
// office without proper modifiers ("the Russian president" names a
// country's office, not a description) but a party's ("the Communist
// leader": partisanOnly), not a spokesperson, and match
// nobody the article has met; the person must have no role yet, and takes
// the description as role.
func (x *extractor) describedPrev(ph phrase) {
	s := x.prevNamed
	if s == nil {
		s = canonOf(x.prevOnlyOpener) // "Jo Roe was having none of it. The populist former senator …"
	}
	if ph.kind != pRole || !ph.definite || !partisanOnly(ph.properMods) || spokesRoles[ph.head] || s == nil || s.role != "" || s.kind != pName {
		return
	}
	for _, e := range x.entries {
		if e = e.canon(); e != s && (e.kind == pName || e.kind == pRole) && e.matches(ph.head, ph.mods) {
			return
		}
	}
	s.role = ph.role
}

// speaks makes spk the sentence's speaker.
func (st *sentState) speaks(spk *speaker) { st.sent, st.have = spk, true }

// attribute gives the quotation toks[k] to spk unless it already has a
// speaker or was absorbed.
func (x *extractor) attribute(st *sentState, k int, spk *speaker, follows bool) {
	q := st.toks[k].q
	if x.qState[q] == qPending {
		x.qState[q] = qAttributed
		x.qSpk[q] = spk
		x.qFollows[q] = follows
	}
}

// report records toks[cs:ce] as a reported remark (or an action) of spk.
// A clause of fewer than three words (two for an action) is no remark; a clause that is just
// one quotation attributes the quotation instead; quotations inside the
// clause are absorbed into it (scare quotes in reported speech).
func (x *extractor) report(st *sentState, cs, ce int, spk *speaker, kind Kind) bool {
	toks := st.toks
	minWords := 3
	if kind == Action {
		minWords = 2 // "congratulated Biden", "stayed silent"
	}
	if ce <= cs || x.words[ce]-x.words[cs] < minWords {
		return false
	}
	if ce-cs == 1 && toks[cs].kind == tQuote {
		x.attribute(st, cs, spk, false)
		return true
	}
	for k := cs; k < ce; k++ {
		if toks[k].kind == tQuote {
			x.qState[toks[k].q] = qAbsorbed
		}
	}
	st.seg = ce
	start, end := toks[cs].start, toks[ce-1].end
	x.add(Remark{Text: x.text[start:end], Kind: kind, Start: start, End: end, QuoteStart: start, QuoteEnd: end, Headline: st.headline}, spk, false)
	st.last, st.lastSet = spk, true
	return true
}

// verbRemarks scans the sentence for speech and stance verbs and for
// reports of silence.
func (x *extractor) verbRemarks(st *sentState) {
	for i := leadParticipleSkip(st.toks); i < len(st.toks); i++ { // mm21_lead.go
		t := st.toks[i]
		if t.word() && !freeRelativeName(st.toks, i) && (sayVerbs[t.lower] || contentVerbs[t.lower] && !celebratedAbout(st.toks, i) && !rangNoCall(st.toks, i) && !selfDescribed(st.toks, i) || silence(st.toks, i) || goesOn(st.toks, i) || leadInSay(st.toks, i) || judgedFair(st.toks, i) || signedDocument(st.toks, i) || contactPurpose(st.toks, i) || retraction(st.toks, i) || vowTo(st.toks, i) || pressedTo(st.toks, i) ||
			victoryClaim(st.toks, i) || sameAct(st.toks, i) || toneAt(st.toks, i) || similarAt(st.toks, i) || phrasalStance(st.toks, i) || doubtCast(st.toks, i) || putItColon(st.toks, i) >= 0 || rec24enEarly(st.toks, i) || rec27MadeClear(st.toks, i) || rec27FurtherAct(st.toks, i) ||
			rec28enGreetsResult(st.toks, i) || rec28enDelivers(st.toks, i) || rec28enLeadInGreets(st.toks, i) || lab28enOmission(st.toks, i)) { // en17_tone.go, similar.go, en18_phrasal.go; rec24en_early.go; rec27en_madeclear.go; rec28en_greet.go, rec28en_leadin.go; lab28en_omit.go
			i = x.verb(st, i)
		}
	}
}

// askedTo reports whether the speech verb toks[i] is "asked" making a
// request of someone ("asked both camps to hold back", "asked anyone
// contesting the outcome to use the courts") rather than a question
// ("asked whether …", "asked reporters: …"): the request is an act, read
// as "urged them to …" is. The "to" must come within six words, with
// only words before it.
func askedTo(toks []token, i int) bool {
	return askVerbs[toks[i].lower] && requestTo(toks, i)
}

// requestTo reports whether an object and "to" follow the verb toks[i]
// within six words, with only words before the "to" (askedTo, pressedTo).
func requestTo(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+7; k++ {
		switch {
		case k == i+1 && toks[k].is("for"):
			// "asked for every result to be published": a request of no
			// one in particular, read as "called for" is
		case !toks[k].word() || toks[k].is("that") || blockedBefore[toks[k].lower] && !toks[k].is("to"):
			return false
		case toks[k].is("to"):
			return k > i+1 && k+1 < len(toks) && toks[k+1].word() && !saidAfterComma(toks, k) &&
				!(toks[i+1].is("for") && (determiners[toks[k+1].lower] || toks[k+1].is("no"))) // not "asked for comment to no avail"
		}
	}
	return false
}

// saidAfterComma reports whether a speech verb follows a comma after
// toks[k] ("Analysts asked investors to wait, the bank's economist Mara
// Holt said"): the sentence is that speaker's report, and the request
// inside it is not the reporter's own act. A participle after the comma
// (", saying …", ", without saying …") is the requester's own.
func saidAfterComma(toks []token, k int) bool {
	comma := false
	for j, t := range toks[k:] {
		if rec28enJoinedAt(toks, k+j) {
			return false // rec28en_joined.go: ", and the chairman, Lena Dal, said …"
		}
		comma = comma || t.is(",")
		if comma && t.word() && sayVerbs[t.lower] && !strings.HasSuffix(t.lower, "ing") { // not "…, without saying …"
			return true
		}
	}
	return false
}

// celebratedAbout reports whether toks[i] is "celebrated" without an
// object ("supporters celebrated in the streets", "celebrated late into
// the night", "celebrated openly"): a crowd's joy, not a reaction to the result by someone who
// speaks. With the result for object ("celebrated the win as proof …")
// it is one; another object ("celebrated his birthday") or a game's win
// in a sentence of sport (sportsWords) is none.
func celebratedAbout(toks []token, i int) bool {
	if !celebrateVerbs[toks[i].lower] {
		return false
	}
	if i+1 >= len(toks) || !toks[i+1].word() || objectlessAfter[toks[i+1].lower] || lyAdverb(toks[i+1]) {
		return true
	}
	words := []string{toks[i].lower}
	for k := i + 1; k < len(toks) && k <= i+5 && toks[k].word(); k++ {
		words = append(words, toks[k].lower)
	}
	return !resultObject(words, 0) || slices.ContainsFunc(toks, func(t token) bool { return t.word() && sportsWords[t.lower] })
}

// verb handles the speech or stance verb toks[i] and returns the index of
// the last token it consumed (i when it consumed only the verb).
func (x *extractor) verb(st *sentState, i int) int {
	toks := st.toks
	t := toks[i]
	if next, ok := x.inverted(st, i); ok {
		return next
	}
	if i > 0 && toks[i-1].word() && passiveAux[toks[i-1].lower] && !strings.HasSuffix(t.lower, "ing") {
		return i // "Halvek, who was declared the winner": nobody speaks
	}
	if agentBy(toks, i) || en32Fronted(toks) == i || sameAct(toks, i) && !x.actJustBefore(st) || (similarAt(toks, i) || toneAt(toks, i) || backedShapeAt(toks, i)) && !x.remarkJustBefore(st) {
		// "a vote boycotted by the opposition and condemned within hours by
		// a bloc of governments"; "did the same" after no act (en16_same.go)
		return i
	}
	ph, how, after := x.subject(toks, i)
	if th, end := x.throughObject(toks, i, ph, how); th.ok() {
		// "The conference said through its secretary-general, Jo Roe, that …": the officer speaks
		spk := x.resolve(th)
		st.speaks(spk)
		return x.speechClause(st, end, th, subjPhrase, spk)
	}
	if how == subjNone {
		if ph, after = x.reportedThatSubject(st, i); !ph.ok() { // rec31en_that.go: "state media reported that X had congratulated W"
			return x.invertedFronted(st, i)
		}
		how = subjPhrase
	}
	if how == subjPhrase && lab31enPendingAct(toks, ph, i) || st.fallback && !(how == subjPhrase && x.fallbackSubject(toks, ph)) {
		return i // lab31en_pending.go: "wait until … before Vask acknowledges Dal"; clause_fallback.go
	}
	if how == subjPhrase && relativeGap(toks, ph, i) {
		return x.gapClause(st, i, ph) // en17_gap.go: "a video that aides said had been recorded"
	}
	if how == subjPhrase {
		ph = x.quotedDescription(toks, ph)
	}
	aside := how == subjPhrase && (x.subordinateAside(st, ph, i) || whoseRelative(toks, ph) || st.fallback && wordBefore(toks, ph, asideSubordinators)) // clause_fallback.go; en17_gap.go: "X, … before Kerry had conceded, said"; rec22en_whose.go: "X, whose party had backed Kask, …"
	if aside {
		how = subjRelative          // the clause ends at the aside's comma
		ph = x.whoseOwner(toks, ph) // rev22ren_whose.go: "X, whose government congratulated W, …"
	}
	spk, co, ok := x.verbSpeaker(st, i, ph, how) // en17_list.go
	if !ok {
		return i
	}
	if !aside {
		st.speaks(spk)
	}
	// “…,” X said
	if how == subjPhrase {
		if qi := quoteBefore(toks, ph.lo); qi >= 0 {
			x.attribute(st, qi, spk, false)
			return i
		}
	}
	silent := silence(toks, i)
	content := silent || stanceVerbAt(toks, i) || st.fallback
	before := len(x.remarks)
	next := i
	if content && !(i+1 < len(toks) && toks[i+1].is("that")) {
		cs := after
		if how == subjSentence {
			cs = i
		}
		next = x.stanceClause(st, i, cs, how, spk, silent)
	} else {
		next = x.speechClause(st, i, ph, how, spk)
	}
	if len(x.remarks) == before+1 && x.remarks[before].Kind != Direct {
		x.shareRemark(toks, before, co, spk)
		if c := x.cut[min(i+1, len(toks))]; asDid(toks, c) {
			// "A also congratulated W, as did B and C": B and C did it too.
			r := x.remarks[before].Remark
			for _, p := range x.asDidNames(toks, asDidStart(toks, c)) {
				x.add(r, x.resolve(p), false)
			}
		}
	}
	return next
}

// invertedSubjectAt returns where the subject of an inverted attribution
// starts when the medium comes first ("“…,” announced on Twitter the
// outgoing president, Ivan Duque"; "said in a statement the ministry"): a
// preposition of place (tailPreps), an optional determiner and at most
// three lower-case or capitalised words before "the"; otherwise k.
func invertedSubjectAt(toks []token, k int) int {
	if k >= len(toks) || !toks[k].word() || !tailPreps[toks[k].lower] {
		return k
	}
	j := k + 1
	if j < len(toks) && toks[j].word() && invertedDeterminers[toks[j].lower] {
		j++
	}
	for n := 0; j < len(toks) && n < 3; n, j = n+1, j+1 {
		if !toks[j].word() {
			return k
		}
		if toks[j].is("the") && n > 0 {
			return j
		}
	}
	return k
}

// stanceVerbAt reports whether toks[i] opens a stance clause rather than
// a speech clause: a content verb or one of the constructions that make an
// act of a verb ("has yet to …", "sent greetings", "did the same"), or a
// say verb with "of/against/about" ("warned of …", "cautioned against …"),
// which keeps the verb in the remark.
func stanceVerbAt(toks []token, i int) bool {
	t := toks[i]
	if sayVerbs[t.lower] && !objectSayVerbs[t.lower] && i+1 < len(toks) && (toks[i+1].is("of") || toks[i+1].is("against") || toks[i+1].is("about")) {
		return true
	}
	return contentVerbs[t.lower] || openUnsaid(toks, i) || greets(toks, i) || askedTo(toks, i) || judgedFair(toks, i) || signedDocument(toks, i) || contactPurpose(toks, i) || retraction(toks, i) || vowTo(toks, i) || pressedTo(toks, i) ||
		victoryClaim(toks, i) || sameAct(toks, i) || toneAt(toks, i) || similarAt(toks, i) || phrasalStance(toks, i) || doubtCast(toks, i) || rec24enEarly(toks, i) || rec27FurtherAct(toks, i) ||
		rec28enGreetsResult(toks, i) || rec28enDelivers(toks, i) || rec28enLeadInGreets(toks, i) || lab28enOmission(toks, i) // rec28en_greet.go, rec28en_leadin.go; lab28en_omit.go; rec24en_early.go; rec27en_further.go; mm21_doubt.go; en16_victory.go, en16_same.go, en17_tone.go, similar.go, en18_phrasal.go
}

// shareRemark gives the remark x.remarks[before] of spk to each of the
// subjects coordinated with spk ("A and B have yet to congratulate the
// winner": one remark each).
func (x *extractor) shareRemark(toks []token, before int, co []phrase, spk *speaker) {
	if len(co) == 0 {
		return
	}
	if n := correlativeStart(toks, co[len(co)-1].lo); n >= 0 {
		// Widen the act to "Neither … has congratulated W".
		r := &x.remarks[before].Remark
		r.Start, r.QuoteStart = toks[n].start, toks[n].start
		r.Text = x.text[r.Start:r.End]
	}
	r := x.remarks[before].Remark
	for _, c := range co {
		x.add(r, x.resolve(c), false)
	}
	x.lastSingular = spk
}

// asDid reports whether the comma toks[k] opens ", as did B" (", as have
// B and C", ", as does B"): the clause before it ends there, and B did
// what the subject did.
func asDid(toks []token, k int) bool {
	return asDidStart(toks, k) >= 0
}

// asDidStart returns the index of the list after ", as did" (or ", and so
// did", ", and so too has": "Ivo Kask rang to congratulate her, and so did
// Lena Dal", the same comparison told as a joined clause) at the comma
// toks[k], or -1.
func asDidStart(toks []token, k int) int {
	if k+3 >= len(toks) || !toks[k].is(",") {
		return -1
	}
	j := k + 1
	switch {
	case toks[j].is("as"):
		j++
	case toks[j].is("and") && toks[j+1].is("so"):
		j += 2
		if j < len(toks) && toks[j].is("too") {
			j++
		}
	default:
		return -1
	}
	if j+1 >= len(toks) || !toks[j].word() || !asDidAux[toks[j].lower] {
		return -1
	}
	return j + 1
}

// asDidNames returns the names of the list after ", as did" (from
// toks[j]): "the rulers of Tarn, Velor and Norland's President Ivo Kask"
// gives Velor and Ivo Kask. An item that is no name ("the rulers of
// Tarn", or a name's description, "the current chair of the bloc": at
// most asDidItem words) is stepped over; the list ends at a word
// that is neither in an item nor a separator.
const asDidItem = 8

func (x *extractor) asDidNames(toks []token, j int) []phrase {
	var out []phrase
	for n := 0; j < len(toks) && n < 8; n++ {
		ph := forwardRun(x.text, toks, j)
		if ph.kind == pRole {
			ph = forward(x.text, toks, j) // "the president of Tarn, Ivo Kask"
		}
		if ph.kind == pName {
			out = append(out, ph)
			j = skipOrigin(toks, ph.hi)
		} else {
			e := j
			for e < len(toks) && e < j+asDidItem && toks[e].word() && !toks[e].is("and") && !sayVerbs[toks[e].lower] && !contentVerbs[toks[e].lower] {
				e++
			}
			if e == j {
				break
			}
			j = e
		}
		sep := false
		for j < len(toks) && (toks[j].is(",") || toks[j].is("and")) {
			j, sep = j+1, true
		}
		if !sep {
			break
		}
	}
	return out
}

// agentBy reports whether the verb toks[i], in -ed, is a passive
// participle with its agent: "by" within the three tokens after it, then a
// determiner or a capitalised word ("condemned within hours by a bloc of
// governments", "congratulated by President Kask"), not a means ("by
// phone", "by letter": "congratulated Lima by phone" has its object first)
// nor a time ("had not conceded by Monday evening", "by the end of the day").
func agentBy(toks []token, i int) bool {
	if !strings.HasSuffix(toks[i].lower, "ed") {
		return false
	}
	for k := i + 1; k+1 < len(toks) && k <= i+3; k++ {
		if !toks[k].word() || objectBefore(toks[k]) {
			return false // "congratulated Lima by WhatsApp", "congratulated him by Zoom": an object, so active
		}
		if toks[k].is("by") {
			n := toks[k+1]
			if n.word() && determiners[n.lower] && k+2 < len(toks) {
				n = toks[k+2] // "by a bloc", "by the end of the day"
			} else if !n.cap {
				return false
			}
			return n.word() && !meansNouns[n.lower] && !timeWords[n.lower]
		}
	}
	return false
}

// objectBefore reports whether t, between a verb in -ed and "by", is its
// object (a name or an object pronoun; a day or month is a time).
func objectBefore(t token) bool {
	return t.cap && !timeWords[t.lower] || pronounObjects[t.lower]
}

// quotedDescription widens a named subject that follows a quotation over
// the lower-case words of its description ("“…,” jury president Jorge
// Salas said"; "electoral court president"): the phrase reader stops at a
// word it does not know as a title, and the quotation would lose its
// speaker. Only words that describe (no clause or function word) and at
// most four of them are taken.
func (x *extractor) quotedDescription(toks []token, ph phrase) phrase {
	if ph.kind != pName || quoteBefore(toks, ph.lo) >= 0 {
		return ph
	}
	lo := ph.lo
	for n := 0; n < 4 && lo > 0 && describingWord(toks[lo-1]); n++ {
		lo--
	}
	if lo == ph.lo || quoteBefore(toks, lo) < 0 {
		return ph
	}
	if w := interpret(x.text, toks, lo, ph.hi); w.kind == pName && w.name == ph.name {
		return w
	}
	return ph
}

// describingWord: a lower-case word that can stand in a description
// before a name ("jury", "electoral", "court").
func describingWord(t token) bool {
	return t.word() && !t.cap && !lyAdverb(t) && !clauseWords[t.lower] && !blockedBefore[t.lower] && !determiners[t.lower] &&
		!sayVerbs[t.lower] && !contentVerbs[t.lower] && !auxWords[t.lower]
}

// goesOn reports whether toks[i] opens "went on" or "goes on" used as a
// speech verb: "on" ends the clause or comes before a colon or a
// quotation ("…,” he went on.", "She went on: “…”"), not "went on to
// win" or "went on television".
func goesOn(toks []token, i int) bool {
	if i+1 >= len(toks) || !goOnVerbs[toks[i].lower] || !toks[i+1].is("on") {
		return false
	}
	return i+2 == len(toks) || toks[i+2].isTerm() || toks[i+2].is(":") || toks[i+2].is(",") || toks[i+2].kind == tQuote
}

// correlativeName parses the name ending at toks[j] without a leading
// "both", "either" or "neither" ("Both A and B congratulated …",
// "Neither A nor B has congratulated …").
func (x *extractor) correlativeName(toks []token, j int) phrase {
	p := backward(x.text, toks, j)
	if p.kind == pName && !correlatives[toks[p.lo].lower] {
		return p
	}
	for k := j - 1; k >= 0 && k >= j-maxPhrase; k-- {
		if correlatives[toks[k].lower] {
			if q := interpret(x.text, toks, k+1, j+1); q.kind == pName {
				return q
			}
			break
		}
	}
	return p
}

// neitherNor reports whether the subject ending at toks[k] is "neither A
// nor B": "neither" within twelve tokens before it, and "nor" between.
func neitherNor(toks []token, k int) bool {
	n := correlativeStart(toks, k+1)
	if n < 0 {
		return false
	}
	for j := n + 1; j <= k; j++ {
		if toks[j].is("nor") {
			return true
		}
	}
	return false
}

// correlativeStart is the index of the "neither" that opens a list of
// co-subjects before toks[lo], or -1: the negation belongs to every
// actor's act ("Neither A nor B has congratulated W").
func correlativeStart(toks []token, lo int) int {
	for k := lo - 1; k >= 0 && k >= lo-12; k-- {
		if toks[k].is("neither") {
			return k
		}
		if toks[k].isTerm() || toks[k].kind == tQuote || toks[k].is(";") {
			break
		}
	}
	return -1
}

// silence reports whether toks[i] reports that someone said nothing:
// "remained silent", "declined to comment", "has not commented", "made
// no comment", "has said nothing in public" (but "said nothing had been
// decided" reports a clause).
func silence(toks []token, i int) bool {
	w := func(k int) string {
		if k >= 0 && k < len(toks) && toks[k].word() {
			return toks[k].lower
		}
		return ""
	}
	switch t := w(i); {
	case silenceVerbs[t]:
		return silentWords[w(i+1)]
	case noCommentVerbs[t]:
		return w(i+1) == "to" && (w(i+2) == "comment" || w(i+2) == "respond" || w(i+2) == "react")
	case sayVerbs[t] && w(i+1) == "nothing":
		return !finiteAux[w(i+2)]
	case t == "made":
		k := i + 2
		if silenceAdjectives[w(k)] {
			k++ // "made no public comment"
		}
		return w(i+1) == "no" && (w(k) == "comment" || w(k) == "statement")
	case commentVerbs[t]:
		k := i - 1
		for ; k >= 0 && k >= i-4 && auxWords[w(k)]; k-- {
			if negations[w(k)] {
				return true
			}
		}
		// "Neither A nor B has commented": the negation opens the subject.
		return k < i-1 && neitherNor(toks, k)
	case bareCommentVerbs[t]:
		return yetOrDidNot(w(i-1), w(i-2), w(i-3))
	case unsaidVerbs[t]:
		return unsaid(toks, i)
	}
	return false
}

// unsaid reports whether the speech verb toks[i] is negated among the
// auxiliaries before it ("has not said it rejects the outcome", "never
// said the vote was rigged", "hasn't said"): what follows is what the
// speaker did not say, so it is no remark of theirs; the report is a
// silence. A question left open after the verb ("did not say whether
// Velor would recognise Lima", "would not say when") is still reported,
// as is an object instead of a clause ("had still not said a word about
// the result", read as before), and "not only said" is no negation.
func unsaid(toks []token, i int) bool {
	if i+1 < len(toks) && toks[i+1].word() && (openQuestions[toks[i+1].lower] || unsaidObjects[toks[i+1].lower]) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4 && toks[k].word() && (auxWords[toks[k].lower] || strings.HasSuffix(toks[k].lower, "n't")); k-- {
		if toks[k].is("only") {
			return false
		}
		if toks[k].is("not") || toks[k].is("never") || strings.HasSuffix(toks[k].lower, "n't") {
			return true
		}
	}
	return false
}

// yetOrDidNot reports whether the words before a bare comment verb (p1
// the nearest) are "yet to", "did not", "does not" or "has yet to".
func yetOrDidNot(p1, p2, p3 string) bool {
	switch {
	case p1 == "to" && p2 == "yet":
		return true
	case (p1 == "not" || p1 == "never") && (p2 == "did" || p2 == "does" || p2 == "do"):
		return true
	}
	return p1 == "to" && p3 == "yet" && p2 == "still"
}

// coSubjects returns the names coordinated with the subject ph ("A and
// B", "A, B and C", "A and the foreign ministry"), nearest first: the link
// next to ph must be "and"; further ones may be commas. A name after a
// preposition ("In Washington, A and B") is not one of them, and the list
// must open a clause: after a verb ("Lenz thanked A and the Palace said")
// the names are its objects.
func (x *extractor) coSubjects(toks []token, ph phrase) []phrase {
	lo := groupLinkLo(toks, ph) // rev22ren_group.go: "A and the other governments"
	if (ph.kind != pName && ph.kind != pInstitution && !groupConjunct(toks, ph)) || lo < 2 || !(toks[lo-1].is("and") || toks[lo-1].is("nor")) {
		return nil
	}
	var out []phrase
	for n := 0; n < 8 && lo >= 2 && (toks[lo-1].is("and") || toks[lo-1].is(",") || toks[lo-1].is("nor")); n++ {
		if toks[lo-1].is(",") && pluralDescription(toks, lo-1) && !ofListComma(toks, lo-1) { // rec31en_oflist.go
			break // en14_openers.go: "The presidents of A and B, Jo Roe and Ivo Kask, …"
		}
		j := lo - 2
		if toks[lo-1].is("and") && toks[j].is(",") && j > 0 {
			j-- // "A, B, and C"
		}
		j = skipParenBack(toks, j)                      // "The Peoples Democratic Party (PDP) and Labour Party (LP) called …"
		j = originBefore(toks, locativeBefore(toks, j)) // mm20_origin.go: "A of Germany and B"; en22_locative.go: "A in Madrid and B"
		// rec31en_oflist.go: "The leaders of A and B", A read with its office
		p := x.ofListFirst(toks, x.correlativeName(toks, j), j)
		if !coMember(toks, p) || p.hi != j+1 || jointPortfolio(toks, p, lo) { // rev22ren_group.go: "Health and education minister X"
			break
		}
		if p.lo > 0 && toks[p.lo-1].word() && (blockedBefore[toks[p.lo-1].lower] || clauseSkip[toks[p.lo-1].lower]) && !ofListHead(toks, p.lo-1) && !groupIncluding(toks, p.lo-1) { // rec31en_oflist.go; mm20_origin.go: "neighbours like A and B"
			break
		}
		out = append(out, p)
		lo = p.lo
	}
	if len(out) > 0 && lo > 0 && toks[lo-1].word() && !clauseOpener(toks[lo-1]) && !correlatives[toks[lo-1].lower] && !timeWords[toks[lo-1].lower] && !groupIncluding(toks, lo-1) && !ofListHead(toks, lo-1) {
		// "Lenz thanked Anna Berg and the Palace said …": a name after a
		// verb is its object, not a subject.
		return nil
	}
	return out
}

// coMember reports whether p may be one of a list of subjects: a name, a
// body ("The Central Election Committee, the Ukrainian government and the
// parliament recognised …"), or a group whose name is capitalised ("The
// United Nations and the African Union …").
func coMember(toks []token, p phrase) bool {
	if p.kind == pGroup {
		for _, t := range toks[p.lo:p.hi] {
			if t.word() && !t.cap && !t.is("the") {
				return false // "supporters of Tarnia": people, not a body's name
			}
		}
		return true
	}
	return p.kind == pName || p.kind == pInstitution
}

// greets reports whether the speech verb toks[i] sends a greeting: its
// object is congratulations ("tweeted congratulations", "posted his
// congratulations"). That is an act, told with its verb, not words
// reported: "congratulations" alone is too short to be a remark. A verb
// after the noun makes it a clause's subject ("said congratulations were
// premature").
func greets(toks []token, i int) bool {
	j := i + 1
	if j < len(toks) && toks[j].word() && possessivePronouns[toks[j].lower] {
		j++
	}
	if !sayVerbs[toks[i].lower] || j >= len(toks) || !toks[j].word() || !sentGreetings[toks[j].lower] {
		return false
	}
	return j+1 >= len(toks) || !toks[j+1].word() || !finiteAux[toks[j+1].lower]
}

// stanceClause reports the clause of a stance verb ("has yet to
// congratulate the winner"), from cs (the first word after the subject) to
// the end of the clause. It is an action unless the verb is a speech verb
// ("warned of"); a report of silence is an action without a stance.
func (x *extractor) stanceClause(st *sentState, i, cs int, how subjectHow, spk *speaker, silent bool) int {
	kind := Reported
	if !sayVerbs[st.toks[i].lower] || silent || greets(st.toks, i) || vowTo(st.toks, i) || victoryClaim(st.toks, i) || openUnsaid(st.toks, i) {
		kind = Action
	}
	if how == subjRelative && campaignVerbs[st.toks[i].lower] {
		// "Kenyatta, who backed Mr Odinga, has remained silent": whom
		// someone supported in the campaign is background, not an act
		// toward the result.
		return i
	}
	ce := x.clauseEnd(cs)
	if how == subjRelative {
		ce = x.relativeEnd(st.toks, cs, ce)
	}
	if silent {
		ce = max(ce, min(i+1, len(st.toks))) // "X stayed silent" has two words
	} else if kind == Action {
		if k, ok := x.tailAttribution(st, cs, ce, spk); ok { // tailattrib12.go
			return k
		}
	}
	if x.report(st, cs, ce, spk, kind) {
		x.remarks[len(x.remarks)-1].NoStance = silent
		return ce - 1
	}
	return i
}

// speechClause handles what follows a speech verb: an introduced
// quotation ("X said: “…”"), a pending colon at the sentence's end, a
// reported clause, or a fronted clause ("…, the ministry said on Tuesday").
func (x *extractor) speechClause(st *sentState, i int, ph phrase, how subjectHow, spk *speaker) int {
	toks := st.toks
	if x.subordinateSpeech(st, i, ph) { // en22_subordinate.go
		return i
	}
	cs, intro, colon := clauseStart(toks, i)
	switch {
	case intro >= 0:
		x.attribute(st, intro, spk, continuationVerbs[toks[i].lower])
		return intro
	case colon:
		st.pending = spk
	case cs >= 0:
		ce := x.clauseEnd(cs)
		if how == subjRelative {
			ce = x.relativeEnd(toks, cs, ce)
		} else if k, ok := x.tailSpeech(st, cs, ce, spk); ok { // tailattrib12.go
			return k
		}
		if x.report(st, cs, ce, spk, Reported) {
			x.embeddedActor(st, cs, ce)
			return ce - 1
		}
	case how == subjPhrase && ph.lo > 0 && toks[ph.lo-1].is(",") && x.fronted(toks, afterColon(toks, st.seg, ph.lo), ph.lo-1, i+1):
		// "Sylvania will not comment, the ministry said on Tuesday."
		x.report(st, afterColon(toks, st.seg, ph.lo), ph.lo-1, spk, Reported)
	case how == subjPhrase && parenthetical(toks, afterColon(toks, st.seg, ph.lo), ph.lo, i):
		// "The president, he told the chamber, was entitled to …": the
		// whole sentence, attribution included, is the remark.
		seg := afterColon(toks, st.seg, ph.lo)
		ce := x.clauseEnd(seg)
		if x.report(st, seg, ce, spk, Reported) {
			return ce - 1
		}
	}
	return i
}

// afterColon returns where the clause holding a mid-sentence attribution
// (subject at toks[lo]) starts: after the last colon or semicolon between
// seg and lo ("Lena Dal put it more bluntly: the figures, she told
// reporters, meant nothing"), or seg. What precedes the colon is the
// reporter's introduction, not the remark. The colon may be toks[seg]
// itself, where a reported clause before it ended ("Kask said the vote
// was marred; any challenge, he told reporters, belonged in the courts").
func afterColon(toks []token, seg, lo int) int {
	for k := lo - 1; k >= seg; k-- {
		if toks[k].is(":") || toks[k].is(";") {
			return k + 1
		}
	}
	return seg
}

// parenthetical reports whether the attribution toks[lo..v] (subject at lo,
// speech verb at v) sits between commas inside the sentence it reports:
// a short opening (at most six words from seg, no verb) before it, and
// after the verb, within six words, a comma followed by a lower-case word
// that goes on with the opening ("The president, he told the chamber, was
// entitled to …").
func parenthetical(toks []token, seg, lo, v int) bool {
	if lo < seg+2 || lo-seg > 7 || !toks[lo-1].is(",") {
		return false
	}
	for _, t := range toks[seg : lo-1] {
		if !t.word() || sayVerbs[t.lower] || contentVerbs[t.lower] {
			return false
		}
	}
	for k := v + 1; k < len(toks) && k <= v+7; k++ {
		if toks[k].is(",") {
			return k+1 < len(toks) && toks[k+1].word() && !toks[k+1].cap
		}
		if !toks[k].word() {
			return false
		}
	}
	return false
}

// embeddedActor handles a reported clause that reports an act of a named
// person ("The Kremlin said President Vladimir Putin had sent a telegram
// congratulating …"): the person gets an action with the clause's span.
func (x *extractor) embeddedActor(st *sentState, cs, ce int) {
	toks := st.toks
	ph := forwardRun(x.text, toks, cs)
	if ph.kind != pName || ph.hi >= ce || !(ph.titled || strings.Contains(ph.name, " ") || x.known(ph.name)) {
		return // a single unknown word is as likely a country as a person
	}
	k := ph.hi
	for n := 0; k < ce && n < 6 && toks[k].word() && auxWords[toks[k].lower]; n++ {
		k++
	}
	k = skipIntent(toks, k, ce)
	if k >= ce || !(toks[k].word() && contentVerbs[toks[k].lower] || x.quotedVerb(toks[k])) {
		return
	}
	r := x.remarks[len(x.remarks)-1].Remark
	r.Kind = Action
	x.add(r, x.resolve(ph), false)
}

// skipIntent steps over "no plans to" or "no intention of" at toks[k]
// (before ce) to the verb after it: "the Kremlin said Putin had no plans
// to congratulate Sandu" is Putin's act (declined by its "no").
// quotedVerb reports whether t is a quotation that opens with a stance
// verb: the reporter quotes the act itself ("the ministry said X had
// “congratulated the people of Colombia and its president-elect”").
func (x *extractor) quotedVerb(t token) bool {
	if t.kind != tQuote {
		return false
	}
	w := actionWords(x.text[t.start:t.end])
	return len(w) > 0 && contentVerbs[w[0]]
}

func skipIntent(toks []token, k, ce int) int {
	if k+2 < ce && toks[k].is("no") && intentNouns[toks[k+1].lower] && (toks[k+2].is("to") || toks[k+2].is("of")) {
		return k + 3
	}
	return k
}

// inverted handles “…,” said X: the speaker after the verb takes the
// quotation before it.
func (x *extractor) inverted(st *sentState, i int) (int, bool) {
	toks := st.toks
	if !attributionVerbs[toks[i].lower] || i == 0 {
		return i, false
	}
	qi := quoteBefore(toks, i)
	if qi < 0 && i >= 2 && invertedAdverbs[toks[i-1].lower] {
		qi = quoteBefore(toks, i-1) // “…,” also announced X
	}
	if qi < 0 {
		return i, false
	}
	at := invertedSubjectAt(toks, i+1) // “…,” announced on Twitter the president
	ph := forward(x.text, toks, at)
	if d := x.describedAfterVerb(toks, at); d.ok() && ph.kind != pName {
		ph = d // “…,” said a court technician, Jo Varga
	}
	if d := documentOwner(x.text, toks, at); d.ok() {
		ph = d // “…,” said a press statement from X (according14.go)
	}
	if !ph.ok() || ph.kind == pAnonymous {
		return i, false
	}
	spk := x.resolve(ph)
	st.speaks(spk)
	x.attribute(st, qi, spk, false)
	return ph.hi - 1, true
}

// invertedFronted handles "…, said the ministry." with no quotation: the
// clause before the comma is the remark.
func (x *extractor) invertedFronted(st *sentState, i int) int {
	toks := st.toks
	if !attributionVerbs[toks[i].lower] || i == 0 || !toks[i-1].is(",") {
		return i
	}
	ph := forward(x.text, toks, i+1)
	end := ph.hi
	if ph.ok() && !quietTail(toks, end) {
		end = appositionTail(toks, end) // en17_finalapposition.go: "…, said Lena Dal, a senator from Velor."
	}
	rest := end
	if ph.ok() && !quietTail(toks, end) && rec25WhoSaid(toks, end) {
		rest = len(toks) // rec25en_who.go: "…, said Jo Roe, a lawyer, who added that …"
	}
	if !ph.ok() || ph.kind == pAnonymous || rest == end && !quietTail(toks, end) || !x.fronted(toks, st.seg, i-1, rest) {
		return i
	}
	spk := x.resolve(ph)
	st.speaks(spk)
	x.report(st, st.seg, i-1, spk, Reported)
	return end - 1
}

// interview finds the person an interview's answers belong to: "We spoke
// to X", "We talked to her", "She spoke to us", "X was interviewed".
func (x *extractor) interview(st *sentState) {
	toks := st.toks
	for i := 1; i+1 < len(toks); i++ {
		if !toks[i].word() || !interviewVerbs[toks[i].lower] {
			continue
		}
		switch {
		case toks[i-1].is("we") && toks[i+1].is("to") && i+2 < len(toks) && (toks[i+2].is("her") || toks[i+2].is("him")):
			if x.prevQuiet != nil {
				x.interviewee = x.prevQuiet // en14_interview.go: the person the sentence before introduced
				return
			}
			x.interviewee = x.lastSingular
			if x.paraOpener != nil {
				x.interviewee = x.paraOpener // the person the introduction opens with
			}
			return
		case toks[i-1].is("we") && toks[i+1].is("to"):
			if ph := x.describedInterviewee(toks, i+2); ph.kind == pName || ph.kind == pPronoun { // en14_interview.go
				x.interviewee = x.resolve(ph)
				return
			}
		case toks[i+1].is("to") && i+2 < len(toks) && toks[i+2].is("us"):
			if ph := x.usSubject(toks, i); ph.kind == pName || ph.kind == pPronoun { // en17_interview.go
				x.interviewee = x.resolve(ph)
				return
			}
		}
	}
}

// answer makes a sentence of an interview answer (a paragraph opening
// "A:") that has no remark of its own a direct remark of the interviewee
// (an empty speaker when the article did not say who it is). The
// sentences of one answer continue each other, so they form runs; a
// sentence reporting someone else ("Putin sent his telegram the next
// morning") keeps its own remark and breaks the run.
func (x *extractor) answer(st *sentState, s sentence) {
	if !x.blocks[s.block].answer || len(x.remarks) != st.nRemarks {
		return
	}
	lo := 0
	if st.first {
		lo = answerLabel(st.toks) // after "A:" or "Levchenko:"
	}
	if lo >= len(st.toks) || x.words[len(st.toks)]-x.words[lo] == 0 {
		return
	}
	start, end := st.toks[lo].start, st.toks[len(st.toks)-1].end
	x.add(Remark{Text: x.text[start:end], Kind: Direct, Start: start, End: end, QuoteStart: start, QuoteEnd: end}, x.interviewee, !st.first)
	st.last, st.lastSet = x.interviewee, true
}

// includedList handles "Leaders who sent congratulations included A, B
// and C": an action for each person in the list, all sharing the span of
// the clause that says what they did ("sent congratulations"; from the
// start of the sentence when there is no "who"). The clause must hold a
// speech or stance verb.
func (x *extractor) includedList(st *sentState) {
	toks := st.toks
	for i, t := range toks {
		if !t.word() || !includeVerbs[t.lower] || i < 2 {
			continue
		}
		cs := 0
		for j := i - 1; j >= 0 && j >= i-25; j-- {
			if toks[j].is("who") || toks[j].is("that") {
				cs = j + 1
				break
			}
			if toks[j].isTerm() || toks[j].is(";") || toks[j].kind == tQuote {
				cs = j + 1
				break
			}
		}
		ce := i
		for ce > cs && toks[ce-1].word() && auxWords[toks[ce-1].lower] {
			ce-- // "also included"
		}
		if ce <= cs || !hasVerb(toks[cs:ce]) {
			continue
		}
		names := x.list(toks, i+1)
		start, end := x.rec24enCoverSpan(st, toks[cs].start, toks[ce-1].end) // rec24en_list.go: "…, her office said"
		for _, ph := range names {
			spk := x.resolve(ph)
			x.add(Remark{Text: x.text[start:end], Kind: Action, Start: start, End: end, QuoteStart: start, QuoteEnd: end, Headline: st.headline}, spk, false)
			st.last, st.lastSet = spk, true
		}
		return
	}
}

// hasVerb reports whether toks hold a speech or stance verb.
func hasVerb(toks []token) bool {
	for _, t := range toks {
		if t.word() && (sayVerbs[t.lower] || contentVerbs[t.lower]) {
			return true
		}
	}
	return false
}

// list parses the names "A, B and C" starting at toks[j]; a name may
// carry an origin ("President Ivo Brandeis of Marossa").
func (x *extractor) list(toks []token, j int) []phrase {
	var out []phrase
	j = x.pluralListStart(toks, j) // en14_openers.go: "the presidents of A and B, Jo Roe and Ivo Kask"
	j = x.en32PluralHead(toks, j)  // en32_plural.go: "the leaders of A and B", "leaders including A and B"
	for n := 0; j < len(toks) && n < 16; n++ {
		ph := forwardRun(x.text, toks, j)
		if ph.kind == pRole {
			ph = forward(x.text, toks, j) // "the prime minister of Kel-Ouri, Moussa Diarra"
		}
		if ph.kind != pName {
			break
		}
		out = append(out, ph)
		j = skipLocative(toks, skipOrigin(toks, ph.hi)) // en22_locative.go: "A in Madrid, B in Rome"
		sep := false
		if j < len(toks) && toks[j].is(",") {
			j, sep = j+1, true
		}
		if j < len(toks) && toks[j].is("and") {
			j, sep = j+1, true
		}
		if !sep {
			break
		}
	}
	return out
}

// skipOrigin steps over "of Marossa", "of the Example Group" or "of the
// Coalition for Change" at toks[j] (an organisation's name may have
// lower-case links and end in a lower-case noun: orgLink, orgEnd).
func skipOrigin(toks []token, j int) int {
	if j+1 >= len(toks) || !toks[j].is("of") {
		return j
	}
	k := j + 1
	if toks[k].is("the") {
		k++
	}
	e := k
	for e < len(toks) && e < k+8 && toks[e].word() && (toks[e].cap || e > k && orgLink(toks, e)) {
		e++
	}
	if e == k {
		return j
	}
	if e < len(toks) && orgEnd(toks, e) {
		e++
	}
	return e
}

// accordingTo handles "According to X, …" and "…, according to X.": the
// sentence's speaker is X, and when the sentence has no other remark and no
// quotation, the clause on the far side is X's remark.
func (x *extractor) accordingTo(st *sentState) {
	toks, n := st.toks, len(st.toks)
	for i := 0; i+2 < n; i++ {
		if !toks[i].is("according") || !toks[i+1].is("to") {
			continue
		}
		ph := forward(x.text, toks, i+2)
		if d := documentOwner(x.text, toks, i+2); d.ok() {
			ph = d // "according to a statement from X" (according14.go)
		}
		if !ph.ok() || ph.kind != pName && ph.hi < n && toks[ph.hi].word() && tallyNouns[toks[ph.hi].lower] {
			continue // "According to an official count, …": a word of office describing the count is nobody
		}
		spk := x.resolve(ph)
		st.speaks(spk)
		if len(x.remarks) > st.nRemarks && i > 0 && toks[i-1].is(",") && !hasQuote(toks) {
			x.reportsActions(st, spk, 0, toks[i].start) // according14.go
			return
		}
		if len(x.remarks) > st.nRemarks && i == 0 && ph.hi < n && toks[ph.hi].is(",") && !hasQuote(toks) {
			x.reportsActions(st, spk, toks[ph.hi].end, toks[n-1].end+1) // "According to X, Velor would not accept …"
			return
		}
		if len(x.remarks) > st.nRemarks || hasQuote(toks) {
			return
		}
		switch {
		case i == 0:
			cs := ph.hi
			if cs < n && toks[cs].is(",") {
				cs++
			}
			x.report(st, cs, x.clauseEnd(cs), spk, Reported)
		case toks[i-1].is(",") && (ph.hi == n || toks[ph.hi].isTerm()):
			x.report(st, 0, i-1, spk, Reported)
		}
		return
	}
}

func hasQuote(toks []token) bool {
	for _, t := range toks {
		if t.kind == tQuote {
			return true
		}
	}
	return false
}

// headlineColon handles the headline "Putin: no rush to recognise the
// winner" when nothing else in it was a remark.
func (x *extractor) headlineColon(st *sentState) {
	toks, n := st.toks, len(st.toks)
	if !st.headline || len(x.remarks) != st.nRemarks {
		return
	}
	ph := forward(x.text, toks, 0)
	if ph.ok() && ph.kind != pAnonymous && ph.hi+1 < n && toks[ph.hi].is(":") && toks[ph.hi+1].kind != tQuote {
		spk := x.resolve(ph)
		st.speaks(spk)
		x.report(st, ph.hi+1, x.clauseEnd(ph.hi+1), spk, Reported)
	}
}

// attributeQuotes gives a speaker to each quotation no verb claimed; see
// the package documentation ("Speakers") for the order of the rules. A
// quotation that takes the previous sentence's speaker, or continues the
// sentence's speaker, follows that speaker's last remark (see [Remark.Run]).
func (x *extractor) attributeQuotes(st *sentState, c *context) {
	for i, t := range st.toks {
		if t.kind != tQuote || x.qState[t.q] != qPending {
			continue
		}
		spk, follows, found := x.quoteSpeaker(st, c, i)
		if found {
			x.qState[t.q] = qAttributed
			x.qSpk[t.q] = spk
			x.qFollows[t.q] = follows
		} else {
			x.qState[t.q] = qOrphan
		}
	}
}

// quoteSpeaker finds the speaker of the unclaimed quotation toks[i].
func (x *extractor) quoteSpeaker(st *sentState, c *context, i int) (spk *speaker, follows, found bool) {
	toks := st.toks
	colon := i > 0 && toks[i-1].is(":")
	switch {
	case colon && st.have:
		return st.sent, false, true
	case colon:
		if ph := x.colonSubject(toks, i-1); ph.ok() {
			return x.resolve(ph), false, true
		}
		return nil, false, false
	case i > 0 && st.have && toks[i-1].word() && x.quotes[toks[i].q].words < 4 && !x.quotes[toks[i].q].term:
		// A scare quote in running text ("a speech about ‘almost all’ of
		// them"), not introduced by a verb or punctuation: no remark.
		return nil, false, false
	case i > 0 && st.have:
		return st.sent, true, true
	case i == 0 && st.first && c.cont != nil:
		return c.cont, true, true
	case i == 0 && c.pendingIntro != nil:
		return c.pendingIntro, true, true
	case i == 0 && c.prev != nil:
		return c.prev, true, true
	case i == 0 && c.prevSubject.ok():
		return x.resolve(c.prevSubject), false, true
	}
	return nil, false, false
}

// directRemarks records the sentence's quotations as direct remarks,
// except those absorbed into a reported clause and orphan scare quotes
// (fewer than four words, no closing sentence punctuation).
func (x *extractor) directRemarks(st *sentState) {
	for _, t := range st.toks {
		if t.kind != tQuote {
			continue
		}
		state := x.qState[t.q]
		q := x.quotes[t.q]
		if state == qAbsorbed || (state == qOrphan && q.words < 4 && !q.term) {
			continue
		}
		start, end := trimQuote(x.text, q.cstart, q.cend)
		if start == end || q.words == 0 {
			continue
		}
		spk := x.qSpk[t.q]
		x.add(Remark{Text: x.text[start:end], Kind: Direct, Start: start, End: end, QuoteStart: q.open, QuoteEnd: q.close, Headline: st.headline}, spk, x.qFollows[t.q])
		st.last, st.lastSet = spk, true
	}
}

// handOn sets what the next sentence may use.
func (x *extractor) handOn(st *sentState, c *context) {
	c.pendingIntro = st.pending
	c.prevSubject = phrase{}
	switch {
	case st.lastSet:
		c.prev = st.last
	case st.have:
		c.prev = st.sent
	default:
		c.prev = nil
		c.prevSubject = st.opening
	}
}

// colonSubject finds who speaks when a quotation follows the colon
// toks[colon] with no speech verb: the phrase opening the sentence
// ("Putin was blunt: “…”", the headline "Putin: “…”"), or the subject of
// the clause between the last comma and the colon ("Speaking to state TV,
// the president was candid in his response: “…”").
func (x *extractor) colonSubject(toks []token, colon int) phrase {
	lower := func(k int) bool { return k < len(toks) && toks[k].word() && !toks[k].cap }
	ok := func(ph phrase) bool {
		return ph.ok() && ph.kind != pAnonymous &&
			(ph.hi == colon || lower(ph.hi) || (ph.hi < len(toks) && toks[ph.hi].is(",") && lower(ph.hi+1)))
	}
	if ph := forward(x.text, toks, 0); ok(ph) {
		return ph
	}
	if ph := x.ownedStatement(toks, colon); ph.ok() {
		return ph
	}
	for k := colon - 1; k > 0 && k > colon-30; k-- {
		if toks[k].kind == tQuote || toks[k].isTerm() {
			break
		}
		if isDash(toks[k]) {
			if ph := x.labelDashSubject(toks, k, colon); ph.ok() {
				return ph // mm20_header.go: "GERMANY - Chancellor X: “…”"
			}
			continue
		}
		if toks[k].is(",") {
			if ph := forward(x.text, toks, k+1); ok(ph) {
				return ph
			}
			break
		}
	}
	return phrase{}
}

// ownedStatement is the owner of a statement noun opening the clause
// before a colon: "Ivo Kask's message was blunt: “…”", "His reply was
// short: “…”". The noun must come within the first four tokens.
func (x *extractor) ownedStatement(toks []token, colon int) phrase {
	for n := 1; n < colon && n <= 4; n++ {
		if toks[n].word() && statementNouns[toks[n].lower] {
			return x.statementOwner(toks, n+1)
		}
	}
	return phrase{}
}

// signature reads a sentence that is only a dash and a speaker phrase —
// the attribution line of a roundup ("“…”" then a paragraph "—Norlandic
// President Ivo Kask"), possibly after the quotation in the same sentence
// ("“…” — Ivo Kask"). The quotations before the dash in the sentence, and
// when the dash opens the paragraph the direct remarks of the previous
// paragraph that have no speaker, go to that speaker. In that style each
// quotation is signed, so the next one does not continue this speaker.
func (x *extractor) signature(st *sentState, s sentence, c *context) bool {
	toks := st.toks
	d := 0
	for d < len(toks) && toks[d].kind == tQuote {
		d++
	}
	if d >= len(toks) || !(toks[d].is("—") || toks[d].is("–")) {
		return false
	}
	ph := forward(x.text, toks, d+1)
	end := len(toks)
	for end > 0 && (toks[end-1].isTerm() || toks[end-1].is(",")) {
		end--
	}
	if !ph.ok() || ph.kind == pPronoun || ph.kind == pAnonymous || ph.hi != end || (d == 0 && s.lo != x.blocks[s.block].tlo) {
		return false
	}
	spk := x.resolve(ph)
	for k := 0; k < d; k++ {
		x.attribute(st, k, spk, false)
	}
	x.directRemarks(st)
	if d == 0 && s.block > 0 {
		prev := x.blocks[s.block-1]
		for i := len(x.remarks) - 1; i >= 0 && x.remarks[i].Start >= prev.start; i-- {
			if r := &x.remarks[i]; r.spk == nil && r.Kind == Direct {
				r.spk = spk
			}
		}
	}
	// The next quotation is the next leader's, signed in turn: hand on
	// no speaker.
	x.handOn(&sentState{}, c)
	return true
}
