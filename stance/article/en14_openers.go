package article

import (
	"slices"
	"strings"
)

// This file holds the fourteenth session's English subject machinery: a
// description set off by commas before a name ("the party's head of
// elections, Jo Roe, said") found after the sentence's opening adverbials
// or after a colon, and a fronted subordinate clause closed by its comma.

// openedDescription returns where the description ending before the comma
// toks[m] starts when it opens its clause after the sentence's openers
// ("Even before that, in the small hours of Saturday, the party's head of
// elections, Jo Roe, said …") or after a colon or semicolon ("Norland was
// quick: the chargé d'affaires, Ivo Kask, congratulated …"), or -1.
// descriptionStart knew only a one-word adverbial before it, so the office
// before the name became the subject and a later "he" went to it.
func openedDescription(toks []token, m int) int {
	if lo := commaOpenersEnd(toks, 0); lo > 0 && lo < m && descriptionFrom(toks, lo, m) {
		return lo
	}
	for j := m - 1; j >= 1 && j >= m-maxPhrase; j-- {
		if toks[j].is(":") || toks[j].is(";") {
			if lo := commaOpenersEnd(toks, j+1); lo < m && descriptionFrom(toks, lo, m) {
				return lo
			}
			break
		}
	}
	return -1
}

// commaOpenersEnd steps over up to three openers of a clause starting at
// toks[start], each a connective or a short adverbial set off by a comma
// ("Even before that,", "in the small hours of Saturday,", "Across the
// border,"), and returns the index after them, or start.
func commaOpenersEnd(toks []token, start int) int {
	for range 3 {
		k := connectivesEnd(toks, start)
		k = clauseSkipEnd(toks, k)
		k = commaOpenerEnd(toks, k)
		if k == start {
			break
		}
		start = k
	}
	return start
}

// subordinateClosed reports whether the comma toks[k] closes a fronted
// subordinate clause opening the sentence ("When the commission announced
// its provisional numbers, Ivo Kask, a spokesman for Norland, said …"): the
// sentence opens, after its connectives, with one of frontedSubordinators
// and no punctuation comes before the comma. A speech verb inside the
// fronted clause ("announced") otherwise reported everything to the end
// of the sentence, the main clause's speaker and remark with it.
func subordinateClosed(toks []token, k int) bool {
	s := connectivesEnd(toks, 0)
	if s >= k || !toks[s].word() || !frontedSubordinators[toks[s].lower] {
		return false
	}
	for j := s + 1; j < k; j++ {
		if !toks[j].word() && toks[j].kind != tQuote { // a quoted phrase inside: "Although X said the vote was “generally satisfactory”, Y said …"
			return false
		}
	}
	return true
}

// orgAnd reports whether the "and" at toks[j] joins two capitalised words
// inside an organisation's name that an org link opened ("Rally for
// Democracy and Progress", "Movement for Justice and Development"): the
// words on both sides are capitalised, and one or two capitalised words
// before it a "for" or "of" follows an organisation's head noun
// (orgHeads). A bare "Velor and Sarn", or "President Ivo Kask of Velor and
// Sarnian President Lena Dal", joins two names, not the parts of one.
func orgAnd(toks []token, j int) bool {
	if j < 3 || j+1 >= len(toks) || !toks[j].is("and") || !toks[j+1].word() || !toks[j+1].cap {
		return false
	}
	for i := j - 1; i >= 1 && i >= j-3; i-- {
		t := toks[i]
		if t.word() && !t.cap && orgLinks[t.lower] {
			return i < j-1 && toks[i-1].word() && toks[i-1].cap && orgHeads[toks[i-1].lower]
		}
		if !t.word() || !t.cap {
			return false
		}
	}
	return false
}

// lowerTitle returns the lower-case office right before the name at
// toks[i] ("former president" in "the party of former president Jo
// Roe", "opposition leader" in "backed opposition leader Jo Roe"): a
// personRoles head with at most two roleModifiers before it, or "".
func lowerTitle(toks []token, i int) string {
	h := i - 1
	if h < 0 || !toks[h].word() || toks[h].cap || !personRoles[toks[h].lower] {
		return ""
	}
	lo := h
	for lo > 0 && h-lo < 2 && toks[lo-1].word() && !toks[lo-1].cap && roleModifiers[toks[lo-1].lower] {
		lo--
	}
	words := make([]string, 0, h-lo+1)
	for _, t := range toks[lo : h+1] {
		words = append(words, t.lower)
	}
	return strings.Join(words, " ")
}

