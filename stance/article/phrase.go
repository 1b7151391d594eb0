package article

import (
	"strings"
	"unicode"
)

type phraseKind uint8

const (
	pNone        phraseKind = iota
	pPronoun                // he, she: the last singular speaker
	pAnonymous              // they, it, we, I: a speaker that cannot be resolved
	pName                   // a named speaker, possibly with a role
	pRole                   // one person by office: "the Russian president"
	pGroup                  // "world leaders"
	pInstitution            // "the Kremlin", "the foreign ministry"
)

// phrase is a mention of a speaker.
type phrase struct {
	kind     phraseKind
	lo, hi   int    // token range
	name     string // pName: the name without honorific
	role     string // pName: the title before or beside the name; others: the whole phrase
	head     string // pRole: lower-case head ("president")
	mods     []string
	definite bool
	titled   bool   // pName: a title or honorific came with the name
	word     string // pPronoun, pAnonymous: the pronoun in lower case
	text     string // the mention as written, with its determiner ("the Kremlin leader")
	// pRole: mods split into lower-case words (commonMods: "foreign",
	// "opposition") and capitalised ones (properMods: "kremlin", "russian").
	commonMods, properMods []string
	poss                   string // "his" or "her" before an office ("his spokeswoman")
	body                   string // pName: the body that speaks through this person (throughSubject)
}

func (p phrase) ok() bool { return p.kind != pNone }

const maxPhrase = 10

// runWord reports whether t can be part of a speaker phrase.
func runWord(t token) bool {
	if !t.word() {
		return false
	}
	w := t.lower
	if t.cap {
		return !notNames[w] && !determiners[w]
	}
	return personRoles[w] || groupRoles[w] || institutions[w] || roleModifiers[w] || titles[w] || isPossessive(w)
}

func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "s'")
}

// isRolePrep: "spokesman for the ministry", "president of Elbonia",
// "opposition leader in Ruritania".
func isRolePrep(t token) bool { return t.is("of") || t.is("for") || t.is("in") }

func isRoleHead(w string) bool {
	return personRoles[w] || groupRoles[w] || institutions[w]
}

// nameWord: a capitalised word that is no title, role or honorific.
func nameWord(t token) bool {
	return t.word() && t.cap && !notNames[t.lower] && !determiners[t.lower] && !titles[t.lower] &&
		!isRoleHead(t.lower) && !honorifics[t.lower] && !isPossessive(t.lower)
}

// particleAt reports whether toks[j] is a name particle between two
// capitalised words, possibly across other particles ("von der Leyen").
func particleAt(toks []token, j int) bool {
	if !toks[j].word() || !nameParticles[toks[j].lower] {
		return false
	}
	a, b := j-1, j+1
	for n := 0; a >= 0 && n < 3 && toks[a].word() && nameParticles[toks[a].lower]; n++ {
		a--
	}
	for n := 0; b < len(toks) && n < 3 && toks[b].word() && nameParticles[toks[b].lower]; n++ {
		b++
	}
	return a >= 0 && b < len(toks) && toks[a].word() && toks[a].cap && toks[b].word() && toks[b].cap
}

// plainNoun reports whether a lower-case word may describe the person
// named after it ("billionaire", "businessman"): no verb, auxiliary,
// preposition, conjunction or other function word.
func plainNoun(w string) bool {
	return !sayVerbs[w] && !contentVerbs[w] && !auxWords[w] && !notNames[w] && !determiners[w] &&
		!clauseSkip[w] && !blockedBefore[w] && !silenceVerbs[w] && !copulas[w] && !strings.HasSuffix(w, "ly")
}

// isAge reports whether w is "68-year-old": "the 68-year-old said" refers
// to the last singular speaker, as "he" does.
func isAge(w string) bool {
	d := 0
	for d < len(w) && w[d] >= '0' && w[d] <= '9' {
		d++
	}
	return d > 0 && w[d:] == "-year-old"
}

