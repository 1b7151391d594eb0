package article

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Extract returns the remarks of an article in the order they appear.
//
// It accepts any string and never panics: empty or blank input gives no
// remarks, and invalid UTF-8 bytes are treated as neutral symbols (neither
// letters, spaces, nor quotation marks), so the offsets of every remark
// still satisfy text[Start:End] == Text (which may then contain the invalid
// bytes; callers that need valid text should check [utf8.ValidString]
// first, as examples/article does). It runs in time linear in len(text).
func Extract(text string) []Remark {
	x := &extractor{text: text, byName: make(map[string]*speaker), bySurname: make(map[string]*speaker), byFirst: make(map[string]*speaker)}
	x.scan()
	x.run()
	return x.finish()
}

type sentence struct {
	lo, hi int // token range
	block  int
}

// speaker is someone remarks are attributed to.
type speaker struct {
	name, role string
	kind       phraseKind
}

const (
	qPending = iota
	qAttributed
	qAbsorbed
	qOrphan
)

type extractor struct {
	text    string
	blocks  []block
	quotes  []quote
	toks    []token
	sents   []sentence
	qState  []uint8
	qSpk    []*speaker
	remarks []Remark
	rspk    []*speaker // speaker of remarks[i]

	// per-sentence tables (prepare)
	cut, trim, words []int

	// discourse state
	entries      []*speaker
	byName       map[string]*speaker
	bySurname    map[string]*speaker
	byFirst      map[string]*speaker // first word of a full name, for surname-first names
	lastSingular *speaker
	lastGroup    *speaker
	groupSent    int // sentence number where lastGroup was named
	sentNo       int // current sentence number
}

func (x *extractor) scan() {
	x.groupSent = -2
	x.blocks = splitBlocks(x.text)
	for bi := range x.blocks {
		b := &x.blocks[bi]
		qs := findQuotes(x.text, b.start, b.end)
		q0 := len(x.quotes)
		x.quotes = append(x.quotes, qs...)
		b.unclosed = len(qs) > 0 && !qs[len(qs)-1].closed
		b.tlo = len(x.toks)
		x.toks = tokenize(x.toks, x.text, b.start, b.end, qs, q0)
		b.thi = len(x.toks)
		x.segment(bi)
	}
	x.qState = make([]uint8, len(x.quotes))
	x.qSpk = make([]*speaker, len(x.quotes))
}

// segment divides a paragraph into sentences. A sentence ends after . ! ?
// or … (not after an abbreviation or an initial) when the next word is not
// in lower case, and after a quotation ending with such a mark when a
// capitalised word follows that does not start an attribution (“Why?”
// Putin asked). Quotations never split a sentence: a quote spanning
// sentences is one remark.
func (x *extractor) segment(bi int) {
	b := x.blocks[bi]
	toks := x.toks[b.tlo:b.thi]
	start := 0
	for i := 0; i+1 < len(toks); i++ {
		if x.boundaryAfter(toks, i) {
			x.sents = append(x.sents, sentence{lo: b.tlo + start, hi: b.tlo + i + 1, block: bi})
			start = i + 1
		}
	}
	if start < len(toks) {
		x.sents = append(x.sents, sentence{lo: b.tlo + start, hi: b.thi, block: bi})
	}
}

func (x *extractor) boundaryAfter(toks []token, i int) bool {
	t, nx := toks[i], toks[i+1]
	lowerNext := nx.word() && !nx.cap && !startsWithDigit(nx.lower)
	switch {
	case t.isTerm():
		if nx.isTerm() || nx.is(")") || nx.is("]") {
			return false
		}
		if t.is(".") && i > 0 && toks[i-1].end == t.start && isAbbrev(toks[i-1]) {
			return false
		}
		return !lowerNext
	case t.is(")") || t.is("]"):
		return i > 0 && toks[i-1].isTerm() && !lowerNext
	case t.kind == tQuote && x.quotes[t.q].term:
		if nx.kind == tQuote {
			return true
		}
		if nx.word() && nx.cap {
			for j := i + 1; j < len(toks) && j < i+6; j++ {
				if !toks[j].word() {
					break
				}
				if sayVerbs[toks[j].lower] {
					return false
				}
			}
			return true
		}
	}
	return false
}