// describedList finds the subject of a verb after the comma toks[k] when a
// plural description and a list of names set off by commas come before it:
// "The presidents of Velor and Sarn, Ivo Kask and Lena Dal, were among the
// first to send their congratulations". It returns the last name, whose
// coordinated names coSubjects then finds; the description must open the
// sentence (descriptionStart) and hold a plural office (groupRoles), and
// the list at least two names.
func (x *extractor) describedList(toks []token, k int) phrase {
	last := backward(x.text, toks, k-1)
	if last.kind != pName || last.hi != k {
		return phrase{}
	}
	lo, names := last.lo, 1
	for n := 0; n < 6 && lo >= 2 && (toks[lo-1].is("and") || toks[lo-1].is(",") || isDash(toks[lo-1])); n++ {
		if names >= 2 && asideMark(toks[lo-1], toks[k]) && pluralDescription(toks, lo-1) {
			return last
		}
		if isDash(toks[lo-1]) {
			break
		}
		p := backward(x.text, toks, lo-2)
		if p.kind != pName || p.hi != lo-1 {
			break
		}
		lo, names = p.lo, names+1
	}
	if names >= 2 && lo >= 2 && asideMark(toks[lo-1], toks[k]) && pluralDescription(toks, lo-1) {
		return last
	}
	return phrase{}
}

// pluralDescription reports whether a description opening the sentence
// ends before the comma toks[m] and holds a plural office ("The
// presidents of Velor and Sarn", "Two regional leaders").
func pluralDescription(toks []token, m int) bool {
	start := descriptionStart(toks, m)
	return start >= 0 && slices.ContainsFunc(toks[start:m], func(t token) bool { return t.word() && groupRoles[t.lower] }) ||
		countedDescription(toks, m) // rec22en_counted.go: "Two opposition leaders, A and B, …"
}

// fullerRole reports whether the role next describes the same office as
// old more fully ("board chair" after "chair", which lowerTitle took from
// "board chair Eva Sand" when the name was first mentioned), so the
// speaker keeps the fuller one, as it would have without the mention.
func fullerRole(old, next string) bool {
	return len(next) > len(old) && strings.HasSuffix(strings.ToLower(next), " "+strings.ToLower(old))
}

// purposeThat reports whether the "that" at toks[k] follows one of
// purposeThatWords ("so that", "in order that"): what it opens is the
// purpose of the speaker's request, not what was said, so a speech verb
// looking past its object for "that" ("asked for every result to be
// published so that citizens can see …") must not report it.
func purposeThat(toks []token, k int) bool {
	return k > 0 && toks[k-1].word() && purposeThatWords[toks[k-1].lower]
}

// watchesVote reports whether the object of a commentatorVerbs verb
// after "who" names the vote's own watchers (voteWatchNouns): "who
// coordinates a network of citizen observers", "who coordinates a
// platform of civic groups", "who monitors the count". Whoever leads them
// judges the result as a party to it; "who coordinates the health
// ministry's response" or "who monitors prices" still describes a
// commentator, as does a verb of study ("who teaches election law").
func watchesVote(verb string, w []string) bool {
	if !watchVerbs[verb] {
		return false
	}
	for _, x := range w[:min(len(w), 8)] {
		if voteWatchNouns[x] {
			return true
		}
	}
	return false
}

// desiredResult reports whether the result noun words[j] is the object of
// a wish or a standard, with an indefinite article ("Norland deserves a
// result that nobody can question", "the country needs an outcome no one
// can dispute"): a result hoped for, not the one declared, so guarding it
// against challenge recognises nothing. "It is a result nobody can
// question" still does.
func desiredResult(words []string, j int) bool {
	return j >= 2 && (words[j-1] == "a" || words[j-1] == "an") && desireVerbs[words[j-2]]
}

