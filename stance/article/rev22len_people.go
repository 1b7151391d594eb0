package article

import "strings"

// rev22lenWinnerRef reports whether words[i] points at the winner in a
// greeting of the people (peopleOnlyGreeting) without naming her: a
// pronoun object of a verb ("wished her well", "telephoned him", "invited
// her to Berlin"), "his"/"her" before a word of the victory or the term
// ("on her win", "before his inauguration"), or before a government
// after "with" ("working with her administration"), "newly" before a
// leader within two words ("the newly elected president"), or a verb of
// choosing with a leader within four words ("on electing their first
// woman president"; "elected" only before a determiner, not "two elected
// governments").
func rev22lenWinnerRef(words []string, i int) bool {
	w := words[i]
	switch {
	case w == "him" || w == "her":
		if i > 0 && (rev22lenObjectVerbs[words[i-1]] || strings.HasSuffix(words[i-1], "ed")) {
			return true
		}
	case w == "newly":
		return rev22lenLeaderWithin(words, i, 2)
	case rev22lenChoiceVerbs[w]:
		if w != "elected" || i+1 < len(words) && rev22lenChoiceDets[words[i+1]] {
			return rev22lenLeaderWithin(words, i, 4)
		}
	}
	if (w == "his" || w == "her") && i+1 < len(words) {
		n := words[i+1]
		return lab22enVictoryWords[n] || rev22lenTermWords[n] || i > 0 && words[i-1] == "with" && governmentWords[n]
	}
	return false
}

// rev22lenLeaderWithin reports whether a leader noun follows words[i]
// within n words.
func rev22lenLeaderWithin(words []string, i, n int) bool {
	for k := i + 1; k < len(words) && k <= i+n; k++ {
		if rev22lenLeaderNouns[words[k]] {
			return true
		}
	}
	return false
}

// runActionStance is actionStance for a run of rm, except that a greeting
// of the people alone answered for the winner elsewhere (peopleAnswered)
// gives no verdict: the model reads it, as before session 22.
func (r Reader) runActionStance(rm Remark, run string) actionVerdict {
	if rm.Kind == Action {
		run = lab31enDoSoText(r.text, rm.Start, run) // lab31en_doso.go: "refuses to do so"
	}
	v, people := actionStanceOf(r.Context, run)
	if people && r.peopleAnswered(rm, run) {
		return verdictNone
	}
	return v
}

// peopleAnswered reports whether a greeting of the people alone
// (actionStanceOf's peopleOnlyGreeting) is answered elsewhere by words
// for the winner, so that it is no withholding but left to the model as
// before session 22: the sentence before the act names the winner (the
// speaker of the winner's camp: "Pinto, Lima's campaign manager,
// congratulated Velorians"), the run itself makes a claim recognising the
// result or says it is to be respected ("and said the outcome must be
// respected"; resultHonoured), or the rest of the paragraph does
// (paragraphAnswers).
func (r Reader) peopleAnswered(rm Remark, run string) bool {
	if winnerInLead(r.Context, r.text, rm.Start) || claimStance(r.Context, run) == verdictRecognising || resultHonoured(actionWords(run)) {
		return true
	}
	if rm.End < 0 || rm.End > len(r.text) {
		return false
	}
	rest := r.text[rm.End:]
	if n := strings.Index(rest, "\n"); n >= 0 {
		rest = rest[:n]
	}
	return r.paragraphAnswers(rm, rest)
}

// paragraphAnswers reads the rest of a greeting's paragraph, sentence by
// sentence: the rest of the greeting's own sentence, then each further
// sentence the speaker goes on in (it opens, after a short opener, with a
// pronoun or the speaker's surname: "She also congratulated Lima", "In a
// letter, Sato told the president-elect …"; not "Secretary of State
// Clinton later spoke to …"). A sentence answers when it names the winner,
// a winner's title or points at her (peopleWinnerRef, rev22lenWinnerRef);
// reading stops at one that holds back or rejects ("He … did not mention
// Sharif by name") or that is someone else's.
func (r Reader) paragraphAnswers(rm Remark, rest string) bool {
	for n, sentence := range rev22lenSentences(rest) {
		words := actionWords(sentence)
		if n > 0 && !rev22lenSpeakerGoesOn(rm, words) {
			return false
		}
		switch actionStance(r.Context, sentence) {
		case verdictWithholding, verdictNotRecognising, verdictHostile:
			return false
		}
		if winner, _ := mentionsIn(r.Context, words); winner {
			return true
		}
		for i := range words {
			if peopleWinnerRef(words, i) || rev22lenWinnerRef(words, i) {
				return true
			}
		}
	}
	return false
}

// rev22lenSentences splits text after each full stop, question or
// exclamation mark followed by a space or the end ("U.S." followed by a
// space ends one too: the sentence after it is then read as someone
// else's, and reading stops).
func rev22lenSentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		if strings.IndexByte(".!?", text[i]) >= 0 && (i+1 == len(text) || text[i+1] == ' ') {
			out, start = append(out, text[start:i+1]), i+1
		}
	}
	if start < len(text) {
		out = append(out, text[start:])
	}
	return out
}

// rev22lenSpeakerGoesOn reports whether a sentence's first words, past an
// opener of up to four words ("In a letter"), are a subject pronoun or the
// speaker's surname.
func rev22lenSpeakerGoesOn(rm Remark, words []string) bool {
	own := map[string]bool{}
	for _, f := range append([]string{rm.Speaker}, rm.Aliases...) {
		if s := surname(f); s != "" {
			own[s] = true
		}
	}
	for k := 0; k < len(words) && k <= 4; k++ {
		if rev22lenSubjects[words[k]] || own[foldName(words[k])] {
			return true
		}
	}
	return false
}

// resultHonoured reports whether words say the result is to be, or has
// been, respected or accepted, in the passive: a result noun, within four
// words a participle of respect or acceptance (rev22lenHonourWords), with
// no negation, hedge or condition between or within four words after
// ("said the outcome must be respected by all", "the result should be
// accepted"; not "the result will be respected if the court confirms it",
// "the result cannot be accepted").
func resultHonoured(words []string) bool {
	for i, w := range words {
		if !resultNouns[w] {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+4; k++ {
			u := words[k]
			if claimNegations[u] || claimHedges[u] || conditionWords[u] || strings.HasSuffix(u, "n't") {
				break
			}
			if rev22lenHonourWords[u] && !rev22lenConditionAfter(words, k) {
				return true
			}
		}
	}
	return false
}

// rev22lenConditionAfter reports whether a condition or a later time
// (conditionWords, laterConditions, "when") follows words[k] within four
// words.
func rev22lenConditionAfter(words []string, k int) bool {
	for j := k + 1; j < len(words) && j <= k+4; j++ {
		if conditionWords[words[j]] || laterConditions[words[j]] || words[j] == "when" {
			return true
		}
	}
	return false
}

// peopleAdjective reports whether words[k], after a determiner, is one
// word before a noun of the people ("congratulated the Velorian people",
// "the Georgian electorate", "the whole nation"): the people greeted, as
// "the people of Veloria" are (toPeople). "The Velorian president" is no
// noun of the people.
func peopleAdjective(words []string, k int) bool {
	return k+1 < len(words) && !peopleWords[words[k]] && peopleWords[words[k+1]]
}