// agePhrase is "the 68-year-old" as a pronoun.
func agePhrase(text string, toks []token, lo int) phrase {
	return phrase{kind: pPronoun, lo: lo, hi: lo + 2, word: "the", text: span(text, toks, lo, lo+2)}
}

// spokesForTitled reports whether the name starting at toks[ns] is the
// object of a spokesperson's "for" with titles in between ("a spokesperson
// for President Ivo Kask"): the phrase is then the unnamed spokesperson,
// speaking for the name, not the name itself.
func spokesForTitled(toks []token, lo, ns int) bool {
	j := ns - 1
	for j > lo && (titles[toks[j].lower] || honorifics[toks[j].lower] || toks[j].is(".") || toks[j].is("-")) {
		j--
	}
	return j > lo && j < ns-1 && isRolePrep(toks[j]) && toks[j-1].word() && spokesRoles[toks[j-1].lower]
}

// backward parses the speaker phrase that ends with toks[k].
func backward(text string, toks []token, k int) phrase {
	if o := nameParenStart(toks, k); o > 0 {
		return parenthesisedName(text, toks, o, k)
	}
	if k < 0 || !toks[k].word() {
		return phrase{}
	}
	if k > 0 && isAge(toks[k].lower) && toks[k-1].is("the") {
		return agePhrase(text, toks, k-1)
	}
	if reflexives[toks[k].lower] && k > 0 {
		// "Shor himself, speaking from Moscow, called …": the name is the
		// subject, the reflexive part of it.
		if p := backward(text, toks, k-1); p.kind == pName || p.kind == pRole {
			p.hi = k + 1
			return p
		}
		return phrase{}
	}
	if pronouns[toks[k].lower] {
		return phrase{kind: pPronoun, lo: k, hi: k + 1, word: toks[k].lower}
	}
	if otherPronouns[toks[k].lower] {
		return phrase{kind: pAnonymous, lo: k, hi: k + 1, word: toks[k].lower}
	}
	lo, end := k+1, -1
	for j := k; j >= 0 && k-j < maxPhrase; j-- {
		t := toks[j]
		surname := -1
		if j < k && !t.cap {
			surname = particleSurnameStart(toks, 0, j) // "Later, dos Santos said" (particle14.go)
		}
		switch {
		case runWord(t):
			lo = j
			continue
		case j > 0 && j < k && isAge(t.lower) && toks[j-1].is("the"):
			continue // "the 62-year-old opposition leader" (described.go)
		case t.is(".") && j > 0 && toks[j-1].end == t.start && (honorifics[toks[j-1].lower] || isAbbrev(toks[j-1])) && j < k:
			continue
		case j > 0 && j < k && particleAt(toks, j):
			continue
		case j > 0 && j < k && portfolioAnd(toks, j):
			continue // "the Department of Foreign Affairs and Trade said"
		case surname >= 0:
			j, lo = surname, surname
			continue
		case j < k && orgNameLink(toks, 0, j):
			continue // en16_orgname.go: "the Organization of American States", "the Conference of the Philippines"
		case t.word() && determiners[t.lower]:
			// "a spokesman for the ministry": go on past "for the".
			if j >= 2 && isRolePrep(toks[j-1]) && toks[j-2].word() && (isRoleHead(toks[j-2].lower) || titles[toks[j-2].lower]) {
				j--
				continue
			}
			lo = j
		case isRolePrep(t) && j > 0 && toks[j-1].word() && (isRoleHead(toks[j-1].lower) || titles[toks[j-1].lower]) && j < k:
			continue
		case memberCount(toks, j) && j < k:
			// "The Lima Group of 14 countries in the Americas said": the
			// members counted describe the group, which speaks.
			j--
			end = j
			continue
		}
		break
	}
	if lo > k {
		return phrase{}
	}
	if end > lo {
		p := interpret(text, toks, lo, end)
		p.hi = k + 1
		return p
	}
	return interpret(text, toks, lo, k+1)
}

