package article

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
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
// HTML character references and tags are read as a browser shows them,
// offsets still indexing text (see [Remark]).
func Extract(text string) []Remark {
	plain, m := plainText(text)
	return m.remarks(extract(plain))
}

// extract is Extract on text without markup (markup.go).
func extract(text string) []Remark {
	x := &extractor{text: text, byName: make(map[string]*speaker), bySurname: make(map[string]*speaker),
		byFirst: make(map[string]*speaker), bySuffix: make(map[string]*speaker), leaderOf: make(map[string]*speaker)}
	x.scan()
	x.run()
	x.authorRemarks()
	return x.finish()
}

type sentence struct {
	lo, hi int // token range
	block  int
}

const (
	qPending = iota
	qAttributed
	qAbsorbed
	qOrphan
)

type extractor struct {
	text   string
	blocks []block
	quotes []quote
	toks   []token
	sents  []sentence
	qState []uint8
	qSpk   []*speaker
	// qFollows is set for a quotation that continues its speaker's
	// previous remark ("He added: “…”", a quotation opening a sentence).
	qFollows []bool
	remarks  []found

	// per-sentence tables (prepare)
	cut, trim, words []int

	// discourse state
	entries     []*speaker
	byName      map[string]*speaker
	bySurname   map[string]*speaker
	byFirst     map[string]*speaker // first word of a full name, for surname-first names
	bySuffix    map[string]*speaker // endings of two words or more of a full name
	byInner     map[string]*speaker // inner words of a name of three words or more (indexInner)
	leaderOf    map[string]*speaker // "the Kremlin leader": kremlin → that speaker
	headRoles   []*speaker          // unnamed offices speaking in the headline
	leadName    *speaker            // the first named speaker of the lead paragraph
	inHeadline  bool
	inLead      bool
	interviewee *speaker // "We spoke to X": who answers after "A:"
	// en32Signer signs the prose of block en32SignedBlock (en32_signed.go).
	en32Signer      *speaker
	en32SignedBlock int
	inAnswer        bool // the current sentence is in an interview answer
	inQuestion      bool // the current sentence is in an interview question ("Q:")
	hasAnswers      bool // some paragraph is an interview answer (en15_interview.go)
	lastSingular    *speaker
	openPerson      *speaker // en19_bodypronoun.go: the person opening a recent sentence
	openSent        int      // sentence number where openPerson opened (rev19en)
	lastBody        *speaker // en19_it.go: the body a sentence's "It" means
	bodySent        int      // sentence number where lastBody was named
	// prevActor is the person who opened the previous sentence and was
	// the only speaker of its remarks; sentRemarks is how many remarks
	// there were when the current sentence began; paraFirst is set when
	// it begins a paragraph (described.go).
	prevActor   *speaker
	sentRemarks int
	paraFirst   bool
	// paraOpener is the person opening the current paragraph's first
	// sentence, if any: whom "We spoke to her" names in an interview's
	// introduction, whoever else the paragraph mentions after them.
	paraOpener *speaker
	// quietOpener is the person opening the current sentence when the
	// sentence gives nobody a remark ("Lena Dal chairs the observers'
	// network."), and prevQuiet that of the previous sentence: whom an
	// interview's "We spoke to her" right after introduces (en14_interview.go).
	quietOpener, prevQuiet *speaker
	// opener is the speaker the current sentence opens with, prevOpener
	// that of the previous sentence (indefiniteSpokesOwner).
	opener, prevOpener *speaker
	// sentNamed is the person the current sentence names last and nNamed how
	// many names it gives (mentions); prevNamed is sentNamed of the previous
	// sentence when it gave exactly one (describedPrev).
	sentNamed, prevNamed *speaker
	nNamed               int
	// rec25 holds what rec25en_introduced.go keeps of the previous sentence.
	rec25 rec25State
	// prevOnlyOpener is the previous sentence's quiet opener when the
	// sentence named nobody else (describedPrev; en16).
	prevOnlyOpener *speaker
	lastGroup      *speaker
	groupSent      int // sentence number where lastGroup was named
	sentNo         int // current sentence number
	// openList is the list of people the current sentence opens with and
	// prevList that of the sentence listSent (en18_they.go).
	openList, prevList []phrase
	listSent           int
}

func (x *extractor) scan() {
	x.groupSent = -2
	x.bodySent = -2
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
		b.answer = !b.headline && b.thi-b.tlo > 2 && x.toks[b.tlo].is("a") && x.toks[b.tlo].cap && x.toks[b.tlo+1].is(":")
		b.question = !b.headline && b.thi-b.tlo > 2 && x.toks[b.tlo].is("q") && x.toks[b.tlo].cap && x.toks[b.tlo+1].is(":")
		x.segment(bi)
	}
	x.namedAnswers()
	x.hasAnswers = slices.ContainsFunc(x.blocks, func(b block) bool { return b.answer })
	x.qState = make([]uint8, len(x.quotes))
	x.qSpk = make([]*speaker, len(x.quotes))
	x.qFollows = make([]bool, len(x.quotes))
}

// namedAnswers marks the answers of an interview whose answers are
// labelled with the interviewee's name instead of "A:" ("Q: Who moved
// first? … Levchenko: Warsaw, by a wide margin."): in an article with
// "Q:" paragraphs, a paragraph opening with one or two capitalised words
// and a colon (answerLabel) is an answer. Without questions such a label
// is a roundup's heading ("Washington: The State Department said …").
func (x *extractor) namedAnswers() {
	if !slices.ContainsFunc(x.blocks, func(b block) bool { return b.question }) {
		return
	}
	for bi := range x.blocks {
		b := &x.blocks[bi]
		if !b.headline && !b.question && !b.answer && answerLabel(x.toks[b.tlo:b.thi]) > 0 {
			b.answer = true
		}
	}
}

// answerLabel returns the index after the colon of a paragraph's label,
// one or two capitalised words and a colon with more words after it
// ("A:", "Levchenko:", "Oksana Levchenko:"), or 0.
func answerLabel(toks []token) int {
	for k := 1; k <= 2 && k+1 < len(toks); k++ {
		if !toks[k-1].word() || !toks[k-1].cap {
			return 0
		}
		if toks[k].is(":") {
			return k + 1
		}
	}
	return 0
}