// lowerOrigin steps back over an origin in lower case between a person and
// the verb, toks[k] being its last word: "Ivo Kask of the ruling party
// said", "Pastor Jo Roe of the council of churches asked", "Lena Dal of
// the electoral commission said". The origin is "of" or "from", "the",
// then at most five lower-case words with no verb, whose only link is
// "of"; the name before it must own an origin (originOwner: titled or of
// several words) and be a person's ("Supporters of the ruling party" keep
// their origin). It returns the index of the name's last word, or k.
func (x *extractor) lowerOrigin(toks []token, k int) int {
	for j := k; j >= 2 && j >= k-5; j-- {
		t := toks[j]
		if !t.word() || t.cap {
			return k
		}
		if t.is("the") {
			if j < k && (toks[j-1].is("of") || toks[j-1].is("from")) && x.originOwner(toks, j-1) && backward(x.text, toks, j-2).kind == pName {
				return j - 2
			}
			return k
		}
		if sayVerbs[t.lower] || contentVerbs[t.lower] || copulas[t.lower] || auxWords[t.lower] ||
			blockedBefore[t.lower] && !(t.is("of") && j < k) || relativeWords[t.lower] {
			return k
		}
	}
	return k
}

// apposedAntecedent finds the person a relative clause describes across
// an apposition, toks[c] being the comma before "who": "Criticism came from
// Lena Dal, a lawyer with the rights group, who said …". The segment
// between the two commas must be a description (descriptionFrom: it opens
// with an article or possessive and holds no verb) and a name end before
// the first comma (possibly with an origin: "Lena Dal of the Green
// League, a former minister, who …").
func (x *extractor) apposedAntecedent(toks []token, c int) phrase {
	m := -1
	for j := c - 1; j >= 1 && j >= c-maxPhrase-1; j-- {
		if toks[j].is(",") {
			m = j
			break
		}
	}
	if m < 1 || !descriptionFrom(toks, m+1, c) && !rec25BareOffice(toks, m+1, c) { // rec25en_who.go
		return phrase{}
	}
	ph := backward(x.text, toks, x.originTrim(toks, m-1))
	if ph.kind != pName || skipOrigin(toks, ph.hi) != m && ph.hi != m {
		return phrase{}
	}
	return ph
}

// relativeAntecedent is the person a relative clause opening at toks[k]
// ("who", after a comma) describes: the phrase before the comma, stepping
// over an origin ("Jo Roe of the Civic Movement, who said") or, when that
// is no name opening a clause, an apposition (apposedAntecedent: "Jo Roe,
// a lawyer with the rights group, who said").
func (x *extractor) relativeAntecedent(toks []token, k int) phrase {
	ph := backward(x.text, toks, x.originTrim(toks, k-2))
	if ph.kind != pName || ph.lo > 0 && !clauseOpener(toks[ph.lo-1]) {
		if a := x.apposedAntecedent(toks, k-1); a.ok() {
			return a
		}
	}
	return ph
}

// describedSubject is describedName, or describedList for a plural
// description and a list of names ("The presidents of A and B, Jo Roe and
// Ivo Kask, were among …").
func (x *extractor) describedSubject(toks []token, k int) phrase {
	if ph := x.describedName(toks, k); ph.ok() {
		return ph
	}
	return x.describedList(toks, k)
}

// objectBlocked reports whether the word toks[j] before a subject makes it
// an object (blockedBefore: "close to the president said"), unless it
// introduces a speaker (withSpeaker, statementFrom) or is a preposition
// before the person a relative clause describes (relativeAntecedentPreps:
// "came from Jo Roe, who said").
func (x *extractor) objectBlocked(toks []token, j int, how subjectHow) bool {
	t := toks[j]
	return t.word() && blockedBefore[t.lower] && !x.withSpeaker(toks, j) && !statementFrom(toks, j) && !groupOfAt(toks, j) && // en23_group.go
		!(how == subjRelative && relativeAntecedentPreps[t.lower])
}

// pluralListStart steps over a plural description set off by a comma
// before a list of names, toks[j] being its first word: "Among those
// congratulating W were the presidents of Velor and Sarn, Ivo Kask and
// Lena Dal", "… included the two regional leaders, Ivo Kask and Lena Dal".
// The description opens with a determiner, holds a plural office
// (groupRoles) and no verb, and a name follows the comma. It returns the
// index of that name, or j.
func (x *extractor) pluralListStart(toks []token, j int) int {
	c := nextComma(toks, j)
	if c <= j || c+1 >= len(toks) || !descriptionFrom(toks, j, c) ||
		!slices.ContainsFunc(toks[j:c], func(t token) bool { return t.word() && groupRoles[t.lower] }) {
		return j
	}
	if forwardRun(x.text, toks, c+1).kind != pName {
		return j
	}
	return c + 1
}