// parenthesisedName is the name before a short parenthesis toks[o:k+1]
// ("Senator Ivo Kask (R-Tarn) said"), reaching past it, or no phrase.
func parenthesisedName(text string, toks []token, o, k int) phrase {
	if p := backward(text, toks, o-1); p.kind == pName {
		p.hi = k + 1
		return p
	}
	return phrase{}
}

// memberCount reports whether toks[j] is the number in "<Name> of 14
// countries": a figure after "of" after a capitalised word.
func memberCount(toks []token, j int) bool {
	return j >= 2 && toks[j].word() && startsWithDigit(toks[j].lower) && toks[j-1].is("of") && toks[j-2].word() && toks[j-2].cap
}

// forward parses the speaker phrase that starts at toks[k], with an
// appositive role after it ("Dmitry Peskov, the Kremlin spokesman").
func forward(text string, toks []token, k int) phrase {
	p := forwardRun(text, toks, k)
	if p.hi+1 >= len(toks) || !toks[p.hi].is(",") {
		return p
	}
	a := forwardRun(text, toks, p.hi+1)
	if a.hi < len(toks) && toks[a.hi].kind != tPunct {
		return p
	}
	switch {
	case p.kind == pName && p.role == "" && (a.kind == pRole || a.kind == pInstitution):
		p.role = a.role // "Dmitry Peskov, the Kremlin spokesman"
		p.titled = true
		p.hi = a.hi
	case (p.kind == pRole || p.kind == pInstitution) && a.kind == pName:
		a.role = p.role // "the interior minister, Sara Lind"
		a.titled = true
		a.poss = p.poss
		a.lo = p.lo
		p = a
	}
	return p
}

// nameParenEnd returns the index after a short parenthesis right after a
// name (toks[hi] = "("): a party, a state or a constituency ("Ivo Kask
// (R-Tarn)", "Lena Dal (Greens)"), at most four words or numbers and no
// verb of speech or stance. Reporters put it between the subject and its
// verb, which the phrase must reach. It returns hi when there is none.
func nameParenEnd(toks []token, hi int) int {
	if hi >= len(toks) || !toks[hi].is("(") {
		return hi
	}
	words := 0
	for j := hi + 1; j < len(toks) && j <= hi+8; j++ {
		t := toks[j]
		if t.word() {
			words++
		}
		switch {
		case t.is(")"):
			if j == hi+1 {
				return hi
			}
			return j + 1
		case words > 4:
			return hi
		case stateAbbrevPeriod(toks, j):
			// "(D-N.Y.)", "(R-Ky.)": a state's abbreviation (usstate.go)
		case !t.word() && !t.is("-") || sayVerbs[t.lower] || contentVerbs[t.lower]:
			return hi
		}
	}
	return hi
}

// nameParenStart returns the index of the "(" of a short parenthesis
// that ends at toks[k] (")"), as nameParenEnd reads it, or -1.
func nameParenStart(toks []token, k int) int {
	if k < 2 || k >= len(toks) || !toks[k].is(")") {
		return -1
	}
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if toks[j].is("(") {
			if j == k-1 || nameParenEnd(toks, j) != k+1 {
				return -1
			}
			return j
		}
	}
	return -1
}

