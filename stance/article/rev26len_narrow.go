package article

import "strings"

// rev26lenClaimDoubted reports whether a claim read at words[i] (the
// winner passing a mark, the result as the voters' will, the result
// accepted by a pronoun; lab26en_claim.go) is asked or reported as
// others' word rather than said: its sentence ends in a question mark
// ("can anyone say the result was the will of the people?", "why should
// we accept them?"), or a present-tense verb of others' saying stands in
// the five words before it ("they tell us the result is the will of the
// people", "the commission says Lima passed 50 percent"; "we say" is
// still the speaker's own), or an allegation, hedge, denial or rejection
// in the six words before it (hedgedClause: "rejected claims that the
// result was the will of the people"), a word of distance in the three
// words after it ("is far from the will of the people", "is anything but
// the voters' choice", "hardly reflects"), or a condition in the twelve
// after it ("the result was the will of the people, if you believe the
// commission").
func rev26lenClaimDoubted(text string, words []string, i int) bool {
	if asked := rev24AskedWords(text); i < len(asked) && asked[i] {
		return true
	}
	if hedgedClause(words, i) {
		return true // "claims that", "denied", "rejected": others' word or the speaker's denial
	}
	for k := i + 1; k < len(words) && k <= i+12; k++ {
		if k <= i+3 && rev26lenDistance[words[k]] || words[k] == "if" || words[k] == "unless" {
			return true // "the result is far from the will of the people", "…, if you believe the commission"
		}
	}
	for k := max(0, i-5); k < i; k++ {
		if rev26lenHearsay[words[k]] && (k == 0 || !rev26lenOwnSayers[words[k-1]]) {
			return true
		}
	}
	return false
}

// rev26lenAcceptPressed reports whether the accepting verb words[i] is
// pressed on someone or said of anyone at all, in its clause up to eight
// words before it: a rev26lenPressVerbs verb ("they expect us to accept
// them", "now demand we accept it") or a generic relative ("anyone who
// accepts it is an accomplice"). Either way the acceptance is not the
// speaker's.
func rev26lenAcceptPressed(words []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		w := words[k]
		if rev26lenPressVerbs[w] || rev26lenGeneric[w] {
			return true
		}
		if clauseBreaks[w] {
			return false
		}
	}
	return false
}

// rev26lenDisputeTakenBack reports whether a negated dispute (negation
// words[i], verb or noun words[k]; lab26enDisputeRenounced) renounces
// nothing: the saying of it is denied ("nobody can say we did not fight
// the result": a negation within three words before a rev26lenDenySay
// verb in the four words before the negation), a past renunciation is
// followed by a change ("we did not question the result on election
// night ... Now we have"), a recount or audit is asked in the twelve
// words after it ("not a challenge to the result, it is a demand for a
// full recount": verification first, which withholds), or the result
// noun's topic is something other
// than the vote ("would not challenge the court's ruling on the minimum
// wage").
func rev26lenDisputeTakenBack(words []string, i, k int) bool {
	for s := max(0, i-4); s < i; s++ {
		if !rev26lenDenySay[words[s]] {
			continue
		}
		for n := max(0, s-3); n < s; n++ {
			if guardNegations[words[n]] || words[n] == "no" {
				return true
			}
		}
	}
	if rev26lenPast(words, i) {
		for m := k + 1; m < len(words) && m <= k+20; m++ {
			if rev26lenLater[words[m]] {
				return true
			}
		}
	}
	for m := k + 1; m < len(words) && m <= k+12; m++ {
		if verifyWords[words[m]] {
			return true // "not a challenge to the result, it is a demand for a full recount"
		}
	}
	return rev26lenOtherTopic(words, k)
}

// rev26lenPast reports whether the negation words[i] is of the past
// ("did not", "had not", "didn't", "hadn't").
func rev26lenPast(words []string, i int) bool {
	w := words[i]
	if w == "didn't" || w == "hadn't" || w == "never" {
		return true
	}
	return i > 0 && (words[i-1] == "did" || words[i-1] == "had")
}

// rev26lenOtherTopic reports whether the first result noun in the five
// words after words[k] is about something other than the vote: a
// rev26lenTopicLinks word after it, and no processNouns, resultNouns or
// election word in the three words after that ("the ruling on the
// minimum wage", not "the ruling on Sunday's vote").
func rev26lenOtherTopic(words []string, k int) bool {
	for m := k + 1; m < len(words) && m <= k+5; m++ {
		if !resultNouns[words[m]] {
			continue
		}
		if m+1 >= len(words) || !rev26lenTopicLinks[words[m+1]] {
			return false
		}
		for t := m + 2; t < len(words) && t <= m+4; t++ {
			if processNouns[words[t]] || resultNouns[words[t]] || strings.HasPrefix(words[t], "elect") {
				return false // "the ruling on Sunday's vote"
			}
		}
		return m+2 < len(words)
	}
	return false
}

// rev26lenClauseCut is lab26enOthersClauseCut's cut of another actor's
// clause opened at text[i:] (o the opener) when the act's verb may come
// after it: if the text before the opener holds no recognition verb
// ("On Monday, even as the opposition demanded a recount, Holm
// telephoned Lima to congratulate her"), only the clause up to its next
// comma is taken out and the act after it kept. With a recognition verb
// before it, or no comma after it ("praised the count, while the
// opposition rejected it"), the text is cut at the opener as before.
func rev26lenClauseCut(text string, i int, o string) string {
	before := actionWords(text[:i])
	for k := range before {
		if recognitionVerb(before, k) {
			return text[:i]
		}
	}
	j := strings.Index(text[i+len(o):], ",")
	if j < 0 {
		return text[:i] // "praised the count, while the opposition rejected it"
	}
	return text[:i] + text[i+len(o)+j:]
}