// segment divides a paragraph into sentences. A sentence ends after . ! ?
// or … (not after an abbreviation or an initial) when the next word is not
// in lower case, and after a quotation ending with such a mark when a
// capitalised word follows that does not start an attribution (“Why?”
// Putin asked), and at the line break after a ticker's heading
// (headingBreak). Quotations never split a sentence: a quote spanning
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
	case headingBreak(x.text, t.end, nx.start):
		return true
	case t.isTerm():
		if nx.isTerm() || nx.is(")") || nx.is("]") || t.is(".") && nx.is(",") {
			return false // ".," ends no sentence: "Sen. X, R-Ky., said" (usstate.go)
		}
		if t.is(".") && i > 0 && toks[i-1].end == t.start && isAbbrev(toks[i-1]) && !bareNo(toks, i) && // bareno12.go
			!(len(toks[i-1].lower) == 1 && (fullNameSays(x.text, nx.start, len(x.text)) || afterPreposition(x.text, toks[i-1].start))) { // "Plan B. Marek Tamm said", "wrote on X. The"; scan.go
			return false
		}
		return !lowerNext
	case t.is(")") || t.is("]"):
		return i > 0 && toks[i-1].isTerm() && !lowerNext
	case t.kind == tQuote && x.quotes[t.q].term:
		if nx.kind == tQuote {
			return true
		}
		if nx.word() && nx.cap && i > 0 && toks[i-1].is(":") {
			// "its chairman replied: “No. …” Justice X said …": a quotation
			// introduced by a colon has its speaker; the verb after it
			// opens a new sentence.
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
	lastBlock, leadBlock := -1, -1
	for i, s := range x.sents {
		x.sentNo = i
		b := x.blocks[s.block]
		if inHeadline && !b.headline && !b.furniture {
			inHeadline = false
			c = context{}
			leadBlock = s.block
		}
		x.inHeadline, x.inAnswer, x.inQuestion = b.headline, b.answer, b.question
		if x.inLead && s.block != leadBlock {
			x.linkHeadline()
		}
		x.inLead = s.block == leadBlock
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
	if x.inLead {
		x.linkHeadline()
	}
	x.linkHeadlineSurnames() // mm21_headsurname.go
	x.linkAcronyms()         // acronym.go: "the Independent National Electoral Commission (INEC)"
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

// subject finds the subject of the verb toks[v]. after is the index of the
// first token after the subject (where auxiliaries start).
func (x *extractor) subject(toks []token, v int) (ph phrase, how subjectHow, after int) {
	if o, a := x.lab28enStatementSubject(toks, v); o.ok() {
		return o, subjPhrase, a // lab28en_omit.go: "The statement did not congratulate Lima"
	}
	if q := x.sourceSubject(toks, v); q.ok() {
		return q, subjPhrase, v
	}
	if sentenceParticiple(toks, v) {
		return phrase{}, subjSentence, v // ", adding that …", "by asking that …"
	}
	k := skipLeadInSplit(toks, v-1) // rec31en_split.go
	for n := 0; k >= 0 && n < 6 && preVerb(toks[k]); n++ {
		k--
	}
	if k > 0 && toks[k].is(".") && toks[k-1].end == toks[k].start && nameSuffixes[toks[k-1].lower+"."] {
		k-- // "President Ferdinand Marcos Jr. posted"
	}
	after = k + 1
	k = relativeTimeBack(toks, skipParenBack(toks, k)) // "Sen. Lisa Vale (R-Norland) said"; "X, who in 2019 accused …" (en15_review.go)
	if k < 0 {
		return phrase{}, subjNone, 0
	}
	t := toks[k]
	how = subjPhrase
	switch {
	case t.is("and") || t.is("but") || thenSeries(toks, k, v): // en15_clause.go: ", then congratulated"
		return phrase{}, subjSentence, v
	case t.word() && t.lower == "who" && k >= 2 && toks[k-1].is(","):
		ph = x.relativeAntecedent(toks, k) // en14_openers.go
		how = subjRelative
	case ofWhom(toks, k): // en17_ofwhom.go: ", both of whom described …"
		ph = x.relativeAntecedent(toks, k-2)
		how = subjRelative
	case t.word():
		ph = backward(x.text, toks, x.originTrim(toks, k))
		ph = x.missionBody(toks, ph, k)
	case t.is(",") && k >= 2:
		if ph = x.subjectBeforeComma(toks, k); !ph.ok() {
			return phrase{}, subjNone, 0
		}
		return ph, subjPhrase, after
	case t.is("—") || t.is("–"):
		if ph = x.describedList(toks, k); !ph.ok() { // rec22en_counted.go: "Two leaders — A and B — rejected …"
			ph = x.dashSubject(toks, k)
		} // "Ivo Kask — who finished second — said"
		if !ph.ok() {
			return phrase{}, subjNone, 0
		}
		return ph, subjPhrase, after
	default:
		return phrase{}, subjNone, 0
	}
	if ph.ok() && ph.lo > 0 && x.objectBlocked(toks, ph.lo-1, how) {
		ph = phrase{}
	}
	if ph.ok() && ph.lo > 0 && toks[ph.lo-1].is("no") {
		// "No Western leader has congratulated W", "no head of government
		// telephoned W": a subject denied by "no" is nobody, not a speaker.
		return phrase{}, subjNone, 0
	}
	if !ph.ok() && how == subjPhrase {
		ph = x.appositionSubject(toks, k)
	}
	if !ph.ok() {
		return phrase{}, subjNone, 0
	}
	return ph, how, after
}

// sourceSubject is the subject of the verb toks[v] that a source or a
// document names rather than the phrase before the verb: "Local media
// quoted X as saying …", "X was quoted by state media as saying …",
// "Sousa's statement adds that …", "A statement issued for X welcomed …"
// (en15_clause.go).
func (x *extractor) sourceSubject(toks []token, v int) phrase {
	if q := x.quotedAs(toks, v); q.ok() {
		return q
	}
	if q := x.passiveQuoted(toks, v); q.ok() {
		return q
	}
	if o := x.statementOwner(toks, v); o.ok() {
		return o
	}
	if d := x.documentSubject(toks, v); d.ok() {
		return d
	}
	if a := x.documentAuthors(toks, v); len(a) > 0 {
		return a[0] // en18_document.go: "A joint statement signed by A and B said"
	}
	return phrase{}
}

// subjectBeforeComma is the subject of a verb after the comma toks[k]:
// "The party, through its chairman, Jo Roe, said", "His predecessor, Jair
// Roe, said" (en14_openers.go), "Jo Roe, the foreign minister, said",
// and past a long apposition "Celso Amorim, Lula's chief adviser, who
// was …, told", where the description is not the subject and the person
// before it is.
func (x *extractor) subjectBeforeComma(toks []token, k int) phrase {
	if l := x.ledBySubject(toks, k); l.ok() {
		return l // en18_ledby.go: "The delegation, led by Jo Roe, praised …"
	}
	if m := x.amongThem(toks, k); len(m) > 0 {
		return m[0] // en17_among.go: "All five candidates, A and B among them, rejected …"
	}
	if m := x.includingAside(toks, k); len(m) > 0 {
		return m[0] // mm20_joined.go: "Western governments, including A and B, congratulated …"
	}
	if th := x.throughSubject(toks, k); th.ok() {
		return th
	}
	if p := x.partitiveSubject(toks, k); p.ok() {
		return p // rec31en_partitive.go: "One of the party leaders, Jo Roe, said"
	}
	ph := x.describedSubject(toks, k)
	if !ph.ok() {
		ph = x.commaSubject(toks, k)
	}
	if !ph.ok() || (ph.kind == pRole && ph.lo > 0 && toks[ph.lo-1].is(",")) {
		if a := x.appositionSubject(toks, k); a.ok() {
			ph = a
		}
	}
	return ph
}

// sentenceParticiple reports whether the speech or stance participle
// toks[v] has the sentence's speaker for subject: after a comma, a dash,
// "and" or a conjunction of time (", adding that …", "before
// congratulating …"), after "by", which opens the means of the subject's
// act ("closed her announcement by asking that …", "responded by calling
// the vote …"), or describing a statement the subject put out
// (issuedStatement).
func sentenceParticiple(toks []token, v int) bool {
	if v == 0 || !isParticiple(toks[v].lower) && !(en23ContactParticiples[toks[v].lower] && contactStance(toks, v)) && !rec27FurtherAct(toks, v) { // en23_contact.go; rec27en_further.go
		return false
	}
	p := toks[v-1]
	return p.is(",") || p.is("and") || p.is("while") || p.is("before") || p.is("after") || p.is("when") || p.is("by") ||
		p.is("—") || p.is("–") || issuedStatement(toks, v)
}

// issuedStatement reports whether the participle toks[v] describes a
// statement the sentence's subject put out: "had already put out a
// statement congratulating W", "posted a short message welcoming the
// result". A statementNouns noun comes right before it, after an
// indefinite article and at most two lower-case words. The statement's
// act is its author's, who is the sentence's speaker, whatever the verb
// that issued it ("put out", "released", "fired off") — but not a
// statement the subject received, answered or turned down, or one a
// preposition other than "in" or "with" puts after something ("ignored a
// statement congratulating W", "left after a message welcoming … arrived":
// unauthoredBefore).
func issuedStatement(toks []token, v int) bool {
	if v < 2 || !toks[v-1].word() || !statementNouns[toks[v-1].lower] {
		return false
	}
	for j := v - 2; j >= 0 && j >= v-4; j-- {
		t := toks[j]
		if !t.word() || t.cap {
			return false
		}
		if t.is("a") || t.is("an") {
			return j == 0 || !toks[j-1].word() || !unauthoredBefore[toks[j-1].lower]
		}
	}
	return false
}

// missionBody returns the body whose observers speak ("Observers from
// the OSCE said", "Monitors from the African Union said"): reporters and
// readers attribute such a finding to the body, which names the
// speaker. ph is the subject found before the verb with its origin
// trimmed, k the last token before the verb; anything else is ph.
func (x *extractor) missionBody(toks []token, ph phrase, k int) phrase {
	group := ph.kind == pGroup && missionGroups[ph.head] || (ph.kind == pInstitution || ph.kind == pRole) && missionHeads[ph.head]
	if !group || ph.hi+1 > k || !toks[ph.hi].is("from") {
		return ph
	}
	b := backward(x.text, toks, k)
	if b.lo <= ph.hi || (b.kind != pName && b.kind != pInstitution) {
		return ph
	}
	if en32FromListed(toks, b) {
		return b // en32_plural.go: coSubjects reads "from A and B" back to the "from"
	}
	b.lo = ph.lo // the subject's span opens with the observers
	return b
}

// commaSubject finds the subject of a verb that follows a comma (toks[k]):
// a phrase set off by one appositive or adverb ("Dmitry Peskov, the
// Kremlin spokesman, said"; "The Kremlin's spokesman, Dmitry Peskov,
// said"; "Putin, however, said").
func (x *extractor) commaSubject(toks []token, k int) phrase {
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
	if m < 1 || listTail(toks, m+1, k) {
		// "The Lima Group, which includes Tarn, Velor and Sarn, said":
		// the name before the comma is in a list, not the subject.
		return phrase{}
	}
	trim := x.originTrim(toks, m-1) // "Norland's envoy to Tarn, Jo Roe, said": the origin ends at the comma
	ph := backward(x.text, toks, trim)
	if !ph.ok() || (ph.hi != trim+1 && skipOrigin(toks, ph.hi) != m) || (ph.lo > 0 && !clauseOpener(toks[ph.lo-1]) && !x.subjectOpened(toks, ph.lo)) {
		return phrase{}
	}
	in := backward(x.text, toks, skipParenBack(toks, k-1)) // "the leader, Ivo Kask (62), said"
	clean := in.ok() && in.lo == m+1
	if o := x.originIn(toks, ph, m, k); !clean && o.ok() {
		in, clean = o, true // "His main rival, Hou Yu-ih of the Kuomintang, conceded"
	}
	switch {
	case clean && ph.kind == pName && ph.role == "" && (in.kind == pRole || in.kind == pInstitution):
		ph.role = in.role // "Dmitry Peskov, the Kremlin spokesman, said"
	case clean && (ph.kind == pRole || ph.kind == pInstitution) && in.kind == pName:
		in.role = ph.role // "The Kremlin's spokesman, Dmitry Peskov, said"
		in.lo = ph.lo
		in.poss = ph.poss
		ph = in
	case k-m == 2 && appositiveAdverbs[toks[m+1].lower]:
		// "Putin, however, said"
	case !clean && ph.lo != 0 && !clauseOpener(toks[ph.lo-1]) && !x.subjectOpened(toks, ph.lo):
		return phrase{}
	}
	if ph.kind == pName && ph.role == "" {
		// "Jo Roe, president of the Superior Electoral Tribunal, said"
		ph.role = officeDescription(x.text, toks, m+1, k)
	}
	return ph
}

// originIn is the name set off by the commas toks[m] and toks[k] after a
// role or a body ph when an origin follows the name ("His main rival, Hou
// Yu-ih of the Kuomintang, conceded"): backward from the comma finds the
// origin ("the Kuomintang"), not the name; originTrim steps back over it.
func (x *extractor) originIn(toks []token, ph phrase, m, k int) phrase {
	if ph.kind != pRole && ph.kind != pInstitution {
		return phrase{}
	}
	end := skipParenBack(toks, k-1)
	trim := x.originTrim(toks, end)
	if trim == end {
		return phrase{}
	}
	if in := backward(x.text, toks, trim); in.ok() && in.lo == m+1 && in.kind == pName {
		return in
	}
	return phrase{}
}

// timeOpened reports whether the words before toks[lo] are a sentence's
// opening time adverbial ("On Wednesday his aide Ivo Kask, speaking for
// the president, said"; "Late on Monday night"): a preposition, then at
// most four words with a timeWords word among them and no verb, possibly
// after one or two connectives ("And on Thursday", "But late on Monday").
// The subject after it opens its clause as it would at the sentence start.
func timeOpened(toks []token, lo int) bool {
	s := lo - 1
	for s >= 0 && lo-s <= 6 && toks[s].word() {
		s--
	}
	if s >= 0 && !toks[s].isTerm() {
		return false
	}
	s++
	for n := 0; n < 2 && s < lo && connectives[toks[s].lower]; n++ {
		s++ // "And on Thursday the ambassador, Ivo Kask, told": a connective before the adverbial
	}
	if s >= lo || !timePreps[toks[s].lower] {
		return false
	}
	timed := false
	for j := s + 1; j < lo; j++ {
		w := toks[j].lower
		if sayVerbs[w] || contentVerbs[w] || copulas[w] {
			return false
		}
		timed = timed || timeWords[w]
	}
	return timed
}

// listTail reports whether toks[lo:hi] ends a list of capitalised names:
// only capitalised words, with "and" before the last ("Velor and Sarn").
func listTail(toks []token, lo, hi int) bool {
	and := false
	for j := lo; j < hi; j++ {
		switch t := toks[j]; {
		case t.is("and") && j > lo:
			and = true
		case !t.word() || !t.cap:
			return false
		}
	}
	return and
}

// appositionSubject finds the subject of the verb after toks[k] across a
// long apposition: "Former CIA officer Jane Roe, vice president for
// analysis at the Example Group, who has studied the field for a decade,
// explained". The sentence (or a clause after a colon, dash or
// semicolon) must open with a person followed by a comma, and everything
// up to the verb must be at most four comma-separated descriptions with
// no speech or stance verb, no quotation and no sentence end; the last
// one ends with a comma or is a relative clause (who, whose, which).
func (x *extractor) appositionSubject(toks []token, k int) phrase {
	start := 0
	for j := k; j >= 0 && j > k-60; j-- {
		t := toks[j]
		if abbrevPeriod(toks, j) || stateAbbrevPeriod(toks, j) {
			continue // "spokesman for President-elect Ferdinand Marcos Jr., said"; "Sen. X, R-Ky., said" (usstate.go)
		}
		if t.isTerm() || t.kind == tQuote || t.is(";") || t.is(":") || t.is("—") || t.is("–") {
			start = j + 1
			break
		}
		if t.word() && (sayVerbs[t.lower] || contentVerbs[t.lower]) {
			return phrase{}
		}
		if j == k-59 {
			return phrase{}
		}
	}
	ph := x.capitalDescribed(toks, start, forwardRun(x.text, toks, start)) // describedname12.go
	if ph.kind != pName && ph.kind != pRole {
		ph = x.nameAfterDescription(toks, start, nextComma(toks, start)) // "The evangelical pastor Jo Roe, who …"
	}
	after := skipOrigin(toks, ph.hi) // "Ossufo Momade of Renamo, whose party …, said"
	if (ph.kind != pName && ph.kind != pRole) || after >= k || !toks[after].is(",") {
		return phrase{}
	}
	commas, lastSeg, relative := 0, after, false
	for j := after; j <= k; j++ {
		if !toks[j].is(",") {
			continue
		}
		if relative && j < k && toks[j-1].cap && toks[j+1].word() && toks[j+1].cap {
			continue // a list in a relative clause: "which includes Tarn, Velor and Sarn"
		}
		commas++
		lastSeg = j
		relative = relative || j+1 < len(toks) && relativeWords[toks[j+1].lower]
	}
	if commas > 4 || commas == 0 {
		return phrase{}
	}
	if lastSeg != k && !(lastSeg+1 < len(toks) && relativeWords[toks[lastSeg+1].lower]) {
		return phrase{}
	}
	if ph.kind == pName && ph.role == "" {
		// "Jo Roe, president of the Superior Electoral Tribunal, said":
		// the first description is the role when it is an office.
		ph.role = officeDescription(x.text, toks, after+1, nextComma(toks, after+1))
	}
	return ph
}

// skipLeadIn steps back over a description between a subject and its
// verb, toks[k] being the word before the verb: "was among the first
// (heads of state) to", "were also quick to", "was the first foreign
// leader to", "were among the leaders who", "joined other leaders in"
// (joinedIn). It returns the index of the
// last word of the subject's side, or k.
//
// A purpose lead-in ("went on state television to say", "seized the
// microphone at the results centre to declare", "used a speech to
// announce") is the subject's act before the speech: purposeLeadIns.
func skipLeadIn(toks []token, k int) int {
	if j := joinedParticiple(toks, k); j != k {
		return j // en15_retract.go: "joined the leaders pulling back …"
	}
	if k >= 1 && (toks[k].is("in") || toks[k].is("to")) {
		if j := joinedIn(toks, k); j != k {
			return j
		}
	}
	if k < 1 || !(toks[k].is("to") || toks[k].is("who")) {
		return k
	}
	for j := k - 1; j >= 0 && j >= k-leadInSpan; j-- {
		if !toks[j].word() {
			return k
		}
		if purposeLeadIns[toks[j].lower] && toks[k].is("to") && j+1 < k {
			return j - 1 // "X went on state television to say", "seized the microphone to declare"
		}
		if copulas[toks[j].lower] && j+1 < k && leadIns[toks[j+1].lower] {
			return j - 1
		}
		if tookTo[toks[j].lower] && j+1 < k && toks[j+1].is("to") && toks[k].is("to") {
			return j - 1 // "X took to social media to congratulate"
		}
	}
	return k
}

// leadInSpan is how many words a lead-in may hold between the subject
// and "to" or "who".
const leadInSpan = 10

// joinedIn steps back over "joined other leaders in" before a verb,
// toks[k] being "in" or "to": "X joined other leaders in congratulating
// W", "X joined other world leaders to congratulate W", "X joined the
// chorus of governments in welcoming the result". The joining
// verb comes within six words before "in", with only words between; it
// returns the index of the last word before it, or k.
func joinedIn(toks []token, k int) int {
	if j, _, _, ok := joinedAside(toks, k); ok {
		return j - 1 // rec22en_joined.go: "joined the leaders of two parties — A and B — in"
	}
	for j := k - 1; j >= 1 && j >= k-6; j-- {
		if !toks[j].word() {
			return k
		}
		if joinVerbs[toks[j].lower] {
			return j - 1
		}
	}
	return k
}

// originTrim steps back over "of Alaska", "of the National Jury" or "in
// the Pacific" after a name or group, so that "Sen. Lisa Murkowski of Alaska said" has the subject
// Lisa Murkowski; k is the last token before the verb. The origin may be
// an organisation whose name has lower-case links or ends in a lower-case
// noun ("Nika Roe of the Coalition for Change", "Ivo Kask of the New
// People party"): see orgLink and orgNouns.
func (x *extractor) originTrim(toks []token, k int) int {
	if j := x.lowerOrigin(toks, k); j != k {
		return j // en14_openers.go: "Ivo Kask of the ruling party said"
	}
	j := k
	if j >= 1 && orgEnd(toks, j) {
		j-- // "of the New People party"
	}
	for n := 0; j >= 1 && n < 10; n, j = n+1, j-1 {
		t := toks[j]
		switch {
		case !t.word() || j == k && !t.cap:
			return k
		case originPreps[t.lower] && j < k && (toks[j+1].cap || toks[j+1].is("the")):
			if x.originOwner(toks, j) {
				return j - 1
			}
			if !orgLink(toks, j) {
				return k // "of" inside the name: "the Union of Democratic Forces"
			}
		case t.is("the") && j < k && (toks[j+1].cap || j+1 < k && partyAdjective(toks, j+1)):
			if !originPreps[toks[j-1].lower] {
				return k
			}
		case !t.cap && partyAdjective(toks, j):
			// "Carlos Calleja of the right-wing ARENA said"
		case !t.cap && !orgLink(toks, j):
			return k
		}
	}
	return k
}

// partyAdjective reports whether the lower-case toks[j] describes the
// organisation named after it, between "of the" and the name ("of the
// right-wing ARENA", "of the ruling Georgian Dream").
func partyAdjective(toks []token, j int) bool {
	t := toks[j]
	return j >= 2 && toks[j-1].is("the") && originPreps[toks[j-2].lower] && toks[j+1].cap &&
		(strings.Contains(t.lower, "-") || partyAdjectives[t.lower])
}

// originOwner reports whether the "of", "from", "in" or "to" at toks[j]
// follows a name or group that can own an origin: a group ("Nine
// countries in the Pacific said"), a name with a title or of several
// words ("President Ivo Kask in Tarn said"), an envoy or mission before
// "to" ("Norland's ambassador to the United Nations"). A bare capitalised
// word does not ("Protests in Tarn").
func (x *extractor) originOwner(toks []token, j int) bool {
	if orgOf(toks, j) {
		return false // en16_orgname.go: "the Bishops' Conference of the Philippines"
	}
	p := backward(x.text, toks, j-1)
	if toks[j].is("to") {
		// "Norland's ambassador to the United Nations said", "the
		// Norlandic mission to the OSCE said"
		return p.kind != pName && p.ok() && p.hi == j && envoyWords[toks[j-1].lower]
	}
	if p.kind == pGroup && p.hi == j {
		return true // "Fourteen countries in the Americas said"
	}
	if (p.kind == pInstitution || p.kind == pRole) && p.hi == j && missionHeads[p.head] && toks[j].is("from") {
		return true // "An observer mission from the East African Community said" (missionBody)
	}
	return p.kind == pName && p.hi == j && (p.titled || strings.Contains(p.name, " "))
}

// orgLink reports whether the lower-case word toks[j] links capitalised
// words inside an organisation's name ("Coalition for Change", "Union of
// Democratic Forces", "Partido de la Liberación").
func orgLink(toks []token, j int) bool {
	t := toks[j]
	if orgAnd(toks, j) {
		return true // en14_openers.go: "Rally for Democracy and Progress"
	}
	return j >= 1 && j+1 < len(toks) && t.word() && !t.cap && (orgLinks[t.lower] || nameParticles[t.lower]) &&
		toks[j-1].word() && toks[j-1].cap && toks[j+1].word() && toks[j+1].cap
}

// orgEnd reports whether toks[j] is a lower-case noun ending an
// organisation's name after a capitalised word ("the New People party").
func orgEnd(toks []token, j int) bool {
	return j >= 1 && toks[j].word() && !toks[j].cap && orgNouns[toks[j].lower] && toks[j-1].word() && toks[j-1].cap
}

// dashSubject finds the subject of a verb after a closing dash (toks[k])
// across a description set off by dashes: "Ivo Kask — who finished
// second — said", "Anna Berg – the interior minister – told". The
// description holds no quotation or sentence end, and no speech or stance
// verb unless it is a relative clause ("— who had refused to concede —"),
// and the person before the opening dash opens the sentence or a clause.
func (x *extractor) dashSubject(toks []token, k int) phrase {
	verb := false
	for j := k - 1; j >= 1 && j >= k-dashAsideSpan; j-- { // rec31en_dash.go: a long aside
		t := toks[j]
		if t.isTerm() || t.kind == tQuote || t.is(";") {
			return phrase{}
		}
		verb = verb || (t.word() && (sayVerbs[t.lower] || contentVerbs[t.lower]))
		if !(t.is("—") || t.is("–")) {
			continue
		}
		if j == k-1 || (verb && !relativeWords[toks[j+1].lower]) {
			// A verb inside the dashes is a clause of its own, unless
			// the description is a relative clause ("— who had refused
			// to concede —").
			return phrase{}
		}
		ph := backward(x.text, toks, x.originTrim(toks, j-1))
		if ph.kind != pName && ph.kind != pRole && ph.kind != pInstitution {
			return phrase{}
		}
		if ph.lo > 0 && !clauseOpener(toks[ph.lo-1]) {
			return phrase{}
		}
		return ph
	}
	return phrase{}
}

// abbrevPeriod reports whether toks[j] is the period of an abbreviation
// or a name suffix inside a sentence ("Marcos Jr.,", "Dr. Volk"), not a
// sentence end: it is glued to the word before it.
func abbrevPeriod(toks []token, j int) bool {
	if j < 1 || !toks[j].is(".") || toks[j-1].end != toks[j].start {
		return false
	}
	p := toks[j-1]
	return p.word() && (nameSuffixes[p.lower] || honorifics[p.lower] || isAbbrev(p))
}

// passiveQuoted finds X in "X was quoted (by the state news agency) as
// saying …", toks[v] being the participle after "as": the subject of the
// passive "quoted" is the speaker. Between "quoted" and "as" there is
// nothing or a "by" phrase of at most eight words.
func (x *extractor) passiveQuoted(toks []token, v int) phrase {
	if v < 4 || !toks[v-1].is("as") || !strings.HasSuffix(toks[v].lower, "ing") {
		return phrase{}
	}
	for k := v - 2; k >= 2 && k >= v-10; k-- {
		if !toks[k].word() {
			return phrase{}
		}
		if toks[k].lower != "quoted" {
			continue
		}
		if !passiveAux[toks[k-1].lower] || (k+1 != v-1 && !toks[k+1].is("by")) {
			return phrase{}
		}
		if ph := backward(x.text, toks, k-2); ph.ok() && ph.hi == k-1 && ph.kind != pAnonymous {
			return ph
		}
		return phrase{}
	}
	return phrase{}
}

// officeDescription is the description toks[lo:hi] as a role when it
// opens with an office in lower case ("president of the Superior Tribunal
// of Electoral Justice", "the national registrar"), else "". It holds no
// speech or stance verb, quotation or sentence end.
func officeDescription(text string, toks []token, lo, hi int) string {
	if hi <= lo || hi > len(toks) || hi-lo > maxPhrase+4 {
		return ""
	}
	j := lo
	if toks[j].word() && (toks[j].is("the") || toks[j].is("a") || toks[j].is("an")) {
		j++
	}
	if j >= hi || !toks[j].word() || toks[j].cap || !(isRoleHead(toks[j].lower) || titles[toks[j].lower]) {
		return ""
	}
	for _, t := range toks[lo:hi] {
		if t.kind == tQuote || t.isTerm() || (t.word() && (sayVerbs[t.lower] || contentVerbs[t.lower] || relativeWords[t.lower])) {
			return ""
		}
	}
	return span(text, toks, j, hi)
}

// skipParenBack steps back over a short parenthesis that ends at toks[k]
// and follows a word: an age, a party and state or a country after a name
// ("Ivo Kask (62)", "Sen. Lisa Vale (R-Norland)", "Anna Berg (Norland)").
// It returns the index of the word before "(", or k when toks[k] does not
// close such a parenthesis (at most six tokens inside, no speech or stance
// verb, no quotation).
func skipParenBack(toks []token, k int) int {
	if k < 2 || !toks[k].is(")") {
		return k
	}
	for j := k - 1; j >= 1 && j >= k-9; j-- {
		t := toks[j]
		if t.is("(") {
			if j == k-1 || !toks[j-1].word() {
				return k
			}
			return j - 1
		}
		if t.kind == tQuote || t.isTerm() && !stateAbbrevPeriod(toks, j) || (t.word() && (sayVerbs[t.lower] || contentVerbs[t.lower])) {
			return k
		}
	}
	return k
}

// lyAdverb reports whether t is a lower-case adverb in -ly ("said
// separately in Brussels that …", "said privately"): the clause starts
// after it and what it introduces, like after a word of clauseSkip.
func lyAdverb(t token) bool {
	return t.word() && !t.cap && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ly")
}

// preVerb reports whether t may stand between a subject and its verb: an
// auxiliary or adverb of auxWords, or any lower-case adverb in -ly ("X
// cautiously welcomed", "X belatedly congratulated") that is no noun
// (lyNouns: "the family said", "an ally said").
func preVerb(t token) bool {
	// A negated auxiliary's contraction ("hasn't", "didn't", "won't") is one
	// word and stands where "has not" would.
	return t.word() && (auxWords[t.lower] || strings.HasSuffix(t.lower, "n't") || lyAdverb(t) && !lyNouns[t.lower])
}

func clauseOpener(t token) bool {
	return t.kind == tQuote || t.is(",") || t.is(":") || t.is(";") || t.is("—") || t.is("–") || t.is("-") ||
		t.is("and") || t.is("but") || t.is("while") || t.is("as") || t.is("whereas") || t.is("(")
}

// clauseStart finds where the clause of the speech verb toks[v] starts. It
// returns the index of an introduced quotation in intro instead when the
// verb introduces one ("X said: “…”"), and colon when the sentence ends
// with "X said:".
func clauseStart(toks []token, v int) (cs, intro int, colon bool) {
	n := len(toks)
	j := afterSpeechVerb(toks, v)
	if j < 0 {
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
		return thatClause(toks, k), -1, false // en16_that.go
	}
	sub := elidedSubjectAt(toks, v, j)
	t := toks[j]
	switch {
	case t.is(":") || putItColon(toks, v) >= 0:
		return atColon(max(j, putItColon(toks, v))) // en18_putit.go: "put it bluntly: …
	case t.kind == tQuote:
		return -1, j, false
	case t.is(","):
		if isQ(j + 1) {
			return -1, j + 1, false
		}
		if k := asideThat(toks, j); k >= 0 {
			return atThat(k) // "said, in effect, that …"
		}
		return -1, -1, false
	case !t.word():
		return -1, -1, false
	case t.is("that"):
		return atThat(j)
	case t.is("by") && !objectVerbs[toks[v].lower]:
		return byThat(toks, j) // frontedpp12.go: "said by phone after his release that …"
	case sub >= 0:
		return sub, -1, false // "warned the count had been rigged"
	case objectVerbs[toks[v].lower] || clauseSkip[t.lower] || lyAdverb(t) || lab31enTimeLead(toks, j) || weekdays[t.lower] && !weekdaySubject(toks, j):
		for k := j; k < n && k < j+12; k++ {
			tk := toks[k]
			switch {
			case tk.is(":"):
				return atColon(k)
			case tk.is("that") && purposeThat(toks, k): // en14_openers.go
				return -1, -1, false
			case tk.is("that") && !thatTime(toks, k): // en16_that.go: not "in a radio interview that morning that …"
				return atThat(k)
			case tk.kind == tQuote:
				if toks[k-1].is(",") {
					return -1, k, false
				}
				return -1, -1, false
			case k > j && elidedSubject(toks, k):
				return howStart(toks, j, k), -1, false // en15_clause.go: how keen he was
			case tk.isTerm() || tk.is(";"):
				return -1, -1, false
			}
		}
		return -1, -1, false
	case objectSayVerbs[toks[v].lower] && !elidedClause(toks, j):
		return -1, -1, false // "recounted the votes", "countered Kask's claim that …"
	case colonAfterObject(toks, j) >= 0:
		return atColon(colonAfterObject(toks, j)) // "said much the same: …"; en15_clause.go
	}
	return j, -1, false
}

// afterSpeechVerb returns the index of the first token after the speech
// verb toks[v] and what belongs to it ("pointed out", "made it clear"),
// or -1 when the sentence ends there.
func afterSpeechVerb(toks []token, v int) int {
	j := v + 1
	if j >= len(toks) {
		return -1
	}
	if k := rec27MadeClearEnd(toks, v); k > 0 {
		return k // rec27en_madeclear.go: "made it clear that …"
	}
	if p, ok := particleSayVerbs[toks[v].lower]; ok && toks[j].is(p) {
		j++ // "pointed out that …"
	}
	if j >= len(toks) {
		return -1
	}
	return j
}

// elidedSubject reports whether toks[k], after an addressee or an
// adverbial that follows a speech verb, opens the verb's clause whose
// "that" was left out: a subject pronoun ("told reporters he …", "told
// reporters there were no plans …"), a capitalised subject after a time
// adverbial ("said on Thursday President Ivo Kask had …") or a channel
// ("said in a statement Norland was …", "told Reuters Kask had …"), or a
// determiner after an addressee ("told his supporters the vote had been
// …"; not "in a statement released by his office that …").
func elidedSubject(toks []token, k int) bool {
	tk, prev := toks[k], toks[k-1]
	switch {
	case !tk.word():
		return false
	case pronouns[tk.lower] || otherPronouns[tk.lower] || expletives[tk.lower]:
		return true
	case tk.cap && timeWords[prev.lower] && !objectPreps[prev.lower]:
		return true
	case timedSubject(toks, k, prev): // en15_time.go
		return true
	case tk.cap && toldPronoun(toks, k): // en18_told.go: "told me Velor would wait"
		return true
	case tk.cap && !timeWords[tk.lower] && !channelTails[tk.lower] && (mediumWords[prev.lower] ||
		channelTails[prev.lower] && k >= 2 && mediumWords[toks[k-2].lower]):
		return true // "said in a statement Norland was …", "told AP News Kask had …"
	}
	return clauseDeterminers[tk.lower] && prev.word() && !determiners[prev.lower] && !clauseSkip[prev.lower] &&
		!isRolePrep(prev) && !blockedBefore[prev.lower]
}

// asideThat finds the "that" after a short aside set off by commas right
// after a speech verb, toks[j] being the first comma: "said, in effect,
// that", "said, however, that", "told reporters, in a televised address,
// that". The aside has at most eight words and no verb of speech or
// stance; it returns -1 when there is none.
func asideThat(toks []token, j int) int {
	for k := j + 1; k < len(toks) && k <= j+9; k++ {
		tk := toks[k]
		switch {
		case tk.is(","):
			if k > j+1 && k+1 < len(toks) && toks[k+1].is("that") {
				return k + 1
			}
			return -1
		case !tk.word() || sayVerbs[tk.lower] || contentVerbs[tk.lower]:
			return -1
		}
	}
	return -1
}

// prepare fills, for the sentence toks, the tables that make clause ends
// and word counts O(1): cut[k] is the first colon, semicolon, ",
// adding"-like participle, ", and later told" (andSaid), ", stopping short"-like participle of the
// speaker's own refusal (denialParticiples), ", according to" or comma opening a clause with
// its own subject (newClause) at or after k (or len(toks)); trim[k] is k less the
// punctuation right before it; words[k] counts the words before k.
func (x *extractor) prepare(toks []token) {
	n := len(toks)
	x.cut = slices.Grow(x.cut[:0], n+1)[:n+1]
	x.trim = slices.Grow(x.trim[:0], n+1)[:n+1]
	x.words = slices.Grow(x.words[:0], n+1)[:n+1]
	x.cut[n] = n
	for k := n - 1; k >= 0; k-- {
		x.cut[k] = x.cut[k+1]
		if toks[k].is(":") || toks[k].is(";") || (toks[k].is(",") && k+1 < n && toks[k+1].word() && isParticiple(toks[k+1].lower) && (sayVerbs[toks[k+1].lower] || denialParticiples[toks[k+1].lower])) ||
			(toks[k].is(",") && k+2 < n && toks[k+1].is("according") && toks[k+2].is("to")) || x.newClause(toks, k) || asDid(toks, k) || andSaid(toks, k) {
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

// andSaid reports whether the comma toks[k] opens a second speech verb of
// the same subject: ", and later told a radio station there were …", ",
// but added that …". The first reported clause ends there; the second
// is the sentence speaker's own remark (subject's subjSentence).
func andSaid(toks []token, k int) bool {
	if !toks[k].is(",") || k+2 >= len(toks) || !(toks[k+1].is("and") || toks[k+1].is("but")) {
		return false
	}
	j := k + 2
	for n := 0; j < len(toks) && n < 4 && preVerb(toks[j]); n++ {
		j++
	}
	return j < len(toks) && toks[j].word() && sayVerbs[toks[j].lower] && !strings.HasSuffix(toks[j].lower, "ing")
}

// newClause reports whether the comma toks[k] starts a clause with a
// subject of its own: ", and Mexico's López Obrador called …", ", while
// the minister said …", ", and he repeated on Monday that …", ", even as
// his chief of staff said …". A reported clause ends there.
func (x *extractor) newClause(toks []token, k int) bool {
	if bareJoin(toks, k) {
		return x.ownSubjectVerb(toks, k, k, false) // en17_join.go: "congratulated W and Lena Dal said …"
	}
	if !toks[k].is(",") || k+2 >= len(toks) || !toks[k+1].word() {
		return false
	}
	if toks[k+1].is("with") {
		return x.withSpeaker(toks, k+1) // ", with Kremlin spokesman X saying …"
	}
	s := k + 1
	if toks[s].is("even") && s+2 < len(toks) && toks[s+1].word() && evenJoiners[toks[s+1].lower] {
		s++ // ", even as his own chief of staff said …"
	}
	if s == k+1 && !clauseJoiners[toks[s].lower] {
		if !subordinateClosed(toks, k) {
			return false
		}
		s = k // en14_openers.go: "When X announced …, Ivo Kask said": the subject follows the comma
	}
	return x.ownSubjectVerb(toks, k, s, s == k)
}

// ownSubjectVerb reports whether a subject and its speech or stance verb
// follow toks[s] (the joiner ending at s, after the comma toks[k]; closed
// when a subordinate clause before the comma ends at k).
func (x *extractor) ownSubjectVerb(toks []token, k, s int, closed bool) bool {
	s = skipClauseAdverbial(toks, rec29enPlaceEnd(toks, s+1)) - 1 // frontedpp12.go: ", and after the announcement he said"; rec29en_place.go: ", and in Tarn the party leader, Jo Roe, said"
	ph := forwardRun(x.text, toks, s+1)
	if ph.kind != pName && ph.kind != pRole && ph.kind != pInstitution && ph.kind != pGroup && ph.kind != pPronoun {
		return false
	}
	j := skipLocative(toks, skipOrigin(toks, ph.hi)) // ", while Ivo Kask of the New party also conceded"; en22_locative.go: ", and Jo Roe at the Commission said"
	if a := apposedName(x.text, toks, ph, j); a > j {
		j = a // ", and the party's communications officer, Jo Roe, told …"
	}
	for n := 0; n < 4 && j+1 < len(toks) && (toks[j].is("and") || toks[j].is(",")); n++ {
		// ", and Romania's Klaus Iohannis and France's Emmanuel Macron also sent"
		next := forwardRun(x.text, toks, j+1)
		if next.kind != pName || amongAside(toks, next.hi) {
			break // en18_told.go: ", and the envoys, Jo Roe among them, issued …"
		}
		j = next.hi
	}
	if ph.kind == pGroup && j < len(toks) && toks[j].is("who") {
		return true // ", and leaders who telephoned … included"
	}
	if ph.kind != pPronoun {
		j = skipApposition(toks, j) // ", and Brazil's Ivo Kask, an ally of Lenz, has yet to …"
	}
	for n := 0; j < len(toks) && n < 6 && preVerb(toks[j]) && !sameAct(toks, j); n++ {
		j++
	}
	if closed && j+1 < len(toks) && toks[j+1].is(",") {
		return false // "If the court rules against him, Sousa said, he will appeal": an attribution set in the clause
	}
	return j < len(toks) && toks[j].word() && (sayVerbs[toks[j].lower] || contentVerbs[toks[j].lower] || silence(toks, j) || sameAct(toks, j) || vowTo(toks, j) || phrasalStance(toks, j) || amongWho(toks, j) || rec24enEarly(toks, j) || rec24enEarlyHead(toks, j)) // en20_among.go; rec24en_early.go
}

// apposedName returns the index after the name that an office ph (ending
// before toks[j]) sets off by commas: ", and the party's communications
// officer, Jo Roe, told …" — the name and its closing comma belong to the
// subject. It returns j when there is none.
func apposedName(text string, toks []token, ph phrase, j int) int {
	if ph.kind != pRole || j+2 >= len(toks) || !toks[j].is(",") {
		return j
	}
	n := forwardRun(text, toks, j+1)
	if n.kind != pName || n.hi+1 >= len(toks) || !toks[n.hi].is(",") || !toks[n.hi+1].word() || toks[n.hi+1].cap {
		return j
	}
	return n.hi + 1
}

// skipApposition steps over a description or relative clause set off by
// commas after a subject, toks[j] being the opening comma: ", a close ally
// of Lenz," or ", who won last Sunday,". The description is at most 15
// tokens with no quotation or sentence end, and no speech or stance verb
// unless it is a relative clause. It returns the index after the closing
// comma, or j.
func skipApposition(toks []token, j int) int {
	if j+2 >= len(toks) || !toks[j].is(",") || !toks[j+1].word() {
		return j
	}
	relative := relativeWords[toks[j+1].lower]
	for k := j + 1; k < len(toks) && k <= j+16; k++ {
		t := toks[k]
		switch {
		case t.is(","):
			if k == j+1 {
				return j
			}
			return k + 1
		case t.kind == tQuote || t.isTerm() || t.is(";") || t.is(":"):
			return j
		case !relative && t.word() && (sayVerbs[t.lower] || contentVerbs[t.lower]):
			return j
		}
	}
	return j
}

// clauseEnd returns the end of the clause starting at cs: the end of the
// sentence, or a colon, or ", adding"-like participles, with trailing
// punctuation dropped.
func (x *extractor) clauseEnd(cs int) int {
	return max(cs, x.trim[x.cut[cs]])
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
	// A clause opening with a personal pronoun or "there" is a clause with
	// its own subject ("He wanted a clearer picture first, he said"; "There
	// will be no recount, the ministry said"), though notNames lists them.
	w := toks[seg].lower
	opens := subordinateOpens(toks, seg, comma) // en22_subordinate.go: "Once the court had ruled, Velor would …, X said"
	if comma-seg < 4 || x.words[comma]-x.words[seg] < 4 || !toks[seg].word() || !opens && (clauseSkip[w] && !determinerOpens(toks, seg) ||
		notNames[w] && !pronouns[w] && !otherPronouns[w] && !expletives[w] && !determinerOpens(toks, seg)) {
		return false
	}
	for _, t := range toks[seg:comma] {
		if t.kind == tQuote {
			return false
		}
	}
	tail := len(toks) - rest
	if opens {
		tail = timedTail(toks, rest) // en22_subordinate.go
	}
	if tail > 8 && tail <= 16 && placeTail(toks, rest) {
		tail = 0 // "…, the commission said at a news conference on the final results."
	}
	return tail <= 8 && (tail == 0 || toks[len(toks)-1].isTerm() || toks[len(toks)-1].word())
}

// placeTail reports whether the words after a closing attribution's verb
// (from toks[rest]) only tell where, when or how it was said: a
// preposition opens them ("at a news conference on the final results from
// Thursday's election", "in a statement posted on its website late on
// Monday") and no comma, quotation, "that", conjunction or verb of speech
// or stance follows, so they hold no clause of their own.
func placeTail(toks []token, rest int) bool {
	if rest >= len(toks) || !toks[rest].word() || !tailPreps[toks[rest].lower] {
		return false
	}
	for _, t := range toks[rest : len(toks)-1] {
		if t.kind == tQuote || t.is(",") || t.is(";") || t.is(":") || t.word() && (t.is("that") || t.is("and") || t.is("but") || sayVerbs[t.lower] || contentVerbs[t.lower] || copulas[t.lower]) {
			return false
		}
	}
	return toks[len(toks)-1].isTerm()
}

// determinerOpens reports whether toks[k] is a determiner or a possessive
// opening the fronted clause's subject ("His country would not recognise
// the outcome, Lena Dal said"; "No country should rush, the minister
// said"; "This was a fraud, she said"), not a time adverbial ("This
// week, …"): notNames and clauseSkip list these words because they are
// no names and may open an adverbial.
func determinerOpens(toks []token, k int) bool {
	if !toks[k].word() || !determiners[toks[k].lower] && !subjectOpeners[toks[k].lower] {
		return false
	}
	return k+1 >= len(toks) || !toks[k+1].word() || !timeWords[toks[k+1].lower] && !periodWords[toks[k+1].lower]
}

// openingSubject returns the phrase opening the sentence when it is a
// person: a name with a title or of several words or already known, or an
// office ("the prime minister"), followed by a lower-case word or a comma.
// A single unknown capitalised word ("Crowds gathered") is not one.
//
// A short adverbial before a comma may come first ("In Berlin, Chancellor
// Angela Merkel struck a more personal note").
func (x *extractor) openingSubject(toks []token) phrase {
	start := x.datelineEnd(toks)
	if (x.inAnswer || x.inQuestion) && start == 0 {
		// "Levchenko: Ivo Kask went on television and said …"; a question's
		// statement ("Q: Ivo Kask walked out. What did he say?") names whom
		// the answer's "he" means.
		start = answerLabel(toks)
	}
	if f := x.frontedPhraseEnd(toks, start); f != start {
		// frontedpp12.go: "Within hours Ivo Kask, the party leader, held
		// …" — the comma after the name ends no adverbial.
		start = f
	} else {
		start = x.openersEnd(toks, start) // frontedpp12.go
	}
	start = leadRelativeEnd(toks, start) // en20_leadrelative.go: "In Tarn, where the count was delayed, the mayor …"
	ph := forward(x.text, toks, start)
	if d := x.rec27ProfessionName(toks, start); d.ok() && d.hi > ph.hi {
		ph = d // rec27en_described.go: "Veteran radio commentator Jo Roe went further, saying …"
	}
	if !ph.ok() || (ph.kind == pRole && ph.hi < len(toks) && !toks[ph.hi].is(",") && !verbWithObject(toks, ph.hi)) {
		// "The speaker of the outgoing and incoming parliament, Jo Roe,
		// convened …": the office phrase stops inside the description;
		// the name after it is the subject.
		if d := x.describedOpening(toks, start); d.ok() || !ph.ok() {
			ph = d
		}
	}
	if !ph.ok() {
		ph = x.adjectivedOffice(toks, start)
	}
	if ph.hi+2 < len(toks) && toks[ph.hi].is(",") && pronouns[toks[ph.hi+1].lower] && sayVerbs[toks[ph.hi+2].lower] {
		return phrase{} // "The president, he told the chamber, was …": a topic, not a speaker
	}
	if !ph.ok() || ph.hi >= len(toks) || !(toks[ph.hi].is(",") || (toks[ph.hi].word() && !toks[ph.hi].cap) || dashAsideAfter(toks, ph.hi)) { // rec31en_dash.go
		return phrase{}
	}
	switch {
	case ph.kind == pRole,
		ph.kind == pName && (ph.titled || strings.Contains(ph.name, " ") || x.known(ph.name) || reflexiveAfter(toks, ph) || whoAfter(toks, ph) || adverbAfter(toks, ph)):
		return ph
	}
	return phrase{}
}

// clauseSkipEnd steps over a short opening adverbial set off by a comma,
// toks[start] being one of clauseSkip ("On Monday, …", "After the vote,
// …"): the comma must come within twelve tokens, all words ("In a
// statement issued in Tarn last weekend, President Kask …": reporters
// place a whole source and time before the subject). It returns the index
// after the comma, or start.
func clauseSkipEnd(toks []token, start int) int {
	if start >= len(toks) || !toks[start].word() || !clauseSkip[toks[start].lower] {
		return start
	}
	for k := start + 1; k < len(toks) && k < start+12; k++ {
		if toks[k].is(",") {
			return k + 1
		}
		if !toks[k].word() {
			break
		}
	}
	return start
}

// adjectivedOffice reads "the populist former senator" or "the embattled
// president" opening a sentence: "the", one or two lower-case words the
// phrase grammar does not know (no verb or auxiliary), then an office.
// The adjectives are dropped from the office's modifiers, so it matches
// the person it describes as "the former senator" would.
func (x *extractor) adjectivedOffice(toks []token, start int) phrase {
	if start+2 >= len(toks) || !toks[start].is("the") {
		return phrase{}
	}
	for n := 1; n <= 2 && start+n < len(toks); n++ {
		t := toks[start+n]
		if !t.word() || t.cap || runWord(t) || sayVerbs[t.lower] || contentVerbs[t.lower] || auxWords[t.lower] || copulas[t.lower] {
			return phrase{}
		}
		ph := forward(x.text, toks, start+n+1)
		if ph.kind != pRole || ph.lo != start+n+1 {
			continue
		}
		ph.lo, ph.definite = start, true
		ph.text = span(x.text, toks, start, ph.hi)
		return ph
	}
	return phrase{}
}

// datelineEnd is the index of the first token after a wire dateline
// opening the sentence ("MANILA - ", "LUSAKA, Aug 14 — ", "TARN (Wire) —"):
// a word in capitals, then up to eight words, digits, commas, periods or
// parentheses, then a dash. Without one it is 0.
func (x *extractor) datelineEnd(toks []token) int {
	if len(toks) < 3 || !toks[0].word() || !allCaps(x.text[toks[0].start:toks[0].end]) {
		return 0
	}
	for k := 1; k < len(toks) && k <= 9; k++ {
		t := toks[k]
		switch {
		case t.is("-") || t.is("—") || t.is("–"):
			return k + 1
		case t.word() || t.is(",") || t.is(".") || t.is("(") || t.is(")"):
		default:
			return 0
		}
	}
	return 0
}

// allCaps reports whether w has two or more letters, all upper case.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// reflexiveAfter reports whether a reflexive follows the phrase ("Lula
// himself struck a conciliatory note"): only a person takes one, so a
// single capitalised word before it is a name even if the article has
// not given it in full.
func reflexiveAfter(toks []token, ph phrase) bool {
	return ph.hi < len(toks) && toks[ph.hi].word() && reflexives[toks[ph.hi].lower] && ph.name != ""
}

// whoAfter reports whether a relative "who" follows the name ph after a
// comma ("Morales, who lives in exile, celebrated …"): only a person takes
// one, so a single capitalised word before it is a name.
func whoAfter(toks []token, ph phrase) bool {
	return ph.name != "" && ph.hi+1 < len(toks) && toks[ph.hi].is(",") && toks[ph.hi+1].is("who")
}

// adverbAfter reports whether an adverb set off by commas follows the
// single word ph ("Trump, meanwhile, has not appeared"; "Moscow, however,
// said"): the word is the subject of the clause, a person or a capital
// speaking for its government.
func adverbAfter(toks []token, ph phrase) bool {
	return ph.name != "" && ph.hi+2 < len(toks) && toks[ph.hi].is(",") && appositiveAdverbs[toks[ph.hi+1].lower] && toks[ph.hi+2].is(",")
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
	var weak []*speaker
	defer func() { x.weakMention(weak) }()
	for i := 1; i < len(toks); i++ {
		if !nameWord(toks[i]) || nameWord(toks[i-1]) {
			continue
		}
		j := i + 1
		for j < len(toks) && (nameWord(toks[j]) || (nameParticles[toks[j].lower] && j+1 < len(toks) && nameWord(toks[j+1]))) {
			j++
		}
		portfolio := false
		if e := portfolioEnd(toks, 0, i, j); e > i {
			// "Minister of Foreign Affairs Lena Dal": the portfolio belongs
			// to the title, the name is what follows it.
			if e >= j {
				i = j
				continue
			}
			i, portfolio = e, true
		}
		p := toks[i-1]
		if p.is(".") && i >= 2 {
			p = toks[i-2]
		}
		titled := portfolio || p.word() && p.cap && (titles[p.lower] || personRoles[p.lower] || honorifics[p.lower])
		// A lower-case office before a name in mid-sentence titles it too
		// ("the party of former president Jo Roe"), so a later "the former
		// president" resolves to that name.
		lower := lowerTitle(toks, i) // en14_openers.go
		titled = titled || lower != ""
		if j-i < 2 && !titled {
			weak = x.knownSurname(toks[i], weak) // en15_pronoun.go
			i = j
			continue
		}
		name := span(x.text, toks, i, j)
		key := strings.ToLower(name)
		f := strings.Fields(key)
		s := x.byName[key]
		if s == nil && len(f) == 1 {
			s = x.bySurname[key]
		}
		if s == nil {
			s = &speaker{name: name, kind: pName}
			if titled && !honorifics[p.lower] {
				if ph := backward(x.text, toks, i-1); ph.kind == pRole {
					s.role = ph.role
				} else if lower != "" {
					s.role = lower
				}
			}
			x.register(s, key)
		}
		if c := s.canon(); c != x.sentNamed {
			x.sentNamed = c
			x.nNamed++
		}
		i = j
	}
}

func (x *extractor) known(name string) bool {
	key := strings.ToLower(name)
	return x.byName[key] != nil || x.bySurname[key] != nil || x.byFirst[key] != nil || x.byInner[key] != nil
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

// found is a remark with what finish needs to complete it.
type found struct {
	Remark
	spk     *speaker
	follows bool // continues the speaker's previous remark
	co      bool // a copy of a direct remark for a co-speaker (ml21_coquote.go)
}

// add records a remark; its speaker's name and role are filled in by
// finish, so that a name or role learnt later in the article is used.
func (x *extractor) add(r Remark, spk *speaker, follows bool) {
	x.remarks = append(x.remarks, found{Remark: r, spk: spk, follows: follows})
}

// finish fills in each remark's speaker (its canonical name, role,
// aliases and whom it speaks for), sorts the remarks, drops any that
// overlap an earlier one, and groups them into runs.
//
// Remarks reported for several speakers at once ("leaders who sent
// congratulations included A, B and C"; "the Kremlin said Putin had sent
// a telegram") share one span: a remark may repeat the exact span of the
// previous one when neither is direct and their speakers differ; so may a
// direct remark said jointly ("«…», señalaron A y B", ml21_coquote.go).
func (x *extractor) finish() []Remark {
	for i := range x.remarks {
		r := &x.remarks[i]
		if r.spk != nil {
			r.spk = r.spk.canon()
			r.Speaker, r.Role, r.Aliases = r.spk.name, r.spk.role, r.spk.aliasList()
			r.For = x.spokesFor(r.spk)
			if bodySpokesperson(r.spk, r.For) {
				r.Aliases = append(r.Aliases, r.For)
			}
		}
	}
	slices.SortStableFunc(x.remarks, func(a, b found) int { return cmp.Compare(a.QuoteStart, b.QuoteStart) })
	out := make([]Remark, 0, len(x.remarks))
	var prev *found
	end, prevCalled := -1, false // prevCalled: prev is the complement of an act (calledComplement), which its own quotes do not continue
	for i := range x.remarks {
		r := &x.remarks[i]
		shared := prev != nil && (r.Kind != Direct && prev.Kind != Direct || r.co) && r.Start == prev.Start && r.End == prev.End && r.spk != prev.spk
		if (r.QuoteStart < end && !shared) || r.Start >= r.End {
			continue
		}
		r.Run = len(out)
		if prev != nil && r.follows && r.spk != nil && r.spk == prev.spk && prev.Kind != Action && !prev.Headline && !r.Headline && !prevCalled {
			r.Run = out[len(out)-1].Run
		}
		called := calledComplement(x.text, prev, r) // "nannte das Ergebnis eine „…“" (lab24ml_called.go)
		if called {
			r.Run = out[len(out)-1].Run
		}
		out = append(out, r.Remark)
		prev, end, prevCalled = r, r.QuoteEnd, called
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// describedName finds a name introduced by a description, the way news
// writing introduces people it has not named before: "His predecessor,
// Jair Roe, celebrated", "Another defeated candidate, the cleric Ana
// Lima, called", "The opposition candidate, television presenter Rui
// Sousa, called", "Abroad, the secretary-general of the Example Union,
// Eva Sand, congratulated". toks[k] is the comma before the verb. The
// segment before the previous comma must open with a determiner and hold
// no verb (descriptionAt); between the commas, at most
// maxDescriptionWords lower-case words may precede the name, which must be
// titled or of several words.
func (x *extractor) describedName(toks []token, k int) phrase {
	m := -1
	for j := k - 1; j >= 0 && j >= k-maxPhrase; j-- {
		if toks[j].is(",") {
			m = j
			break
		}
		if !toks[j].word() && !toks[j].is(".") && !toks[j].is("-") {
			return phrase{}
		}
	}
	if m < 1 {
		return phrase{}
	}
	in := x.nameAfterDescription(toks, m+1, k)
	if !in.ok() {
		return phrase{}
	}
	start := descriptionStart(toks, m)
	if start < 0 {
		return phrase{}
	}
	if d := forwardRun(x.text, toks, start); d.kind == pRole && d.hi == m {
		in.role = d.role
	}
	in.lo = start
	return in
}

// nameAfterDescription parses toks[lo:hi] as at most maxDescriptionWords
// lower-case words (a determiner, nouns, adjectives: "the cleric",
// "television presenter") and then a name ending at hi, titled or of
// several words.
func (x *extractor) nameAfterDescription(toks []token, lo, hi int) phrase {
	in := backward(x.text, toks, hi-1)
	if in.kind != pName || in.hi != hi || in.lo < lo || in.lo-lo > maxDescriptionWords || !(in.titled || strings.Contains(in.name, " ")) {
		return phrase{}
	}
	for j := lo; j < in.lo; j++ {
		t := toks[j]
		if !t.word() || !(determiners[t.lower] || (!t.cap && plainNoun(t.lower))) {
			return phrase{}
		}
	}
	return in
}

// descriptionStart returns where the description ending before the comma
// toks[m] starts, or -1 when it is not one: it starts the sentence (or
// follows a one-word adverbial and a comma: "Abroad, the …"), opens with an
// article or a possessive ("Two weeks later her candidate" does not), and holds at most maxPhrase words and no verb or quotation.
func descriptionStart(toks []token, m int) int {
	lo := 0
	if m > 3 && toks[0].word() && toks[1].is(",") {
		lo = 2 // "Abroad, the …"
	}
	if m > lo+2 && toks[lo+1].is(":") && (toks[lo].is("q") || toks[lo].is("a")) && toks[lo].cap {
		lo += 2 // an interview's "Q: Your deputy, X, said …"
	}
	if m > lo+1 && (toks[lo].is("and") || toks[lo].is("but")) {
		lo++ // "And your party's vice-president, X, said"
	}
	if descriptionFrom(toks, lo, m) || relativeDescribed(toks, lo, m) {
		return lo
	}
	// A description opening a clause joined by a comma and a conjunction:
	// "X accused the commission …, and the party's communications
	// officer, Jo Roe, told journalists …".
	for j := m - 1; j >= 2 && j >= m-maxPhrase; j-- {
		if toks[j].word() && clauseJoiners[toks[j].lower] && toks[j-1].is(",") {
			if descriptionFrom(toks, j+1, m) {
				return j + 1
			}
			break
		}
	}
	return openedDescription(toks, m) // en14_openers.go
}

// descriptionFrom reports whether toks[lo:m] is a description before a
// name: it opens with a determiner or a possessive name, and has at most
// maxPhrase tokens, only words (or "." and "-"), no verb and no relative.
func descriptionFrom(toks []token, lo, m int) bool {
	if m-lo > maxPhrase || m <= lo || !toks[lo].word() || !(descriptionDeterminers[toks[lo].lower] || namePossessive(toks, lo, m)) {
		return false
	}
	return verblessPhrase(toks[lo:m])
}

// verblessPhrase reports whether toks holds only words (or "." and "-")
// and no verb of saying, content verb, copula or relative: a noun phrase
// of a description or an office.
func verblessPhrase(toks []token) bool {
	for _, t := range toks {
		if t.word() && (sayVerbs[t.lower] || contentVerbs[t.lower] || copulas[t.lower] || relativeWords[t.lower]) {
			return false
		}
		if !t.word() && !t.is(".") && !t.is("-") {
			return false
		}
	}
	return true
}

// namePossessive reports whether toks[lo:m] opens with a capitalised
// possessive, after at most two more capitalised words, and goes on in
// lower case: "Obi's running mate", "Raila Odinga's running mate" (the
// possessive stands for a determiner: "Obi's running mate, Datti
// Baba-Ahmed, said").
func namePossessive(toks []token, lo, m int) bool {
	for k := lo; k < m && k <= lo+2; k++ {
		t := toks[k]
		if !t.word() || !t.cap {
			return false
		}
		if isPossessive(t.lower) {
			return k+1 < m && toks[k+1].word() && !toks[k+1].cap
		}
	}
	return false
}

// maxDescriptionWords is how many lower-case words may describe a name
// between its commas ("the Shia cleric" is three).
const maxDescriptionWords = 4

// describedOpening is the name a sentence opens with after a description
// set off by commas ("His predecessor, Jair Roe, celebrated openly and
// said …"; see describedName), or no phrase.
func (x *extractor) describedOpening(toks []token, start int) phrase {
	c := nextComma(toks, start)
	if c < 0 || (descriptionStart(toks, c) != start && (start == 0 || !descriptionFrom(toks, start, c))) {
		return phrase{}
	}
	c2 := nextComma(toks, c+1)
	if c2 < 0 {
		return phrase{}
	}
	ph := x.nameAfterDescription(toks, c+1, c2)
	if ph.ok() {
		ph.lo = start
	}
	return ph
}

// nextComma is the index of the first comma at or after lo within
// maxPhrase tokens, or -1.
func nextComma(toks []token, lo int) int {
	for j := lo; j < len(toks) && j <= lo+maxPhrase; j++ {
		if toks[j].is(",") {
			return j
		}
	}
	return -1
}

// withSpeaker reports whether toks[w] ("with") opens an absolute clause
// with a speaker and a speech verb in -ing: "Russia has yet to congratulate
// Lima, with Kremlin spokesman X saying Moscow would wait". The speaker
// says the clause after the verb; the clause before ends at the comma.
func (x *extractor) withSpeaker(toks []token, w int) bool {
	if !toks[w].is("with") {
		return false
	}
	ph := forwardRun(x.text, toks, w+1)
	if ph.kind != pName && ph.kind != pRole && ph.kind != pInstitution {
		return false
	}
	j := ph.hi
	return j < len(toks) && toks[j].word() && sayVerbs[toks[j].lower] && strings.HasSuffix(toks[j].lower, "ing")
}

// quotedAs finds the speaker of "quoted X as saying …" (also "cited X as
// saying"): toks[v] is a speech verb in -ing after "as", and the phrase
// before "as" follows a verb of quoting. The one quoted is the speaker,
// not the medium that quoted them.
func (x *extractor) quotedAs(toks []token, v int) phrase {
	if v < 3 || !toks[v-1].is("as") || !strings.HasSuffix(toks[v].lower, "ing") {
		return phrase{}
	}
	ph := backward(x.text, toks, v-2)
	if !ph.ok() || ph.hi != v-1 || ph.lo < 1 || !toks[ph.lo-1].word() || !quoteVerbs[toks[ph.lo-1].lower] {
		return phrase{}
	}
	return ph
}

// statementOwner finds the speaker of "X's statement adds that …" and
// "His statement asserts that …": the word before the verb toks[v] is a
// statementNouns noun, and the one before it "his", "her" or a
// capitalised possessive ("Sousa's", "Rui Sousa's"). The author of a
// statement is its speaker.
func (x *extractor) statementOwner(toks []token, v int) phrase {
	if v < 2 || !toks[v-1].word() || !statementNouns[toks[v-1].lower] || !toks[v-2].word() {
		return phrase{}
	}
	k := v - 2
	if pronouns[map[string]string{"his": "he", "her": "she"}[toks[k].lower]] {
		return phrase{kind: pPronoun, lo: k, hi: k + 1, word: map[string]string{"his": "he", "her": "she"}[toks[k].lower]}
	}
	return x.possessorAt(toks, k)
}

// possessorAt is the name whose capitalised possessive is toks[k], with
// up to three name words before it ("Rui Sousa's"), or no phrase.
func (x *extractor) possessorAt(toks []token, k int) phrase {
	t := toks[k]
	if !t.cap || !isPossessive(t.lower) {
		return phrase{}
	}
	end := t.end - len("'s")
	if strings.HasSuffix(x.text[t.start:t.end], "’s") {
		end = t.end - len("’s")
	}
	if end <= t.start {
		return phrase{}
	}
	lo := k
	for lo > 0 && k-lo < 3 && nameWord(toks[lo-1]) {
		lo-- // "Rui Sousa's"
	}
	name := strings.Join(strings.Fields(x.text[toks[lo].start:end]), " ")
	return phrase{kind: pName, lo: lo, hi: k + 1, name: name, text: name}
}

// throughAgent reads "through its national chairman, Jo Roe," starting at
// toks[at] ("through" or "via"): a body that speaks through one of its
// officers. Reporters (and the gold) give the remark to the officer, so the
// phrase returned is the named officer with the office as role; end is the
// comma after the name. The office is at most maxDescriptionWords+2 words
// after "its" or "their", and the name must be followed by a comma.
func (x *extractor) throughAgent(toks []token, at int) (ph phrase, end int) {
	n := len(toks)
	if at+3 >= n || !toks[at].word() || !throughWords[toks[at].lower] || !(toks[at+1].is("its") || toks[at+1].is("their")) {
		return phrase{}, -1
	}
	c := at + 2
	for c < n && c < at+2+maxDescriptionWords+2 && toks[c].word() && !sayVerbs[toks[c].lower] && !contentVerbs[toks[c].lower] {
		c++
	}
	if c == at+2 || c >= n || !toks[c].is(",") {
		return phrase{}, -1
	}
	if nm, k := x.rec27ThroughBare(toks, at+2, c); nm.ok() {
		nm.role, nm.titled = span(x.text, toks, at+2, k), true // rec27en_through.go: "through its director Jo Roe,"
		return nm, nm.hi
	}
	nm := forwardRun(x.text, toks, c+1)
	if nm.kind != pName || nm.hi >= n || !toks[nm.hi].is(",") {
		return phrase{}, -1
	}
	office := span(x.text, toks, at+2, c)
	if nm.role != "" {
		office += " " + nm.role // "its secretary-general, Father Jo Roe"
	}
	nm.role, nm.titled = office, true
	return nm, nm.hi
}

// throughSubject finds the officer a body speaks through when the verb
// after the comma toks[k] has the body as its subject: "The party,
// (speaking) through its chairman, Jo Roe, said". The body becomes whom
// the officer speaks for.
func (x *extractor) throughSubject(toks []token, k int) phrase {
	for j := k - 3; j >= 1 && j >= k-maxPhrase-maxDescriptionWords-4; j-- {
		if !toks[j].word() || !throughWords[toks[j].lower] {
			continue
		}
		nm, end := x.throughAgent(toks, j)
		if end != k {
			return phrase{}
		}
		c := j - 1
		if toks[c].word() && throughVoiceParticiples[toks[c].lower] {
			c--
		}
		if c < 1 || !toks[c].is(",") {
			return phrase{}
		}
		nm.body = bodyBefore(x.text, toks, c)
		return nm
	}
	return phrase{}
}

// throughObject finds the officer after a speech verb toks[v] whose subject
// ph is the body: "The conference said (,) through its secretary-general,
// Jo Roe, that …". end is the comma after the officer's name. The subject
// may be unknown (a long relative clause before the verb); then the
// officer speaks for nobody named.
func (x *extractor) throughObject(toks []token, v int, ph phrase, how subjectHow) (phrase, int) {
	if !sayVerbs[toks[v].lower] || how == subjSentence {
		return phrase{}, -1
	}
	at := v + 1
	if at < len(toks) && toks[at].is(",") {
		at++
	}
	nm, end := x.throughAgent(toks, at)
	if nm.ok() && (ph.kind == pRole || ph.kind == pInstitution || ph.kind == pName) {
		nm.body = ph.text
	}
	return nm, end
}

// bodyBefore is the name of the body that ends before the comma toks[c]
// when it opens the sentence or a clause and is all words ("The Economic
// Community of Central African States"), or "".
func bodyBefore(text string, toks []token, c int) string {
	lo := c
	for lo > 0 && c-lo < maxPhrase+2 && (toks[lo-1].word() || toks[lo-1].is("-")) {
		lo--
	}
	if lo == c || (lo > 0 && !clauseOpener(toks[lo-1])) || !toks[lo].cap {
		return ""
	}
	return span(text, toks, lo, c)
}

// statementFrom reports whether toks[f] is the "from" of "A statement from
// X('s office) said": the sender of the statement is the subject, where
// any other "from" before a name makes it an object.
func statementFrom(toks []token, f int) bool {
	return f >= 1 && toks[f].is("from") && toks[f-1].word() && statementNouns[toks[f-1].lower]
}

// elidedSubjectAt returns where the clause of the speech verb toks[v]
// starts when its "that" was left out after a verb that may take an
// addressee (elidedThatVerbs; subjectAfterVerb), or -1; "told" and
// "reminded" (addresseeVerbs) name the addressee first, so their clause
// never starts right after them ("told Ivo Kask Jo Roe had won").
func elidedSubjectAt(toks []token, v, j int) int {
	if !elidedThatVerbs[toks[v].lower] {
		return -1
	}
	s := subjectAfterVerb(toks, j)
	if addresseeVerbs[toks[v].lower] && s == j {
		return -1
	}
	return s
}

// subjectAfterVerb finds the subject of a clause whose "that" was left
// out after a verb that may take an addressee ("warned", "told"): toks[j:]
// opens with a short noun phrase (a determiner only first, at most four
// words, no preposition, pronoun or channel such as "Reuters") directly
// followed by a finite auxiliary — "warned the count had been rigged",
// "warned President Ivo Kask was …" — or with a subject pronoun ("warned
// he would …"). A capitalised word after a plain
// lower-case one starts the subject after an addressee ("told journalists
// Norland was …"). It returns -1 for an addressee and its own clause
// ("told reporters the count …", "warned Kask of fraud").
func subjectAfterVerb(toks []token, j int) int {
	start := j
	for k := j; k < len(toks) && k <= j+4; k++ {
		t := toks[k]
		switch {
		case k == j && t.word() && (pronouns[t.lower] || otherPronouns[t.lower] || expletives[t.lower]):
			return j // a subject's case: "warned he would …", "warned there was …"
		case !t.word() || mediumWords[t.lower] || objectPreps[t.lower] || questionWords[t.lower] ||
			pronouns[t.lower] || otherPronouns[t.lower] || expletives[t.lower]:
			return -1
		case k > j && auxVerbs[t.lower]:
			return start
		case k > j && properThenPast(toks, j, k):
			return start // "warned Russia expected nothing", "warned the United States looked forward …" (pastclause16.go)
		case k > j && determiners[t.lower], sayVerbs[t.lower], contentVerbs[t.lower], relativeWords[t.lower]:
			return -1
		case k > j && t.cap && !toks[k-1].cap && !determiners[toks[k-1].lower]:
			start = k
		}
	}
	return -1
}