// forwardRun parses the speaker phrase that starts at toks[k].
func forwardRun(text string, toks []token, k int) phrase {
	if k >= len(toks) || !toks[k].word() {
		return phrase{}
	}
	if k+1 < len(toks) && toks[k].is("the") && isAge(toks[k+1].lower) {
		return agePhrase(text, toks, k)
	}
	if pronouns[toks[k].lower] {
		return phrase{kind: pPronoun, lo: k, hi: k + 1, word: toks[k].lower}
	}
	if otherPronouns[toks[k].lower] {
		return phrase{kind: pAnonymous, lo: k, hi: k + 1, word: toks[k].lower}
	}
	j := k
	if determiners[toks[j].lower] {
		j++
	}
	hi, first := j, j
	for ; j < len(toks) && j-k < maxPhrase; j++ {
		t := toks[j]
		switch {
		case runWord(t):
			hi = j + 1
			continue
		case t.is(".") && j > k && toks[j-1].end == t.start && (honorifics[toks[j-1].lower] || isAbbrev(toks[j-1])) && j+1 < len(toks) && toks[j+1].cap:
			continue
		case j > k && particleAt(toks, j):
			continue
		case j > k && portfolioAnd(toks, j):
			continue
		case j > first && orgNameLink(toks, first, j) && orgRunFits(toks, k, j):
			continue // en16_orgname.go: "the Organization of American States"
		case t.word() && !t.cap && j > k && j+1 < len(toks) && toks[j+1].word() && !toks[j+1].cap && personRoles[toks[j+1].lower] &&
			!sayVerbs[t.lower] && !contentVerbs[t.lower] && !auxWords[t.lower]:
			continue // "Former navy officer Jana Roe"
		case j == first && t.word() && !t.cap && j+1 < len(toks) && nameWord(toks[j+1]) && plainNoun(t.lower):
			continue // "billionaire Bidzina Ivanishvili": a description before a name
		case isRolePrep(t) && j > k && toks[j-1].word() && (isRoleHead(toks[j-1].lower) || titles[toks[j-1].lower]):
			if j+1 < len(toks) && determiners[toks[j+1].lower] {
				j++
			}
			continue
		}
		break
	}
	if hi <= k || (hi == k+1 && determiners[toks[k].lower]) {
		return phrase{}
	}
	p := interpret(text, toks, k, hi)
	if p.kind == pName {
		p.hi = nameParenEnd(toks, p.hi) // "Senator Ivo Kask (R-Tarn) said"
	}
	return p
}

// interpret reads toks[lo:hi] as a speaker phrase.
func interpret(text string, toks []token, lo, hi int) phrase {
	p := phrase{lo: lo, hi: hi, text: span(text, toks, lo, hi)}
	det := ""
	if toks[lo].word() && determiners[toks[lo].lower] {
		det = toks[lo].lower
		lo++
	}
	if lo >= hi {
		return phrase{}
	}
	if det == "his" || det == "her" {
		p.poss = det
	}
	last := toks[hi-1]
	if !last.word() || isPossessive(last.lower) {
		return phrase{}
	}
	ns := nameStart(toks, lo, hi)
	if ns < hi && (!nameParticles[toks[ns].lower] || particleLed(toks, lo, ns)) && !(ns > lo && isRolePrep(toks[ns-1])) && !spokesForTitled(toks, lo, ns) {
		if det != "" && det != "the" && ns == lo {
			// "some Russians", "his Vladimir": not a speaker we can name;
			// with a role between ("his rival Eva Kask", "their candidate
			// X") the name is the person the role describes.
			return phrase{}
		}
		p.kind = pName
		p.name = span(text, toks, ns, hi)
		re := ns
		for re > lo && (toks[re-1].is(".") || honorifics[toks[re-1].lower]) {
			re--
			p.titled = true
		}
		if re > lo {
			p.role = span(text, toks, lo, re)
			p.titled = true
		}
		return p
	}
	// A role: the head is the last role word before "of"/"for".
	head := -1
	for j := lo; j < hi; j++ {
		if isRolePrep(toks[j]) && !en32OwnerOf(toks, j, hi) { // en32_owner.go
			break
		}
		if toks[j].word() && isRoleHead(toks[j].lower) {
			head = j
		}
	}
	if head < 0 {
		return phrase{}
	}
	h := toks[head].lower
	p.head = h
	p.role = span(text, toks, lo, hi)
	switch {
	case groupRoles[h]:
		p.kind = pGroup
	case institutions[h]:
		p.kind = pInstitution
		p.role = span(text, toks, lo, institutionNameEnd(text, toks, lo, head, hi)) // en19_place.go, rev19en_place.go
	default:
		p.kind = pRole
		p.definite = definiteDeterminers[det] || (det == "" && hi-lo == 1)
		for j := lo; j < head; j++ {
			if toks[j].word() {
				m := strings.TrimSuffix(toks[j].lower, "'s")
				p.mods = append(p.mods, m)
				if toks[j].cap {
					p.properMods = append(p.properMods, m)
				} else {
					p.commonMods = append(p.commonMods, m)
				}
			}
		}
	}
	if s := properOrgStart(toks, lo, head, hi); s > lo && p.kind != pGroup {
		p.role = span(text, toks, s, hi) // "the opposition Labour Party": the party's name without "opposition"
	}
	return p
}

