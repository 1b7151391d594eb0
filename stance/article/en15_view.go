package article

import "strings"

// inHisView handles a sentence opening "In his view", "In her view" or "In
// the party's view" (viewNouns: view, opinion, eyes, judgement): the rest
// of the sentence is that person's reported remark, as after "According
// to X," — reporters go on with what a speaker they have just quoted
// thinks ("Ivo Kask told reporters the flaws were real. In his view the
// tally was a fair picture of what voters wanted."). "his"/"her" is the
// last singular speaker; a possessive name must resolve to a speaker. The
// sentence must have no remark and no quotation of its own.
func (x *extractor) inHisView(st *sentState) {
	toks := st.toks
	if len(toks) < 6 || !toks[0].is("in") || len(x.remarks) > st.nRemarks || hasQuote(toks) || st.headline {
		return
	}
	k := 1
	var spk *speaker
	switch {
	case toks[1].is("his") || toks[1].is("her"):
		if x.lastSingular == nil || x.lastSingular.canon().kind != pName || !toks[2].word() || !viewNouns[toks[2].lower] {
			return
		}
		// "his" and "her" agree as "he" and "she" do ("“This is theft,”
		// she said. In his view, …" is not her view; review).
		pron := "he"
		if toks[1].is("her") {
			pron = "she"
		}
		spk, k = x.agreeing(pron).canon(), 2
		if spk.kind != pName || spk.gender != pron {
			return
		}
	default:
		ph := forwardRun(x.text, toks, 1)
		if !ph.ok() || ph.hi >= len(toks) || ph.hi < 2 || !isPossessive(toks[ph.hi-1].lower) {
			return
		}
		spk, k = x.resolve(ph), ph.hi
	}
	if spk == nil || k >= len(toks) || !toks[k].word() || !viewNouns[toks[k].lower] {
		return
	}
	cs := k + 1
	if cs < len(toks) && toks[cs].is(",") {
		cs++
	}
	st.speaks(spk)
	x.report(st, cs, x.clauseEnd(cs), spk, Reported)
}

// campaignedFor reports whether a commentator's description goes on with
// a relative clause that makes them a side of the race ("a university
// lecturer who campaigned for one of the minor candidates", "an economist
// who ran for the Senate on the party's list"): the profession is then
// no sign of a bystander, and the about-result judge's ordinary threshold
// applies to their remarks.
func campaignedFor(w []string) bool {
	for i := 0; i+1 < len(w); i++ {
		if relativeWords[w[i]] && sidingVerbs[w[i+1]] && candidacyAfter(w, i+1) {
			return true
		}
	}
	return false
}

// winRegardless reports whether a remark says someone would win or be
// named whatever the voters did ("Kask would be named president whatever
// the voters decided", "he will be declared the winner no matter how
// people vote", "Kask wins regardless of how the country votes"): the
// result settled before the vote, as preDecided reads "written in
// advance". A word of winning or naming (winWords, namedWords) comes
// within six words before the phrase of indifference, with no word of
// acceptance among them ("we will accept the winner whatever the voters
// decide" is a promise to recognise) and no negation.
func winRegardless(words []string) bool {
	for i := range words {
		if !regardlessAt(words, i) {
			continue
		}
		win := false
		for k := max(0, i-6); k < i; k++ {
			w := words[k]
			if acceptingWords[w] || w == "not" || w == "never" {
				return false
			}
			win = win || winWords[w] || namedWords[w]
		}
		return win
	}
	return false
}

// regardlessAt reports whether words[i] opens "whatever the voters …",
// "no matter how …" or "regardless of how/what …".
func regardlessAt(words []string, i int) bool {
	switch {
	case words[i] == "whatever" && i+2 < len(words) && (words[i+1] == "the" || words[i+1] == "people") && (votersWords[words[i+1]] || votersWords[words[i+2]]):
		return true
	case words[i] == "no" && i+2 < len(words) && words[i+1] == "matter" && (words[i+2] == "how" || words[i+2] == "what" || words[i+2] == "who"):
		return true
	case words[i] == "regardless" && i+2 < len(words) && words[i+1] == "of" && (words[i+2] == "how" || words[i+2] == "what" || words[i+2] == "the"):
		return true
	}
	return false
}

// recognitionDeferred reports whether a remark makes recognising the
// result wait on a condition: "before", "until" or "unless", then within
// three words a modal ("would", "will", "could", "can"), then right after
// it (or after "be ready to"-like words, at most two) a recognitionStems
// verb: "the violations had to be weighed before he would recognise the
// outcome", "until the courts rule, nobody can accept the figures". What
// comes before the condition may sound like praise ("counted the vote as
// an achievement, but …"); the recognition itself is put off.
func recognitionDeferred(text string) bool {
	if readinessDenied(text) { // notready.go: "not ready to recognise"
		return true
	}
	if conditionalRecognition(text) { // en21_cond.go: "if the court confirms it, we will recognise"
		return true
	}
	words := actionWords(text)
	for i, w := range words {
		if w != "before" && w != "until" && w != "unless" {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+4; k++ {
			if !deferringModals[words[k]] {
				continue
			}
			for j := k + 1; j < len(words) && j <= k+3; j++ {
				if hasRecognitionStem(words[j]) {
					return true
				}
			}
		}
	}
	return false
}

// governmentCountCrime reports whether the accused o is the government
// and what it is accused of, the words after "of", opens with a crime
// against the count (countCrimes: "accused the government of stealing
// ballot boxes and inventing figures"): the government runs the count as
// the authorities do (accusedBodies), but "accused the government of
// neglecting the north" says nothing of the result.
func governmentCountCrime(o string, after []string) bool {
	if o != "government" && o != "regime" || len(after) == 0 {
		return false
	}
	return countCrimes[after[0]]
}

// candidacyAfter reports whether the siding verb w[v] is a candidacy or
// a campaign: "ran", "runs", "stood" and "stands" need "for", "in", "as"
// or "against" after them, an adverb in -ly allowed before ("ran
// unsuccessfully for the Senate"), since "an economist who ran the
// central bank" or "who stood down" ran for nothing (review).
func candidacyAfter(w []string, v int) bool {
	if campaignVerbForms[w[v]] {
		return true
	}
	k := v + 1
	if k < len(w) && len(w[k]) > 4 && strings.HasSuffix(w[k], "ly") {
		k++
	}
	return k < len(w) && candidacyPreps[w[k]]
}
