package article

import "strings"

// frontedPhraseEnd steps over a fronted prepositional phrase with no comma
// after it, toks[start] being its preposition (frontedPreps, or a
// preposition of openerWords, after at most two connectives): "In his
// televised address Ivo Kask complained …", "After the ruling Lena Dal
// said …", "Within hours Ivo Kask, the party leader who lost, held …",
// "And on Monday Lena Dal, Velor's envoy, called …". The phrase is at
// most five words (no verb; a capitalised one only a month or weekday)
// and the subject after it a name of several words or with a title, not
// right after a preposition, followed by a lower-case word that is no
// determiner or preposition (the verb), possibly after an apposition
// set off by commas (subjectVerbAfter). Reporters drop the comma after a
// short adverbial, and the sentence's subject was then not found: a
// later "and said" or "he" went to the person before. It returns the
// index of the name, or start when there is none.
func (x *extractor) frontedPhraseEnd(toks []token, start int) int {
	s := start
	for n := 0; n < 2 && s+1 < len(toks) && toks[s].word() && connectives[toks[s].lower]; n++ {
		s++ // "And on Monday …"
	}
	if s >= len(toks) || !toks[s].word() || !(frontedPreps[toks[s].lower] || openerPreps[toks[s].lower]) {
		return start
	}
	for k := s + 1; k < len(toks) && k <= s+6; k++ {
		t := toks[k]
		if !t.word() {
			return start
		}
		if t.cap && timeWords[t.lower] {
			continue // "on Monday" (auxWords lists weekdays: "said Monday")
		}
		if !t.cap {
			if sayVerbs[t.lower] || contentVerbs[t.lower] || copulas[t.lower] || auxWords[t.lower] {
				return start
			}
			continue // "within hours"
		}
		if k == s+1 || objectPreps[toks[k-1].lower] {
			return start // "In Tarn", "During talks with Ivo Kask": a name after a preposition is its object
		}
		ph := forwardRun(x.text, toks, k) // the name alone: subjectVerbAfter steps over an apposition
		if ph.kind == pName && (ph.titled || strings.Contains(ph.name, " ")) && subjectVerbAfter(toks, ph.hi) {
			return k
		}
		return start
	}
	return start
}

// openersEnd steps over what may stand before a sentence's subject, in
// any order and stacked up to three deep: a connective ("And", "But
// meanwhile"), a short adverbial before a comma ("On Thursday,", "In
// Berlin,", "Outside parliament,") and a fronted phrase without one ("In
// his televised address"). Reporters stack them freely ("And in Berlin,
// Chancellor Angela Merkel struck a more personal note"); a subject
// found only after one opener was lost after two, and the quotations
// after the sentence went to the person before. It returns the index of
// the first token after the openers.
func (x *extractor) openersEnd(toks []token, start int) int {
	for range 3 {
		k := connectivesEnd(toks, start)
		k = clauseSkipEnd(toks, k)
		k = x.frontedPhraseEnd(toks, commaOpenerEnd(toks, k))
		if k == start {
			k = participleOpenerEnd(toks, laterOpenerEnd(toks, k)) // en17_openers.go: "Hours later, speaking to reporters,"
		}
		if k == start {
			break
		}
		start = k
	}
	return start
}

// connectivesEnd steps over connectives opening the sentence (toks[start]
// and the next, of connectives or openerConnectives), each with or
// without a comma after it: "And", "Meanwhile,", "But, separately,". A
// connective is skipped only when a word follows it.
func connectivesEnd(toks []token, start int) int {
	k := start
	for n := 0; n < 2 && k+1 < len(toks) && toks[k].word() && (connectives[toks[k].lower] || openerConnectives[toks[k].lower]); n++ {
		j := k + 1
		if toks[j].is(",") {
			j++
		}
		if j >= len(toks) || !toks[j].word() {
			break
		}
		k = j
	}
	return k
}