// nameStart returns where the name of the phrase toks[lo:hi] starts: the
// trailing capitalised words after the last title, with the particles
// inside them ("Lula da Silva") or opening a surname used alone ("Van den
// Berg", "dos Santos"; particle14.go); hi when there is none.
func nameStart(toks []token, lo, hi int) int {
	ns := hi
	for ns > lo && (nameWord(toks[ns-1]) || (ns-1 > lo && particleAt(toks, ns-1)) || orgNameLink(toks, lo, ns-1)) {
		ns--
	}
	ns = orgForHead(toks, lo, ns) // en19_orgfor.go
	if ns > lo && ns < hi {
		if a := particleSurnameStart(toks, lo, ns-1); a >= 0 {
			ns = a
		}
	}
	return portfolioEnd(toks, lo, ns, hi)
}

// portfolioEnd steps over the capitalised words of an office's or a
// ministry's portfolio after "of" ("Minister of Foreign Affairs Lena
// Dal", "the Ministry of Foreign Affairs and Trade"): they are part of
// the role, not the start of a name. It returns the first word after
// them, or ns when toks[ns] does not continue "… of" + portfolio.
func portfolioEnd(toks []token, lo, ns, hi int) int {
	if ns >= hi || ns == lo || !portfolioWords[toks[ns].lower] {
		return ns
	}
	k := ns - 1
	for k > lo && toks[k].word() && (portfolioWords[toks[k].lower] || toks[k].is("and") || toks[k].is("the")) {
		k--
	}
	if !isRolePrep(toks[k]) || k == lo || !toks[k-1].word() || !isRoleHead(toks[k-1].lower) && !titles[toks[k-1].lower] {
		return ns
	}
	e := ns
	for e < hi && toks[e].word() && (portfolioWords[toks[e].lower] || toks[e].is("and") && e+1 < hi && portfolioWords[toks[e+1].lower]) {
		e++
	}
	return e
}

// portfolioAnd reports whether toks[j] is an "and" joining two capitalised
// portfolio words ("Foreign Affairs and Trade").
func portfolioAnd(toks []token, j int) bool {
	return toks[j].is("and") && j > 0 && j+1 < len(toks) && toks[j-1].cap && toks[j+1].cap &&
		portfolioWords[toks[j-1].lower] && portfolioWords[toks[j+1].lower]
}

// span is the text from toks[lo] to toks[hi-1] with its white space
// collapsed to single spaces.
func span(text string, toks []token, lo, hi int) string {
	s := text[toks[lo].start:toks[hi-1].end]
	for i, r := range s {
		if unicode.IsSpace(r) && (r != ' ' || (i+1 < len(s) && s[i+1] == ' ')) {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// properOrgStart returns where an organisation's proper name starts in the
// role phrase toks[lo:hi] whose capitalised head ends it ("the opposition
// Labour Party", "the main opposition Citizens Coalition for Change"): the
// capitalised words before the head, with linking words between them
// (acronymLinks), when only lower-case descriptors ("opposition",
// "ruling", "main") precede them; lo otherwise. A lower-case head ("the
// ruling Georgian Dream party") is a description, not a name.
func properOrgStart(toks []token, lo, head, hi int) int {
	if head != hi-1 || !toks[head].cap || !orgHeads[toks[head].lower] {
		return lo
	}
	s := head
	for s > lo && toks[s-1].word() && (toks[s-1].cap || acronymLinks[toks[s-1].lower] && s-2 >= lo && toks[s-2].cap) {
		s--
	}
	if s == lo || s == head {
		return lo
	}
	for _, t := range toks[lo:s] {
		if !t.word() || t.cap {
			return lo
		}
	}
	return s
}
