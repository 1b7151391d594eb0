package article

import "strings"

// This file holds the fifteenth session's English anaphora: "he" and
// "she" agree with the person they go to, and "Nor has X" after a denied
// act gives X that act.

// agreeing resolves the English pronoun w ("he" or "she"; other words,
// the other languages' pronouns among them, go to lastSingular as
// before). A person whom an earlier pronoun of the other gender reached
// ("She has not endorsed the result. Nor has Ivo Kask, a church elder.
// “…,” he said") is not its antecedent when the one person the previous
// or the current sentence named agrees: reporters name a new speaker in
// one sentence and quote him with "he said" in the next, while
// lastSingular still holds the woman the paragraph was about. The
// speaker reached learns the pronoun's gender.
func (x *extractor) agreeing(w string) *speaker {
	s := x.lastSingular
	if w != "he" && w != "she" {
		return s
	}
	if alt := x.rec25Introduced(w, s); alt != nil {
		x.lastSingular = alt // rec25en_introduced.go
		return alt
	}
	if s == nil {
		return s
	}
	c := s.canon()
	if bodyNamed(c) {
		if alt := x.personNotBody(w, c); alt != nil {
			x.lastSingular = alt // en19_bodypronoun.go
			return alt
		}
		return s
	}
	if c.gender != "" && c.gender != w {
		if alt := x.agreeingNamed(w, c); alt != nil {
			x.lastSingular = alt
			return alt
		}
		return s
	}
	if c.kind == pName {
		c.gender = w
	}
	return s
}

// agreeingNamed is the one person named in the current sentence, or else
// in the previous one, who is not c and has not been reached by a pronoun
// other than w, or nil.
func (x *extractor) agreeingNamed(w string, c *speaker) *speaker {
	for _, p := range []*speaker{x.sentNamed, x.prevNamed} {
		if p == nil || (p == x.sentNamed && x.nNamed != 1) {
			continue
		}
		p = p.canon()
		if p != c && p.kind == pName && (p.gender == "" || p.gender == w) {
			p.gender = w
			return p
		}
	}
	return nil
}

// norDid handles a sentence that opens "Nor has X" or "Nor did X, …"
// after a denied act ("She has not endorsed the result. Nor has Ivo
// Kask, a church elder."): each name listed did not do what the previous
// sentence's last remark reports either, and gets a copy of it, as after
// "So did" (soDid). "Nor" goes on with a negative, so the remark must
// hold a denial (norDenials) — its span, copied, keeps the stance.
func (x *extractor) norDid(st *sentState) {
	toks := st.toks
	if len(x.remarks) != st.nRemarks || st.nRemarks == 0 || st.headline || len(toks) < 3 || !toks[0].is("nor") {
		return
	}
	if !toks[1].word() || !asDidAux[toks[1].lower] {
		return
	}
	prev := x.remarks[st.nRemarks-1]
	if prev.Kind == Direct || prev.Headline || prev.spk == nil || prev.Start < x.prevSentenceStart(toks[0].start) || !denied(prev.Text) {
		return
	}
	names := x.asDidNames(toks, 2)
	if len(names) == 0 || ownVerbAfter(toks, names[len(names)-1].hi) {
		return
	}
	r := prev.Remark
	before := x.lastSingular
	for _, p := range names {
		x.add(r, x.resolve(p), false)
	}
	if before != nil && before.canon().gender != "" {
		// "Lena Dal has not congratulated Sild. Nor has Marek Tamm. “We
		// are waiting,” she said.": the copy lists Tamm beside Dal, whom
		// a pronoun reached already; a pronoun of her gender still means
		// her, and one of the other goes to the man named (agreeing).
		x.lastSingular = before
	}
}

// denied reports whether the remark text holds one of norDenials.
func denied(text string) bool {
	for _, w := range actionWords(text) {
		if norDenials[w] {
			return true
		}
	}
	return false
}