// subjectOpened reports whether the words before toks[lo] open the
// sentence before its subject: a time adverbial (timeOpened), one or two
// connectives (connectiveOpened) or a fronted prepositional phrase
// without a comma (frontedPhraseEnd: "Within hours Ivo Kask, the party
// leader who lost, said …").
func (x *extractor) subjectOpened(toks []token, lo int) bool {
	if timeOpened(toks, lo) || connectiveOpened(toks, lo) || rec29enPlaceOpened(toks, lo) { // rec29en_place.go: ", and in Tarn the party leader, Jo Roe, said"
		return true
	}
	s := lo - 1
	for s >= 0 && lo-s <= 9 && toks[s].word() {
		s--
	}
	return (s < 0 || toks[s].isTerm()) && s+1 < lo && x.frontedPhraseEnd(toks, s+1) == lo
}

// subjectVerbAfter reports whether a subject ending before toks[j] is
// followed by its verb: a lower-case word that is no determiner or
// preposition, right away or after an apposition or relative clause set
// off by commas (skipApposition: "Ivo Kask, the chief executive who
// shared power with Lena Dal, held …").
func subjectVerbAfter(toks []token, j int) bool {
	if j < len(toks) && toks[j].is(",") {
		if j = skipApposition(toks, j); j < len(toks) && toks[j].is(",") {
			return false
		}
	}
	return j < len(toks) && toks[j].word() && !toks[j].cap && !determiners[toks[j].lower] && !objectPreps[toks[j].lower]
}

// commaOpenerEnd steps over a short opening adverbial that clauseSkip
// does not list, set off by a comma: "Outside parliament, activist
// lawyer Ivo Kask petitioned …", "Across the border, …". toks[start]
// must be one of openerWords and the comma come within eight tokens,
// all words. It returns the index after the comma, or start.
func commaOpenerEnd(toks []token, start int) int {
	if start >= len(toks) || !toks[start].word() || !openerWords[toks[start].lower] {
		return start
	}
	for k := start + 1; k < len(toks) && k < start+8; k++ {
		if toks[k].is(",") {
			return k + 1
		}
		if !toks[k].word() {
			return start
		}
	}
	return start
}

// connectiveOpened reports whether the words before toks[lo] are one or
// two sentence connectives opening the sentence ("And yet Ivo Kask, the
// party's chairman, went on claiming …", "Still, …" is clauseSkip's):
// the subject after them opens its clause as at the sentence's start.
func connectiveOpened(toks []token, lo int) bool {
	s := lo - 1
	for s >= 0 && lo-s <= 2 && toks[s].word() && connectives[toks[s].lower] {
		s--
	}
	return s < lo-1 && (s < 0 || toks[s].isTerm())
}

// byThat finds the clause of a speech verb followed by an adverbial that
// opens with "by" (toks[j]): "said by phone after his release that the
// count was …" reports what follows "that", within twelve tokens and
// before any punctuation or quotation. Without such a "that" the clause
// starts at "by", as before ("responded by withdrawing its diplomats").
func byThat(toks []token, j int) (cs, intro int, colon bool) {
	for k := j + 1; k < len(toks) && k < j+12; k++ {
		if !toks[k].word() {
			break
		}
		if toks[k].is("that") {
			if k+1 < len(toks) {
				return k + 1, -1, false
			}
			break
		}
	}
	return j, -1, false
}

// skipClauseAdverbial steps over a short adverbial after a clause joiner
// (toks[i], after ", and"): "…, and after the announcement he said …",
// "…, but on Monday Ivo Kask said …". It opens with a preposition of
// frontedPreps, holds at most five more lower-case words with no verb,
// and ends before a pronoun or a capitalised word; it returns the index
// of that word, or i when there is no such adverbial.
func skipClauseAdverbial(toks []token, i int) int {
	p := i
	if asTimeAs(toks, i) {
		p = i + 2 // en18_asearly.go: "…, and as late as last week he was insisting …"
	} else if i >= len(toks) || !toks[i].word() || !frontedPreps[toks[i].lower] {
		return i
	}
	for k := p + 1; k < len(toks) && k <= p+6; k++ {
		t := toks[k]
		switch {
		case !t.word():
			return i
		case k > p+1 && (t.cap || pronouns[t.lower]):
			return k
		case sayVerbs[t.lower] || contentVerbs[t.lower] || copulas[t.lower] || auxWords[t.lower] && !timeWords[t.lower] && p == i:
			return i
		}
	}
	return i
}