func startsWithDigit(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// context carries what one sentence tells the next.
type context struct {
	prev         *speaker // speaker of the previous sentence
	prevSubject  phrase   // subject of the previous sentence, when it had no remark
	pendingIntro *speaker // previous sentence ended "X said:"
	cont         *speaker // previous paragraph ended inside a quote by cont
}

func (x *extractor) run() {
	var c context
	inHeadline := true
	lastBlock := -1
	for i, s := range x.sents {
		x.sentNo = i
		b := x.blocks[s.block]
		if inHeadline && !b.headline {
			inHeadline = false
			c = context{}
		}
		if s.block != lastBlock {
			if lastBlock >= 0 && !x.blocks[lastBlock].unclosed {
				c.cont = nil
			}
			lastBlock = s.block
		}
		first := s.lo == b.tlo
		x.sentence(s, &c, first)
		if !first {
			c.cont = nil
		}
		if s.hi == b.thi && b.unclosed {
			// The paragraph's last quote runs to its end: a paragraph
			// opening with a quote continues it.
			for j := s.hi - 1; j >= s.lo; j-- {
				if x.toks[j].kind == tQuote {
					c.cont = x.qSpk[x.toks[j].q]
					break
				}
			}
		}
	}
}

// quoteBefore returns the index of the quote right before toks[k]
// (possibly followed by a comma or a dash), or -1.
func quoteBefore(toks []token, k int) int {
	j := k - 1
	if j >= 0 && (toks[j].is(",") || toks[j].is("—") || toks[j].is("–") || toks[j].is("-")) {
		j--
	}
	if j >= 0 && toks[j].kind == tQuote {
		return j
	}
	return -1
}

type subjectHow uint8

const (
	subjNone     subjectHow = iota
	subjPhrase              // the phrase before the verb
	subjSentence            // the sentence's speaker (", adding that"; "and said")
	subjRelative            // "X, who congratulated …": the clause ends at the next comma
)

// blockedBefore words make a phrase an object, not a subject ("close to the
// president said").
// Subordinators make it an embedded question ("asked whether Moscow would
// recognise …").
var blockedBefore = wordSet(`to of for with by from about against between than like toward towards whom
	whether if why`)

// subject finds the subject of the verb toks[v]. after is the index of the
// first token after the subject (where auxiliaries start).
func (x *extractor) subject(toks []token, v int) (ph phrase, how subjectHow, after int) {
	if v > 0 && isParticiple(toks[v].lower) {
		p := toks[v-1]
		if p.is(",") || p.is("and") || p.is("while") || p.is("before") || p.is("after") || p.is("when") || p.is("—") || p.is("–") {
			return phrase{}, subjSentence, v
		}
	}
	k := v - 1
	for n := 0; k >= 0 && n < 6 && toks[k].word() && auxWords[toks[k].lower]; n++ {
		k--
	}
	if k < 0 {
		return phrase{}, subjNone, 0
	}
	t := toks[k]
	after = k + 1
	switch {
	case t.is("and") || t.is("but"):
		return phrase{}, subjSentence, v
	case t.word() && t.lower == "who" && k >= 2 && toks[k-1].is(","):
		ph = backward(x.text, toks, k-2)
		how = subjRelative
	case t.word():
		ph = backward(x.text, toks, k)
	case t.is(",") && k >= 2:
		m := -1
		for j := k - 1; j >= 0 && j >= k-25; j-- {
			if toks[j].isTerm() || toks[j].kind == tQuote || toks[j].is(";") {
				break
			}
			if toks[j].is(",") {
				m = j
				break
			}
		}
		if m < 1 {
			return phrase{}, subjNone, 0
		}
		ph = backward(x.text, toks, m-1)
		if !ph.ok() || ph.hi != m {
			return phrase{}, subjNone, 0
		}
		if ph.lo > 0 && !clauseOpener(toks[ph.lo-1]) {
			return phrase{}, subjNone, 0
		}
		in := backward(x.text, toks, k-1)
		clean := in.ok() && in.lo == m+1
		switch {
		case clean && ph.kind == pName && ph.role == "" && (in.kind == pRole || in.kind == pInstitution):
			ph.role = in.role // "Dmitry Peskov, the Kremlin spokesman, said"
		case clean && (ph.kind == pRole || ph.kind == pInstitution) && in.kind == pName:
			in.role = ph.role // "The Kremlin's spokesman, Dmitry Peskov, said"
			in.lo = ph.lo
			ph = in
		case k-m == 2 && appositiveAdverbs[toks[m+1].lower]:
			// "Putin, however, said"
		case !clean && ph.lo != 0 && !clauseOpener(toks[ph.lo-1]):
			return phrase{}, subjNone, 0
		}
		return ph, subjPhrase, after
	default:
		return phrase{}, subjNone, 0
	}
	if !ph.ok() {
		return phrase{}, subjNone, 0
	}
	if ph.lo > 0 && toks[ph.lo-1].word() && blockedBefore[toks[ph.lo-1].lower] {
		return phrase{}, subjNone, 0
	}
	if how == subjRelative {
		return ph, subjRelative, after
	}
	return ph, subjPhrase, after
}

func clauseOpener(t token) bool {
	return t.kind == tQuote || t.is(",") || t.is(":") || t.is(";") || t.is("—") || t.is("–") || t.is("-") ||
		t.is("and") || t.is("but") || t.is("while") || t.is("as") || t.is("whereas") || t.is("(")
}

// clauseDeterminers open the clause after an addressee or adverbial.
var clauseDeterminers = wordSet(`the a an this these those his her its their`)

// clauseStart finds where the clause of the speech verb toks[v] starts. It
// returns the index of an introduced quotation in intro instead when the
// verb introduces one ("X said: “…”"), and colon when the sentence ends
// with "X said:".
func clauseStart(toks []token, v int) (cs, intro int, colon bool) {
	n := len(toks)
	j := v + 1
	if j >= n {
		return -1, -1, false
	}
	isQ := func(k int) bool { return k < n && toks[k].kind == tQuote }
	atColon := func(k int) (int, int, bool) {
		switch {
		case isQ(k + 1):
			return -1, k + 1, false
		case k+1 >= n:
			return -1, -1, true
		}
		return k + 1, -1, false
	}
	atThat := func(k int) (int, int, bool) {
		if isQ(k+1) && (k+2 == n || toks[k+2].isTerm()) {
			return -1, k + 1, false
		}
		return k + 1, -1, false
	}
	t := toks[j]
	switch {
	case t.is(":"):
		return atColon(j)
	case t.kind == tQuote:
		return -1, j, false
	case t.is(","):
		if isQ(j + 1) {
			return -1, j + 1, false
		}
		return -1, -1, false
	case !t.word():
		return -1, -1, false
	case t.is("that"):
		return atThat(j)
	case objectVerbs[toks[v].lower] || clauseSkip[t.lower]:
		for k := j; k < n && k < j+12; k++ {
			tk := toks[k]
			switch {
			case tk.is(":"):
				return atColon(k)
			case tk.is("that"):
				return atThat(k)
			case tk.kind == tQuote:
				if toks[k-1].is(",") {
					return -1, k, false
				}
				return -1, -1, false
			case tk.word() && k > j && (pronouns[tk.lower] || otherPronouns[tk.lower]):
				return k, -1, false
			case tk.word() && k > j && clauseDeterminers[tk.lower] && toks[k-1].word() &&
				!determiners[toks[k-1].lower] && !clauseSkip[toks[k-1].lower] && !isRolePrep(toks[k-1]):
				// "told his supporters the vote had been …"
				return k, -1, false
			case tk.isTerm() || tk.is(";"):
				return -1, -1, false
			}
		}
		return -1, -1, false
	}
	return j, -1, false
}

// prepare fills, for the sentence toks, the tables that make clause ends
// and word counts O(1): cut[k] is the first colon or ", adding"-like
// participle at or after k (or len(toks)); trim[k] is k less the
// punctuation right before it; words[k] counts the words before k.
func (x *extractor) prepare(toks []token) {
	n := len(toks)
	x.cut = slices.Grow(x.cut[:0], n+1)[:n+1]
	x.trim = slices.Grow(x.trim[:0], n+1)[:n+1]
	x.words = slices.Grow(x.words[:0], n+1)[:n+1]
	x.cut[n] = n
	for k := n - 1; k >= 0; k-- {
		x.cut[k] = x.cut[k+1]
		if toks[k].is(":") || (toks[k].is(",") && k+1 < n && toks[k+1].word() && isParticiple(toks[k+1].lower) && sayVerbs[toks[k+1].lower]) ||
			(toks[k].is(",") && k+2 < n && toks[k+1].is("according") && toks[k+2].is("to")) {
			x.cut[k] = k
		}
	}
	x.trim[0], x.words[0] = 0, 0
	for k := 1; k <= n; k++ {
		t := toks[k-1]
		x.trim[k] = k
		if t.kind == tPunct && !t.is(")") {
			x.trim[k] = x.trim[k-1]
		}
		x.words[k] = x.words[k-1]
		switch t.kind {
		case tWord:
			x.words[k]++
		case tQuote:
			x.words[k] += x.quotes[t.q].words
		}
	}
}

// clauseEnd returns the end of the clause starting at cs: the end of the
// sentence, or a colon, or ", adding"-like participles, with trailing
// punctuation dropped.
func (x *extractor) clauseEnd(cs int) int {
	return max(cs, x.trim[x.cut[cs]])
}

// sentence finds the remarks of one sentence.
//
// It is longer than the project's 80-line limit on purpose, for now: its
// steps are closures sharing the sentence's scan state (tokens, cuts,
// quotes found so far), and naming them as separate steps goes together
// with the article reader's rework (speakers linked across the article,
// remarks grouped into runs), which changes the state they share.
func (x *extractor) sentence(s sentence, c *context, first bool) {
	toks := x.toks[s.lo:s.hi]
	n := len(toks)
	x.prepare(toks)
	headline := x.blocks[s.block].headline
	var sent *speaker // the sentence's speaker so far
	have := false
	nRemarks := len(x.remarks)
	var last *speaker
	lastSet := false
	var pending *speaker
	attribute := func(k int, spk *speaker) {
		q := toks[k].q
		if x.qState[q] == qPending {
			x.qState[q] = qAttributed
			x.qSpk[q] = spk
		}
	}
	seg := 0 // start of the text not yet part of a remark
	report := func(cs, ce int, spk *speaker) bool {
		if ce <= cs || x.words[ce]-x.words[cs] < 3 {
			return false
		}
		if ce-cs == 1 && toks[cs].kind == tQuote {
			attribute(cs, spk)
			return true
		}
		for k := cs; k < ce; k++ {
			if toks[k].kind == tQuote {
				x.qState[toks[k].q] = qAbsorbed
			}
		}
		seg = ce
		start, end := toks[cs].start, toks[ce-1].end
		x.add(Remark{Text: x.text[start:end], Kind: Reported, Start: start, End: end, QuoteStart: start, QuoteEnd: end, Headline: headline}, spk)
		last, lastSet = spk, true
		return true
	}

	x.mentions(toks)
	// The subject opening the sentence becomes the antecedent of a later
	// "he" or "the minister" even if it says nothing here.
	opening := x.openingSubject(toks)
	if opening.ok() {
		x.resolve(opening)
	}

	for i := 0; i < n; i++ {
		t := toks[i]
		if !t.word() {
			continue
		}
		say, content := sayVerbs[t.lower], contentVerbs[t.lower]
		if !say && !content {
			continue
		}
		// “…,” said X
		if attributionVerbs[t.lower] && i > 0 {
			if qi := quoteBefore(toks, i); qi >= 0 {
				if ph := forward(x.text, toks, i+1); ph.ok() && ph.kind != pAnonymous {
					spk := x.resolve(ph)
					sent, have = spk, true
					attribute(qi, spk)
					i = ph.hi - 1
					continue
				}
			}
		}
		ph, how, after := x.subject(toks, i)
		// "…, said the ministry."
		if how == subjNone && attributionVerbs[t.lower] && i > 0 && toks[i-1].is(",") {
			if ph := forward(x.text, toks, i+1); ph.ok() && ph.kind != pAnonymous && quietTail(toks, ph.hi) && x.fronted(toks, seg, i-1, ph.hi) {
				spk := x.resolve(ph)
				sent, have = spk, true
				report(seg, i-1, spk)
				i = ph.hi - 1
				continue
			}
		}
		var spk *speaker
		switch how {
		case subjPhrase, subjRelative:
			spk = x.resolve(ph)
		case subjSentence:
			if !have {
				continue
			}
			spk = sent
		default:
			continue
		}
		sent, have = spk, true
		// “…,” X said
		if how == subjPhrase {
			if qi := quoteBefore(toks, ph.lo); qi >= 0 {
				attribute(qi, spk)
				continue
			}
		}
		if say && i+1 < n && (toks[i+1].is("of") || toks[i+1].is("against") || toks[i+1].is("about")) {
			content = true // "warned of …", "cautioned against …": keep the verb
		}
		if content && !(i+1 < n && toks[i+1].is("that")) {
			cs := after
			if how == subjSentence {
				cs = i
			}
			ce := x.clauseEnd(cs)
			if how == subjRelative {
				ce = x.relativeEnd(toks, cs, ce)
			}
			if report(cs, ce, spk) {
				i = ce - 1
			}
			continue
		}
		cs, intro, colon := clauseStart(toks, i)
		switch {
		case intro >= 0:
			attribute(intro, spk)
			i = intro
		case colon:
			pending = spk
		case cs >= 0:
			ce := x.clauseEnd(cs)
			if how == subjRelative {
				ce = x.relativeEnd(toks, cs, ce)
			}
			if report(cs, ce, spk) {
				i = ce - 1
			}
		case how == subjPhrase && ph.lo > 0 && toks[ph.lo-1].is(",") && x.fronted(toks, seg, ph.lo-1, i+1):
			// "Sylvania will not comment, the ministry said on Tuesday."
			report(seg, ph.lo-1, spk)
		}
	}

	// "According to X, …" and "…, according to X."
	for i := 0; i+2 < n; i++ {
		if !toks[i].is("according") || !toks[i+1].is("to") {
			continue
		}
		ph := forward(x.text, toks, i+2)
		if !ph.ok() {
			continue
		}
		spk := x.resolve(ph)
		sent, have = spk, true
		if len(x.remarks) > nRemarks {
			break
		}
		hasQuote := false
		for _, t := range toks {
			hasQuote = hasQuote || t.kind == tQuote
		}
		if hasQuote {
			break
		}
		switch {
		case i == 0:
			cs := ph.hi
			if cs < n && toks[cs].is(",") {
				cs++
			}
			report(cs, x.clauseEnd(cs), spk)
		case toks[i-1].is(",") && (ph.hi == n || toks[ph.hi].isTerm()):
			report(0, i-1, spk)
		}
		break
	}

	// Headline "Putin: no rush to recognise the winner".
	if headline && len(x.remarks) == nRemarks {
		if ph := forward(x.text, toks, 0); ph.ok() && ph.kind != pAnonymous && ph.hi+1 < n && toks[ph.hi].is(":") && toks[ph.hi+1].kind != tQuote {
			spk := x.resolve(ph)
			sent, have = spk, true
			report(ph.hi+1, x.clauseEnd(ph.hi+1), spk)
		}
	}

	// Quotes not attributed by a verb.
	for i, t := range toks {
		if t.kind != tQuote || x.qState[t.q] != qPending {
			continue
		}
		var spk *speaker
		found := true
		switch {
		case i > 0 && toks[i-1].is(":") && have:
			spk = sent
		case i > 0 && toks[i-1].is(":"):
			ph := forward(x.text, toks, 0)
			if ph.ok() && ph.kind != pAnonymous && (ph.hi == i-1 || (ph.hi < n && toks[ph.hi].word() && !toks[ph.hi].cap)) {
				spk = x.resolve(ph)
			} else {
				found = false
			}
		case i > 0 && have:
			spk = sent
		case i == 0 && first && c.cont != nil:
			spk = c.cont
		case i == 0 && c.pendingIntro != nil:
			spk = c.pendingIntro
		case i == 0 && c.prev != nil:
			spk = c.prev
		case i == 0 && c.prevSubject.ok():
			spk = x.resolve(c.prevSubject)
		default:
			found = false
		}
		if found {
			x.qState[t.q] = qAttributed
			x.qSpk[t.q] = spk
		} else {
			x.qState[t.q] = qOrphan
		}
	}

	// Direct remarks.
	for _, t := range toks {
		if t.kind != tQuote {
			continue
		}
		st := x.qState[t.q]
		q := x.quotes[t.q]
		if st == qAbsorbed || (st == qOrphan && q.words < 4 && !q.term) {
			continue
		}
		start, end := trimQuote(x.text, q.cstart, q.cend)
		if start == end || q.words == 0 {
			continue
		}
		spk := x.qSpk[t.q]
		x.add(Remark{Text: x.text[start:end], Kind: Direct, Start: start, End: end, QuoteStart: q.open, QuoteEnd: q.close, Headline: headline}, spk)
		last, lastSet = spk, true
	}

	// What the next sentence may use.
	c.pendingIntro = pending
	c.prevSubject = phrase{}
	switch {
	case lastSet:
		c.prev = last
	case have:
		c.prev = sent
	default:
		c.prev = nil
		c.prevSubject = opening
	}
}

// relativeEnd ends a clause inside "X, who …," at its closing comma.
func (x *extractor) relativeEnd(toks []token, cs, ce int) int {
	for k := cs; k < ce; k++ {
		if toks[k].is(",") {
			return max(cs, x.trim[k])
		}
	}
	return ce
}

// fronted reports whether toks[seg:comma] is a clause reported by the
// attribution that follows the comma and runs from toks[rest] to the end
// of the sentence with no clause of its own: at least four words, no
// quotation, not opening with an adverbial ("Late on Tuesday, …"), and
// only a few words after the attribution ("in a statement on Tuesday").
func (x *extractor) fronted(toks []token, seg, comma, rest int) bool {
	if comma-seg < 4 || x.words[comma]-x.words[seg] < 4 || !toks[seg].word() || clauseSkip[toks[seg].lower] || notNames[toks[seg].lower] {
		return false
	}
	for _, t := range toks[seg:comma] {
		if t.kind == tQuote {
			return false
		}
	}
	tail := len(toks) - rest
	return tail <= 8 && (tail == 0 || toks[len(toks)-1].isTerm() || toks[len(toks)-1].word())
}

// openingSubject returns the phrase opening the sentence when it is a
// person: a name with a title or of several words or already known, or an
// office ("the prime minister"), followed by a lower-case word or a comma.
// A single unknown capitalised word ("Crowds gathered") is not one.
func (x *extractor) openingSubject(toks []token) phrase {
	ph := forward(x.text, toks, 0)
	if ph.hi >= len(toks) || !(toks[ph.hi].is(",") || (toks[ph.hi].word() && !toks[ph.hi].cap)) {
		return phrase{}
	}
	switch {
	case ph.kind == pRole,
		ph.kind == pName && (ph.titled || strings.Contains(ph.name, " ") || x.known(ph.name)):
		return ph
	}
	return phrase{}
}

// quietTail reports whether toks[k:] adds no clause to an attribution:
// nothing, or an adverbial ("in a statement", "on Tuesday").
func quietTail(toks []token, k int) bool {
	return k >= len(toks) || toks[k].isTerm() || (toks[k].word() && clauseSkip[toks[k].lower])
}

// mentions registers the names the sentence mentions with a title ("the
// winner, Prime Minister Eva Sand") or in full ("congratulated Joe
// Biden"), so that a later "Sand said" or "Mr Biden" resolves to the full
// name. It does not make them antecedents of "he" or "she".
func (x *extractor) mentions(toks []token) {
	for i := 1; i < len(toks); i++ {
		if !nameWord(toks[i]) || nameWord(toks[i-1]) {
			continue
		}
		j := i + 1
		for j < len(toks) && (nameWord(toks[j]) || (nameParticles[toks[j].lower] && j+1 < len(toks) && nameWord(toks[j+1]))) {
			j++
		}
		p := toks[i-1]
		if p.is(".") && i >= 2 {
			p = toks[i-2]
		}
		titled := p.word() && p.cap && (titles[p.lower] || personRoles[p.lower] || honorifics[p.lower])
		if j-i < 2 && !titled {
			i = j
			continue
		}
		name := span(x.text, toks, i, j)
		key := strings.ToLower(name)
		f := strings.Fields(key)
		if x.byName[key] == nil && (len(f) > 1 || x.bySurname[key] == nil) {
			s := &speaker{name: name, kind: pName}
			if titled && !honorifics[p.lower] {
				if ph := backward(x.text, toks, i-1); ph.kind == pRole {
					s.role = ph.role
				}
			}
			x.register(s, key)
		}
		i = j
	}
}

func (x *extractor) known(name string) bool {
	key := strings.ToLower(name)
	return x.byName[key] != nil || x.bySurname[key] != nil || x.byFirst[key] != nil
}

// trimQuote trims spaces and a trailing comma, semicolon, colon or dash
// from quote content.
func trimQuote(text string, s, e int) (int, int) {
	s, e = trimSpace(text, s, e)
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if r != ',' && r != ';' && r != ':' && r != '-' && r != '–' && r != '—' {
			break
		}
		e -= n
		s, e = trimSpace(text, s, e)
	}
	return s, e
}