// possessiveTopic makes the person a sentence opens with in the
// possessive, before a noun of reaction ("Soren's response has been to
// declare the whole exercise a fraud", "Kask's reaction was swift"), the
// antecedent of a later "he" or "she": the sentence is about that person
// though it names no speaker, and "In a broadcast …, he accused …" went
// to whoever was named before. The name must be known already (a name in
// the possessive is otherwise a place or a party's) and the sentence must
// open with it, after a dateline.
func (x *extractor) possessiveTopic(toks []token) {
	start := x.datelineEnd(toks)
	k := start
	for k < len(toks) && k < start+3 && nameWord(toks[k]) && !isPossessive(toks[k].lower) {
		k++
	}
	if k+1 >= len(toks) || !toks[k].word() || !toks[k].cap || !isPossessive(toks[k].lower) ||
		!toks[k+1].word() || !reactionNouns[toks[k+1].lower] {
		return
	}
	name := span(x.text, toks, start, k+1)
	name = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s"), "'")
	if !x.known(name) {
		return
	}
	if s := x.named(phrase{kind: pName, name: name}); s != nil {
		x.lastSingular = s.canon()
	}
}

// indefiniteSpokesOwner is the person an unnamed "a spokesman" (or "a
// spokeswoman", "a spokesperson": spokesRoles, with no body and no "for")
// speaks for right after a sentence about that person ("The commander
// Ivo Kask dropped his boycott. A spokesman said at the time that the
// general …"): reporters attribute such a statement to the person, as
// they do "Her office said" (proxyOwner). The person is the last singular
// speaker and the one the current or previous sentence named; otherwise
// nil, and the spokesperson stays a speaker of its own.
func (x *extractor) indefiniteSpokesOwner(p phrase) *speaker {
	if p.kind != pRole {
		return nil
	}
	w := strings.Fields(strings.ToLower(p.text))
	if len(w) != 2 || (w[0] != "a" && w[0] != "an") || !spokesRoles[w[1]] || x.lastSingular == nil {
		return nil
	}
	l := x.lastSingular.canon()
	if l.kind != pName || (l != canonOf(x.prevNamed) && l != canonOf(x.sentNamed)) {
		return nil
	}
	if l != canonOf(x.prevOpener) && l != canonOf(x.opener) {
		// "The president sacked the army chief, Ivo Kask. A spokesman
		// said Kask had failed …": a person named as an object is no
		// principal; the one a sentence opens with is (review).
		return nil
	}
	return l
}

// canonOf is s.canon(), or nil for nil.
func canonOf(s *speaker) *speaker {
	if s == nil {
		return nil
	}
	return s.canon()
}

// knownSurname appends to weak the person whose surname the lone
// capitalised word t is, when that person was named in full before ("came
// from Soren himself" after "Tarn Soren"); weakMention then makes that
// person the sentence's named person when the sentence names nobody in
// full or with a title, so a description opening the next sentence ("the
// Communist leader", describedPrev) and a later "he" can go to that
// person. A lone surname beside a full name ("What did President Kask
// tell Soren?") leaves the full name the only one.
func (x *extractor) knownSurname(t token, weak []*speaker) []*speaker {
	s := x.bySurname[t.lower]
	if s == nil || !t.cap || s.canon().kind != pName || !strings.Contains(s.canon().name, " ") {
		return weak
	}
	c := s.canon()
	for _, w := range weak {
		if w == c {
			return weak
		}
	}
	return append(weak, c)
}

// weakMention makes the one person the sentence named by a lone surname
// its named person when it named nobody else (knownSurname).
func (x *extractor) weakMention(weak []*speaker) {
	if x.nNamed == 0 && len(weak) == 1 {
		x.sentNamed, x.nNamed = weak[0], 1
	}
}

// partisanOnly reports whether every proper modifier of an office is a
// party's adjective ("the Communist leader", "the Conservative
// backbencher"): such an office describes a person, as "the populist
// former senator" does, where "the Russian president" names a country's
// office.
func partisanOnly(mods []string) bool {
	for _, m := range mods {
		if !partisanMods[strings.ToLower(m)] {
			return false
		}
	}
	return true
}

// ownVerbAfter reports whether a "Nor did X" sentence goes on after the
// names, or after an aside between commas, with a verb of its own ("Nor
// did Marek Tamm criticise the count", "Nor did Tamm, who was
// travelling, return calls"): it denies another act, not a copy of the
// last one (review). "Nor has Ivo Kask, a church elder." and "Nor did
// Kask either." have none.
func ownVerbAfter(toks []token, j int) bool {
	if j < len(toks) && toks[j].is(",") {
		k := j + 1
		for k < len(toks) && !toks[k].is(",") && !toks[k].isTerm() {
			k++
		}
		if k < len(toks) && toks[k].is(",") {
			j = k + 1
		}
	}
	return j < len(toks) && toks[j].word() && !toks[j].cap && !toks[j].is("either")
}