// add records a remark; its speaker's name and role are filled in by
// finish, so that a name or role learnt later in the article is used.
func (x *extractor) add(r Remark, spk *speaker) {
	x.remarks = append(x.remarks, r)
	x.rspk = append(x.rspk, spk)
}

// resolve maps a mention to a speaker, updating the discourse state.
func (x *extractor) resolve(p phrase) *speaker {
	switch p.kind {
	case pPronoun:
		return x.lastSingular
	case pAnonymous:
		if p.word == "they" && x.lastGroup != nil && x.sentNo-x.groupSent <= 1 {
			return x.lastGroup
		}
		return nil
	case pName:
		key := strings.ToLower(p.name)
		s := x.byName[key]
		f := strings.Fields(key)
		if s == nil && len(f) == 1 {
			s = x.bySurname[key]
			if s == nil {
				s = x.byFirst[key] // "Wang" after "Wang Lei"
			}
		}
		if s == nil && len(f) > 1 {
			// "Putin" first, "Vladimir Putin" later: one speaker.
			if t := x.byName[f[len(f)-1]]; t != nil && t.kind == pName && x.bySurname[f[len(f)-1]] == nil {
				s = t
				s.name = p.name
				x.index(s, key)
			}
		}
		if s == nil {
			s = &speaker{name: p.name, role: p.role, kind: pName}
			x.register(s, key)
		} else if s.role == "" {
			s.role = p.role
		}
		x.lastSingular = s
		return s
	case pRole:
		if p.definite {
			for j := len(x.entries) - 1; j >= 0 && j >= len(x.entries)-64; j-- {
				if e := x.entries[j]; (e.kind == pName || e.kind == pRole) && e.matches(p.head, p.mods) {
					x.lastSingular = e
					return e
				}
			}
			if l := x.lastSingular; len(p.mods) == 0 && l != nil && l.kind == pName && l.role == "" {
				return l
			}
		}
		s := x.lookup(p.role, pRole)
		x.lastSingular = s
		return s
	case pGroup:
		x.lastGroup, x.groupSent = x.lookup(p.role, p.kind), x.sentNo
		return x.lastGroup
	case pInstitution:
		return x.lookup(p.role, p.kind)
	}
	return nil
}

func (x *extractor) lookup(name string, kind phraseKind) *speaker {
	key := strings.ToLower(name)
	if s := x.byName[key]; s != nil {
		return s
	}
	s := &speaker{name: name, kind: kind}
	x.register(s, key)
	return s
}

// register adds a new speaker known by key (its lower-case name).
func (x *extractor) register(s *speaker, key string) {
	x.entries = append(x.entries, s)
	x.index(s, key)
}

// index makes s findable by key and, for a full name, by its last and
// first words (unless another speaker already has them).
func (x *extractor) index(s *speaker, key string) {
	x.byName[key] = s
	if f := strings.Fields(key); s.kind == pName && len(f) > 1 {
		if x.bySurname[f[len(f)-1]] == nil {
			x.bySurname[f[len(f)-1]] = s
		}
		if x.byFirst[f[0]] == nil {
			x.byFirst[f[0]] = s
		}
	}
}

// matches reports whether a speaker's name or role contains head and every
// modifier ("the Russian president" → "Russian President Vladimir Putin").
func (s *speaker) matches(head string, mods []string) bool {
	words := strings.Fields(strings.ToLower(s.role + " " + s.name))
	for i, w := range words {
		words[i] = strings.TrimSuffix(strings.ReplaceAll(w, "’", "'"), "'s")
	}
	if !slices.Contains(words, head) {
		return false
	}
	for _, m := range mods {
		if !slices.Contains(words, m) {
			return false
		}
	}
	return true
}

// finish sorts the remarks and drops any that overlap an earlier one.
func (x *extractor) finish() []Remark {
	for i, spk := range x.rspk {
		if spk != nil {
			x.remarks[i].Speaker, x.remarks[i].Role = spk.name, spk.role
		}
	}
	slices.SortStableFunc(x.remarks, func(a, b Remark) int { return cmp.Compare(a.QuoteStart, b.QuoteStart) })
	out := x.remarks[:0]
	end := -1
	for _, r := range x.remarks {
		if r.QuoteStart < end || r.Start >= r.End {
			continue
		}
		out = append(out, r)
		end = r.QuoteEnd
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
